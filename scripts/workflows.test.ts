import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The CI workflows cannot run here, so their shape is what is tested: which steps run in which
// order, where the signing secret may appear, and that every permission is the least one needed.
const root = path.resolve(import.meta.dirname, '..');
const scripts = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  'working-directory'?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string) =>
  parse(readFileSync(path.join(root, '.github/workflows', name), 'utf8')) as Workflow;
const data = workflow('data.yml');
const release = workflow('release.yml');

/** A GitHub Actions expression as written in the YAML: ${{ inner }}. */
const expression = (inner: string) => `\${{ ${inner} }}`;
const allSteps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
const mentionsSecret = (value: unknown) => JSON.stringify(value ?? '').includes('secrets.');
/** The one secret a checkout may use: a token that can only read the maintainers' data repository. */
const READ_TOKEN = expression('secrets.CROSSCOUNT_SHARED_READ_TOKEN || github.token');
const SHARED_REPOSITORY = expression('vars.CROSSCOUNT_SHARED_REPOSITORY');
const checkouts = (w: Workflow) =>
  allSteps(w).filter((step) => step.uses?.startsWith('actions/checkout'));
const npmScripts = (step: Step) =>
  [...(step.run ?? '').matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);

describe.each([
  ['data.yml', data],
  ['release.yml', release],
])('%s', (_name, w) => {
  it('grants nothing at the top and only what each job needs', () => {
    expect(w.permissions).toEqual({});
    for (const job of Object.values(w.jobs)) {
      expect(job.permissions).toBeDefined();
      for (const access of Object.values(job.permissions ?? {}))
        expect(['read', 'write']).toContain(access);
    }
  });

  it('runs only npm scripts that exist', () => {
    for (const step of allSteps(w))
      for (const script of npmScripts(step)) expect(scripts).toHaveProperty([script ?? '']);
  });

  it('leaves no token in the checked-out repositories', () => {
    for (const step of checkouts(w)) expect(step.with?.['persist-credentials']).toBe(false);
  });

  it("checks out the maintainers' data repository with the read-only token, and no secret otherwise", () => {
    const shared = checkouts(w).filter((step) => step.with?.repository === SHARED_REPOSITORY);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.with?.token).toBe(READ_TOKEN);
    const otherSecrets = allSteps(w)
      .filter((step) => step !== shared[0])
      .filter((step) => !JSON.stringify(step).includes('secrets.CROSSCOUNT_DATA_SIGNING_KEY'));
    expect(otherSecrets.some(mentionsSecret)).toBe(false);
  });
});

describe('the scheduled data workflow', () => {
  const steps = data.jobs.build?.steps ?? [];
  const index = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step.run ?? ''));

  it('runs every day, and on demand', () => {
    expect(data.on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* \*$/) }]);
    expect(data.on).toHaveProperty('workflow_dispatch');
  });

  it('fetches the newest data, builds, tests and only then publishes', () => {
    const order = [
      /npm run data:fetch -- --latest/,
      /npm run build:claims/,
      /npm run test:data/,
      /npm run data:publish/,
    ].map(index);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("reads the files with no public upstream from the maintainers' data repository, not this one", () => {
    const checkout = steps.find((step) => step.with?.repository === SHARED_REPOSITORY);
    expect(checkout?.with).toMatchObject({ path: 'maintainers-data', 'sparse-checkout': 'data' });
    const fetch = steps[index(/npm run data:fetch/)];
    expect(fetch?.['working-directory']).toBe('crosscount');
    expect(fetch?.run).toMatch(/ --local \.\.\/maintainers-data\/data /);
    expect(steps.indexOf(checkout as Step)).toBeLessThan(index(/npm run data:fetch/));
    // test:data checks the build against the raw files in ../shared/data: the fetch writes there.
    expect(fetch?.run).toMatch(/ --out \.\.\/shared\/data$/);
  });

  it('uses the signing key in the publishing step only, never in a command line', () => {
    const withSecret = steps.filter((step) =>
      JSON.stringify(step).includes('secrets.CROSSCOUNT_DATA_SIGNING_KEY'),
    );
    expect(withSecret.map((step) => step.name)).toEqual([
      steps[index(/npm run data:publish/)]?.name,
    ]);
    expect(withSecret[0]?.env?.SIGNING_KEY).toBe(expression('secrets.CROSSCOUNT_DATA_SIGNING_KEY'));
    expect(mentionsSecret(withSecret[0]?.run)).toBe(false);
    expect(
      mentionsSecret(data.env) || Object.values(data.jobs).some((job) => mentionsSecret(job.env)),
    ).toBe(false);
    expect(
      Object.values(data.jobs)
        .filter((job) => job !== data.jobs.build)
        .some((job) => mentionsSecret(job)),
    ).toBe(false);
  });

  it('only reads repositories while it holds the key; only the deploy job may write, to Pages', () => {
    expect(data.jobs.build?.permissions).toEqual({ contents: 'read' });
    expect(data.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(data.jobs.deploy?.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
  });
});

describe('the release workflow', () => {
  const steps = release.jobs.zips?.steps ?? [];
  const zip = steps.find((step) => npmScripts(step).includes('zip'));

  it('tests before it builds the Chrome and Firefox zips', () => {
    expect(scripts.zip).toBe('wxt zip && wxt zip -b firefox');
    const test = steps.findIndex((step) => step.run === '.ci/run');
    expect(test).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf(zip as Step)).toBeGreaterThan(test);
  });

  it('builds in the data address and public key as public settings, no secret', () => {
    expect(zip?.env).toEqual({
      WXT_DATA_URL: expression('vars.CROSSCOUNT_DATA_URL'),
      WXT_DATA_PUBLIC_KEY: expression('vars.CROSSCOUNT_DATA_PUBLIC_KEY'),
    });
    const background = readFileSync(path.join(root, 'entrypoints/background.ts'), 'utf8');
    expect(background).toContain(
      'builtInSource(import.meta.env.WXT_DATA_URL, import.meta.env.WXT_DATA_PUBLIC_KEY)',
    );
    expect(mentionsSecret(zip)).toBe(false);
  });

  it('may write only to create the release, from the zips already built', () => {
    expect(release.jobs.zips?.permissions).toEqual({ contents: 'read' });
    expect(release.jobs.release?.permissions).toEqual({ contents: 'write' });
    expect(release.jobs.release?.steps.some((step) => step.run?.includes('npm'))).toBe(false);
  });
});
