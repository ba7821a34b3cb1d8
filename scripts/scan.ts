/**
 * `npm run scan -- FILE [--date YYYY-MM-DD] [--lang en]`: prints the loss figures the detector
 * finds in an HTML or text file, as JSON. The same detector runs in the extension; this command
 * only adds reading the file and turning HTML into text the way the content script does.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isoOf } from '../src/detect/dates';
import { findPageDate, htmlToText } from '../src/detect/html-text';
import { detectFigures } from '../src/detect/index';

const USAGE = `Usage: npm run scan -- FILE [--date YYYY-MM-DD] [--lang TAG]

Prints the war-loss figures found in FILE (HTML or plain text) as JSON:
  { file, pageDate, pageDateSource, lang, count, mentions: FigureMention[] }

Options:
  --date YYYY-MM-DD  the page's publication date, used to resolve "Monday" or "March 25".
                     Default for HTML: <meta property="article:published_time">, JSON-LD
                     datePublished or the first <time datetime>; otherwise today.
  --lang TAG         the text's language (BCP 47). Default: the HTML's <html lang>, else en.
                     Only English is understood; other languages give no figures.
  -h, --help         show this help.

HTML is read as the extension reads a page: the body's text, script/style/noscript/template
dropped, block elements separated by newlines. Exit codes: 0 ok, 2 usage error or unreadable
file.`;

/** Where the command writes and what it reads; replaced in tests. */
export interface ScanIo {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
  today: () => string;
}

const defaultIo: ScanIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
  today: () => new Date().toISOString().slice(0, 10),
};

interface Args {
  file: string;
  date?: string;
  lang?: string;
}

/** Parses the arguments; a string is an error message for the user. */
function parse(argv: string[]): Args | 'help' | string {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return (error as Error).message;
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1 || !positionals[0]) return 'expected exactly one FILE';
  if (values.date !== undefined && !isIsoDate(values.date)) {
    return `--date must be a calendar date YYYY-MM-DD, got "${values.date}"`;
  }
  return { file: positionals[0], date: values.date, lang: values.lang };
}

const OPTIONS = {
  date: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function isIsoDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isoOf(year ?? 0, month ?? 0, day ?? 0) === value;
}

/** Runs the command and returns its exit code. */
export function runScan(argv: string[], io: ScanIo = defaultIo): number {
  const args = parse(argv);
  if (args === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (typeof args === 'string') {
    io.err(`scan: ${args}\nRun \`npm run scan -- --help\` for usage.`);
    return 2;
  }
  let content: string;
  try {
    content = io.readFile(args.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    io.err(`scan: cannot read ${args.file}: ${reason}`);
    return 2;
  }
  io.out(JSON.stringify(scanContent(args, content, io.today), null, 2));
  return 0;
}

/** The JSON report for one file's content. */
function scanContent(args: Args, content: string, today: () => string) {
  const html = isHtml(args.file, content);
  const found = html ? findPageDate(content) : undefined;
  const pageDate = args.date ?? found?.date ?? today();
  const pageDateSource = args.date ? 'option' : (found?.source ?? 'today');
  const lang = args.lang ?? (html ? htmlLang(content) : undefined) ?? 'en';
  const text = html ? htmlToText(content) : content;
  const mentions = detectFigures(text, { pageDate, lang });
  return { file: args.file, pageDate, pageDateSource, lang, count: mentions.length, mentions };
}

function isHtml(file: string, content: string): boolean {
  return ['.html', '.htm', '.xhtml'].includes(extname(file).toLowerCase()) || /^\s*</.test(content);
}

function htmlLang(html: string): string | undefined {
  return /<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z\d]+)*)/i.exec(html)?.[1];
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  // `npm run scan -- FILE | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = runScan(process.argv.slice(2));
}
