/**
 * `npm test`: everything that must pass, in order — format and lint, types, unit and DOM tests,
 * the Firefox build with Mozilla's addons-linter, the Chrome build, end-to-end tests in real
 * Chromium and in Firefox ESR (tests/e2e/firefox.e2e.ts drives the Firefox build). Every step runs even when an earlier one
 * fails (except e2e, which needs the build), and the run ends with the plain line CI reads:
 * `N passed, N failed` (each Vitest test counts once; lint, types and build count once each).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
}

const reportDir = mkdtempSync(join(tmpdir(), 'crosscount-test-'));

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function step(name: string, command: string, args: string[]): StepResult {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const ok = run(command, args);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

function vitestStep(name: string, extraArgs: string[]): StepResult {
  const outputFile = join(reportDir, `${name}.json`);
  const args = [
    'vitest',
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${outputFile}`,
  ];
  console.log(`\n━━ ${name}: npx ${args.join(' ')}`);
  const ok = run('npx', args);
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
    };
    // A suite that fails to load has no failed tests but did not pass: count it as one failure.
    const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
    return { name, passed: report.numPassedTests, failed };
  } catch {
    return { name, passed: 0, failed: 1 };
  }
}

const results: StepResult[] = [
  step('lint', 'npx', ['biome', 'check', '.']),
  step('types', 'npx', ['tsc', '--noEmit']),
  vitestStep('unit', []),
];
// The Firefox build must pass Mozilla's linter with 0 errors (warnings: docs/SECURITY.md).
results.push(step('firefox', 'npm', ['run', '--silent', 'lint:firefox']));
const build = step('build', 'npx', ['wxt', 'build']);
// The e2e step needs both builds: the Firefox one comes from lint:firefox above.
results.push(build);
results.push(
  build.failed === 0
    ? vitestStep('e2e', ['--config', 'vitest.e2e.config.ts'])
    : { name: 'e2e (skipped: build failed)', passed: 0, failed: 1 },
);

console.log('\n━━ summary');
for (const r of results) console.log(`${r.name.padEnd(28)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
