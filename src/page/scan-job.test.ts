// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectFigures } from '../detect';
import { gatedDetect } from './hot-runs';
import * as pageGate from './page-gate';
import { ScanJob, scanNow } from './scan-job';
import { collectPageText } from './text-walker';

const OPTIONS = { pageDate: '2022-04-19', lang: 'en' };
const FILLER =
  'The council met on Tuesday to discuss the 2023 budget, 14 new bus lines and a 3.5% rise in ' +
  'the price of parking, which 1,200 residents had opposed in a petition last spring.';
const LOSSES = [
  "Ukraine's Ministry of Defence said Russia had lost 790 tanks and 147 helicopters.",
  'Russia claimed it had lost 1,351 men, while another 3,285 were wounded.',
  'The number of Russian casualties could be as high as 40,000, according to NATO officials.',
];

/** A page long enough to need many detector windows: filler with loss paragraphs among it. */
function longPage(): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < 400; i++) {
    paragraphs.push(`<p>${i % 20 === 7 ? LOSSES[((i / 20) % 3) | 0] : FILLER}</p>`);
  }
  return `<main>${paragraphs.join('')}</main>`;
}

describe('ScanJob', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('finds, in small slices, exactly what the detector finds in the whole text at once', () => {
    document.body.innerHTML = longPage();
    const whole = detectFigures(collectPageText(document.body).text, OPTIONS);
    expect(whole.length).toBeGreaterThan(30);
    let clock = 0;
    let windows = 0;
    const countingDetect: typeof detectFigures = (text, options) => {
      windows += 1;
      return detectFigures(text, options);
    };
    const job = new ScanJob([document.body], countingDetect, OPTIONS, () => clock);
    const found = [];
    let slices = 0;
    for (let more = true; more; slices++) {
      // Each slice is 2 ms of a fake clock that advances 1 ms whenever it is read.
      const end = clock + 2;
      more = job.step({ timeRemaining: () => Math.max(0, end - clock++) });
      found.push(...job.take());
    }
    expect(slices).toBeGreaterThan(3);
    expect(windows).toBeGreaterThan(2);
    expect(found.map((f) => [f.mention.start, f.mention.end, f.mention.text])).toEqual(
      whole.map((m) => [m.start, m.end, m.text]),
    );
    expect(found.map((f) => f.mention.asOf)).toEqual(whole.map((m) => m.asOf));
    expect(found.map((f) => f.mention.side)).toEqual(whole.map((m) => m.side));
  });

  it('reads a piece dense with cues by the detector behind the gate, whole', () => {
    // No cue near a number: the gate block by block gives the detector nothing of it.
    document.body.innerHTML = '<p>The council met on Tuesday to discuss the bus lines.</p>'.repeat(
      9,
    );
    const read: string[] = [];
    const detect = gatedDetect((text, options) => {
      read.push(text);
      return detectFigures(text, options);
    });
    const body = document.body;
    vi.spyOn(pageGate, 'piecesToRead').mockReturnValue([{ root: body }]);
    scanNow([body], detect, OPTIONS);
    expect(read).toEqual([]);
    vi.spyOn(pageGate, 'piecesToRead').mockReturnValue([{ root: body, dense: true }]);
    scanNow([body], detect, OPTIONS);
    expect(read).toEqual([collectPageText(body).text]);
  });

  it('scans several subtrees, each on its own, and skips those that left the page', () => {
    document.body.innerHTML = `<p id="a">${LOSSES[0]}</p><p id="b">${LOSSES[1]}</p>`;
    const gone = document.createElement('p');
    gone.textContent = LOSSES[2] as string;
    const roots = [document.getElementById('b'), gone, document.getElementById('a')] as Node[];
    const found = scanNow(roots, detectFigures, OPTIONS);
    expect(found.map((f) => f.mention.text)).toEqual([
      '1,351 men',
      '3,285 were wounded',
      '790 tanks',
      '147 helicopters',
    ]);
  });
});
