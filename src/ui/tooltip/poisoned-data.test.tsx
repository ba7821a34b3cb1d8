// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { loadClaimsIndex } from '../../claims/claims-index';
import { ClaimsDbError, loadClaimsDb } from '../../claims/load';
import { match } from '../../claims/match';
import type { ClaimsBundle } from '../../claims/schema';
import { smallBundle } from '../../claims/testing/small-bundle';
import type { MatchQuery } from '../../claims/types';
import { CLAIMANTS, claimantById } from '../../core/claimants';
import { formatCitation } from '../citation';
import { AboutData, type DatasetInfo } from '../options/AboutData';
import { I18N, renderWithI18n } from '../testing/render';
import { Tooltip } from './Tooltip';

/*
 * A compromised data file (docs/SECURITY.md): the claims bundle and its manifest are read as
 * untrusted input. What could carry markup or a script URL into the UI is either refused by the
 * loader with a clear error, or reaches the UI only as text and https links.
 */

afterEach(cleanup);

const MARKUP = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

/** The small test bundle with one change made to a copy of it. */
function poisoned(change: (bundle: ClaimsBundle) => void): ClaimsBundle {
  const bundle = structuredClone(smallBundle());
  change(bundle);
  return bundle;
}

// The statement rows of the small bundle: NATO and UK MoD tank figures in early 2022.
const query: MatchQuery = {
  metric: 'tanks',
  side: 'russia',
  unit: 'count',
  value: 200,
  qualifier: 'about',
  asOf: '2022-03-05',
};

describe('a poisoned claims bundle: refused at load, with a clear error', () => {
  it.each<[string, (bundle: ClaimsBundle) => void, RegExp]>([
    [
      'markup as a claimant (names come from the code, never from the data)',
      (b) => {
        (b.statements[0] as { c: string }).c = MARKUP;
      },
      /statements\.0: unknown claimant "<img src=x onerror=alert\(1\)>"/,
    ],
    [
      'a javascript: link prefix',
      (b) => {
        b.prefixes[0] = 'javascript:alert(1)//';
      },
      /prefixes\.0/,
    ],
    [
      'a data: link prefix',
      (b) => {
        b.prefixes[0] = `data:text/html,${SCRIPT}`;
      },
      /prefixes\.0/,
    ],
    [
      'an http: link prefix',
      (b) => {
        b.prefixes[0] = 'http://example.org/';
      },
      /prefixes\.0/,
    ],
    [
      'an https prefix that is not a URL',
      (b) => {
        b.prefixes[0] = `https://${MARKUP}/`;
      },
      /urls\.\d+: not an https URL/,
    ],
    [
      'markup with spaces in a link',
      (b) => {
        b.urls[4] = [0, `"> ${MARKUP}`];
      },
      /urls\.4: not an https URL/,
    ],
    [
      'a line break in a link',
      (b) => {
        b.urls[4] = [0, 'statement\njavascript:alert(1)'];
      },
      /urls\.4: not an https URL/,
    ],
    [
      'a link to a prefix that does not exist',
      (b) => {
        b.urls[4] = [9, 'javascript:alert(1)'];
      },
      /urls\.4: unknown prefix 9/,
    ],
    [
      'a method outside the vocabulary',
      (b) => {
        (b.statements[0] as { me: string }).me = SCRIPT;
      },
      /statements\.0\.me/,
    ],
    [
      'an extra field',
      (b) => {
        (b.statements[0] as Record<string, unknown>).html = SCRIPT;
      },
      /statements\.0/,
    ],
  ])('%s', (_, change, problem) => {
    const load = () => loadClaimsDb(poisoned(change));
    expect(load).toThrow(ClaimsDbError);
    expect(load).toThrow(problem);
  });
});

describe('a poisoned claims bundle that loads: rendered as inert text and https links', () => {
  // What the schema cannot refuse: markup in the dataset and file names (never shown in the
  // tooltip), and https links whose path holds a script URL or markup without spaces.
  const bundle = poisoned((b) => {
    b.sources[2] = [MARKUP, `${SCRIPT}.csv`];
    b.prefixes.push('https://evil.example/');
    b.urls.push([1, 'javascript:alert(1)'], [1, '"><img/src=x/onerror=alert(1)>']);
    (b.statements[0] as { u: number }).u = b.urls.length - 2;
    (b.statements[2] as { u: number }).u = b.urls.length - 1;
    b.conflict = SCRIPT;
  });

  it('loads, and keeps the hostile strings as plain data', () => {
    const db = loadClaimsDb(bundle);
    expect(db.statements[0]?.url).toBe('https://evil.example/javascript:alert(1)');
    expect(db.statements[0]?.source.dataset).toBe(MARKUP);
  });

  it('renders the estimates with https links only, markup never parsed', () => {
    const comparison = match(loadClaimsIndex(bundle), query);
    const poisonedRows = comparison.estimates.filter((e) => e.sourceUrl.includes('evil.example'));
    expect(poisonedRows.length).toBeGreaterThan(0);
    const { container } = renderWithI18n(
      <Tooltip id="t" text="200 tanks" comparison={comparison} onCopy={async () => true} />,
    );
    expect(container.querySelector('img, script, iframe, object, embed')).toBeNull();
    expect(container.innerHTML).not.toMatch(/<img|<script/i);
    const links = screen.queryAllByRole('link') as HTMLAnchorElement[];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const href = link.getAttribute('href') ?? '';
      expect(new URL(href).protocol).toBe('https:');
      expect(href).not.toMatch(/[<>"\s]/);
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // The rows name their claimants from the code's registry, whatever the bundle says.
    const nato = claimantById('nato')?.name ?? 'missing';
    expect(screen.getByRole('link', { name: nato }).getAttribute('href')).toBe(
      'https://evil.example/javascript:alert(1)',
    );
  });

  it('copies a citation whose links are https and whose markup stays text', () => {
    const comparison = match(loadClaimsIndex(bundle), query);
    const markdown = formatCitation(I18N.en, '200 tanks', comparison, 'markdown');
    for (const link of markdown.match(/<[^>\s]+>/g) ?? []) {
      expect(link).toMatch(/^<https:\/\/[^<>"\s]+>$/);
    }
    expect(markdown).not.toContain('<img');
  });
});

describe('a poisoned data manifest: rendered as inert text', () => {
  it('shows markup in dataset fields as text and drops javascript: and data: links', () => {
    const datasets: DatasetInfo[] = [
      {
        id: 'evil',
        title: MARKUP,
        publisher: SCRIPT,
        licence: '<a href="javascript:alert(1)">CC0</a>',
        from: '2022-02-24',
        to: '2022-04-18',
        link: 'javascript:alert(1)',
        claims: 1,
      },
      {
        id: 'evil-data',
        title: 'Data link',
        publisher: 'p',
        licence: 'l',
        from: '2022-02-24',
        to: '2022-04-18',
        link: `data:text/html,${SCRIPT}`,
        claims: 1,
      },
    ];
    const { container } = renderWithI18n(<AboutData claimants={CLAIMANTS} datasets={datasets} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByText(MARKUP)).toBeTruthy();
    expect(screen.getByText('<a href="javascript:alert(1)">CC0</a>')).toBeTruthy();
    expect(screen.queryByRole('link', { name: MARKUP })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Data link' })).toBeNull();
    for (const link of container.querySelectorAll('a')) {
      expect(new URL(link.getAttribute('href') ?? '').protocol).toBe('https:');
    }
  });
});
