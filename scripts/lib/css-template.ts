import type { Plugin } from 'vite';

/**
 * The CSS a module writes in a template literal for a shadow root (the tooltip's, in
 * src/ui/tooltip/tooltip-styles.ts) is laid out to be read; the script every page loads need not
 * carry the layout. The build collapses it here, the way it minifies the CSS files.
 */

/**
 * CSS with its layout whitespace collapsed: runs of spaces and line breaks become one space, and
 * none is kept around braces, semicolons, child combinators or after a colon. Strings are left as
 * written, and so is every other space (in values such as `calc(100% - 2px)`, in selector lists,
 * between descendant selectors), so what the rules say does not change.
 */
export function squeezeCss(css: string): string {
  return css
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/** The notes in a CSS template: a comment in an empty `${}` slot, which the build drops anyway. */
const NOTE_SLOT = /\$\{\s*\/\*(?:[^*]|\*(?!\/))*\*\/\s*''\s*\}/g;

/**
 * A Vite plugin that squeezes the CSS of `export const <name> = \`…\`;` in the module ending with
 * `file`. A template with anything but notes in its slots, or with a backslash, is an error: the
 * build never ships CSS it did not read.
 */
export function squeezedCssTemplate(file: string, name: string): Plugin {
  const open = `export const ${name} = \``;
  return {
    name: 'crosscount:squeezed-css-template',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith(file)) return;
      const start = code.indexOf(open);
      const end = start < 0 ? -1 : code.indexOf('`;', start + open.length);
      if (end < 0) this.error(`${file}: no ${open}…\`; to squeeze`);
      const css = code.slice(start + open.length, end).replace(NOTE_SLOT, '');
      if (/\$\{|`|\\/.test(css)) this.error(`${file}: ${name} holds more than CSS and notes`);
      return { code: code.slice(0, start + open.length) + squeezeCss(css) + code.slice(end) };
    },
  };
}
