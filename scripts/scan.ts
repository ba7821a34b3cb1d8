/**
 * `npm run scan -- [--date YYYY-MM-DD] [--lang en|uk|ru|auto] FILE...`: prints the loss figures the detector
 * finds in HTML or text files, one JSON object per line per figure. The same detector runs in the
 * extension; this command only adds reading the files and, for HTML, turning the page into the
 * text the content script sees (src/detect/html-text.ts), so that offsets are the extension's.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isoOf } from '../src/detect/calendar';
import { findPageDate, htmlToText } from '../src/detect/html-text';
import { detectFigures, type FigureMention } from '../src/detect/index';

const USAGE = `Usage: npm run scan -- [--date YYYY-MM-DD] [--lang TAG] FILE...

Prints the war-loss figures found in each FILE (HTML or plain text), one JSON object per line:
  {"file","text","start","end","value","low","high","approx","qualifier","metric","side",
   "area","claimant","asOf","period"}
A field that does not apply is null. start/end are UTF-16 offsets: for a text file into its
content (text === content.slice(start, end)); for HTML into the text the extension's content
script reads from the page (text nodes joined, '\\n' between blocks).

Options:
  --date YYYY-MM-DD  the pages' publication date, used to resolve "Monday" or "March 25".
                     Default for HTML: <meta property="article:published_time">, JSON-LD
                     datePublished or the first <time datetime>; otherwise today (with a note
                     on stderr).
  --lang TAG         the text's language: en, uk, ru (or any BCP 47 tag), or auto.
                     Default: the HTML's <html lang>, else auto. Each block is read in its own
                     script's language (Cyrillic as Ukrainian or Russian by its letters, Latin
                     as English); the tag decides a Cyrillic block whose letters don't tell.
                     With a tag of another language only Latin blocks are read (as English).
  -h, --help         show this help.

Exit codes: 0 ok, 1 a file could not be read (the others are still scanned), 2 usage error.`;

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
  files: string[];
  date?: string;
  lang?: string;
}

const OPTIONS = {
  date: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

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
  if (positionals.length === 0) return 'expected at least one FILE';
  if (values.date !== undefined && !isIsoDate(values.date)) {
    return `--date must be a calendar date YYYY-MM-DD, got "${values.date}"`;
  }
  if (
    values.lang !== undefined &&
    values.lang !== 'auto' &&
    !/^[A-Za-z]{2,3}(?:-[A-Za-z\d]{1,8})*$/.test(values.lang)
  ) {
    return `--lang must be auto or a language tag such as en, uk, ru or en-GB, got "${values.lang}"`;
  }
  return { files: positionals, date: values.date, lang: values.lang };
}

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
  let failed = false;
  for (const file of args.files) {
    let content: string;
    try {
      content = io.readFile(file);
    } catch (error) {
      io.err(`scan: cannot read ${file}: ${reason(error)}`);
      failed = true;
      continue;
    }
    for (const line of scanFile(file, content, args, io)) io.out(line);
  }
  return failed ? 1 : 0;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

/** The output lines for one file's content. */
function scanFile(file: string, content: string, args: Args, io: ScanIo): string[] {
  const html = isHtml(file, content);
  const found = html ? findPageDate(content) : undefined;
  let pageDate = args.date ?? found?.date;
  if (!pageDate) {
    pageDate = io.today();
    io.err(`scan: ${file}: no page date found, using today (${pageDate}); pass --date`);
  }
  const tag = args.lang ?? (html ? htmlLang(content) : undefined);
  const lang = tag === 'auto' ? undefined : tag;
  const text = html ? htmlToText(content) : content;
  return detectFigures(text, { pageDate, lang }).map((m) => JSON.stringify(record(file, m)));
}

/** One figure as the command prints it: every field present, null when it does not apply. */
export function record(file: string, m: FigureMention) {
  return {
    file,
    text: m.text,
    start: m.start,
    end: m.end,
    value: m.value,
    low: m.low ?? null,
    high: m.high ?? null,
    approx: m.approx ?? null,
    qualifier: m.qualifier,
    metric: m.metric,
    side: m.side,
    area: m.area ?? null,
    claimant: m.claimant ?? null,
    asOf: m.asOf,
    period: m.period ?? null,
  };
}

function isHtml(file: string, content: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.txt' || ext === '.text') return false;
  return ['.html', '.htm', '.xhtml'].includes(ext) || /^\s*</.test(content);
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
