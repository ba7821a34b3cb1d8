// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TOOLTIP_CSS } from '../../src/ui/tooltip/tooltip-styles';
import { squeezeCss, squeezedCssTemplate } from './css-template';

const FILE = '/src/ui/tooltip/tooltip-styles.ts';
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const source = readFileSync(join(root, FILE), 'utf8');

/** The plugin's transform of `code` as the module `id`, or what it reported as an error. */
function transform(code: string, id = `/x${FILE}`): string | undefined {
  const plugin = squeezedCssTemplate(FILE, 'TOOLTIP_CSS');
  const hook = plugin.transform as (
    this: { error(message: string): never },
    code: string,
    id: string,
  ) => { code: string } | undefined;
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  return hook.call(context, code, id)?.code;
}

/**
 * The rules a stylesheet reads from `css`, as the CSSOM writes them back (happy-dom keeps a
 * selector's line breaks and child combinators as written: spaced here, as browsers write them).
 */
function rules(css: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return [...sheet.cssRules].map((rule) =>
    rule.cssText.replace(/\s+/g, ' ').replace(/ ?> ?/g, ' > '),
  );
}

describe('squeezeCss', () => {
  it('drops layout whitespace and keeps every space that means something', () => {
    expect(
      squeezeCss(`
.a > p, .b .c:hover {
  width: calc(100% - 2px);
  content: "▸ ";
}
:host([data-theme="light"]) .d { font: 13px/1.45 "Segoe UI", sans-serif; }
`),
    ).toBe(
      '.a>p, .b .c:hover{width:calc(100% - 2px);content:"▸ "}:host([data-theme="light"]) .d{font:13px/1.45 "Segoe UI", sans-serif}',
    );
  });

  it('leaves the tooltip’s rules as they were', () => {
    const squeezed = squeezeCss(TOOLTIP_CSS);
    expect(squeezed.length).toBeLessThan(TOOLTIP_CSS.length * 0.92);
    expect(rules(squeezed)).toEqual(rules(TOOLTIP_CSS));
    expect(rules(squeezed).length).toBeGreaterThan(40);
  });
});

describe('squeezedCssTemplate', () => {
  it('gives the module the squeezed CSS of its template, notes and all', () => {
    const out = transform(source);
    expect(out).toContain(`export const TOOLTIP_CSS = \`${squeezeCss(TOOLTIP_CSS)}\`;`);
    expect(out?.startsWith(source.slice(0, source.indexOf('export const TOOLTIP_CSS')))).toBe(true);
  });

  it('leaves other modules alone and refuses a template it cannot read', () => {
    expect(transform(source, '/x/src/ui/other.ts')).toBeUndefined();
    const withCode = source.replace("''}", "'x'}");
    expect(() => transform(withCode)).toThrow(/holds more than CSS/);
    expect(() => transform('export const OTHER = ``;')).toThrow(/no export const TOOLTIP_CSS/);
  });
});
