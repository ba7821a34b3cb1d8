import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScan, type ScanIo } from './scan';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(ROOT, '../shared/fixtures/seed-article.html');

/** Runs the command with captured output; `files` replaces the file system when given. */
function run(argv: string[], files?: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ScanIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    readFile: (path) => {
      if (!files) return readFileSync(path, 'utf8');
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return content;
    },
    today: () => '2024-02-24',
  };
  const code = runScan(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('scan CLI', () => {
  it('prints the seed article figures with the date from its meta tag', () => {
    const { code, out } = run([SEED]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ pageDate: '2022-04-19', pageDateSource: 'meta', lang: 'en' });
    expect(report.count).toBe(10);
    expect(report.mentions.map((m: { text: string }) => m.text)).toContain('790 tanks');
  });

  it('reads a text file with --date', () => {
    const files = { 'a.txt': 'On Monday Russia said it had lost 1,351 men in the war.' };
    const { code, out } = run(['a.txt', '--date', '2022-04-19'], files);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ pageDate: '2022-04-19', pageDateSource: 'option', count: 1 });
    expect(report.mentions[0]).toMatchObject({ text: '1,351 men', asOf: '2022-04-18' });
  });

  it('falls back to today for a text file without --date', () => {
    const { out } = run(['a.txt'], { 'a.txt': 'nothing here' });
    expect(JSON.parse(out)).toMatchObject({
      pageDate: '2024-02-24',
      pageDateSource: 'today',
      count: 0,
    });
  });

  it("takes the language from the page's <html lang> unless --lang overrides it", () => {
    const page = '<html lang="fr"><body><p>Russia lost 790 tanks in the war.</p></body></html>';
    expect(JSON.parse(run(['p.html'], { 'p.html': page }).out)).toMatchObject({
      lang: 'fr',
      count: 0,
    });
    const forced = JSON.parse(run(['p.html', '--lang', 'en'], { 'p.html': page }).out);
    expect(forced).toMatchObject({ lang: 'en', count: 1 });
  });

  it('explains its usage with --help', () => {
    const { code, out } = run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: npm run scan -- FILE/);
  });

  it.each([
    [[], 'expected exactly one FILE'],
    [['a', 'b'], 'expected exactly one FILE'],
    [['a.txt', '--date', '2022-02-30'], '--date must be a calendar date'],
    [['a.txt', '--bogus'], "Unknown option '--bogus'"],
  ])('rejects %j with exit code 2', (argv, message) => {
    const { code, err } = run(argv, {});
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('reports a missing file clearly with exit code 2', () => {
    const { code, err } = run(['missing.html'], {});
    expect(code).toBe(2);
    expect(err).toBe('scan: cannot read missing.html: no such file');
  });

  it('exits with code 2 when run as a command on a missing file', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/scan.ts'), 'no-such-file.html'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot read no-such-file.html: no such file');
  });
});
