import { execFileSync } from 'node:child_process';
import { cpus, release, totalmem } from 'node:os';
import { CHROMIUM_PATH } from '../lib/chromium';

/** The machine the bench ran on, as PERFORMANCE.md names it. */
export function machine(): string {
  const cpu = cpus();
  const ram = (totalmem() / 2 ** 30).toFixed(0);
  return `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${ram} GB RAM, Linux ${release()}`;
}

/** The browser's own version line. */
export function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? '';
  } catch {
    return 'unknown Chromium';
  }
}
