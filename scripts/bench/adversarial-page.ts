/**
 * The detector on the 1 MB adversarial mix (adversarial-mix.ts) in real Chromium, bundled by
 * scripts/bench/bundle.ts: the detector alone over the whole text in one call, and the way the
 * content script reads a page, in windows of 16,000 characters behind the gate (hot-runs.ts).
 */
import { detectFigures } from '../../src/detect';
import { gatedDetect } from '../../src/page/hot-runs';
import { adversarialMix } from './adversarial-mix';

export interface AdversarialMeasurement {
  chars: number;
  /** detectFigures over the whole mix at once, milliseconds. */
  whole: number;
  /** The gated detector over 16,000-character windows, milliseconds in all. */
  windowed: number;
  /** The longest single window, milliseconds. */
  longestWindow: number;
  figures: number;
}

const WINDOW = 16_000;
const OPTIONS = { pageDate: '2022-04-19', lang: 'en' };

function measure(): AdversarialMeasurement {
  const text = adversarialMix();
  // Warm the detector so compiling it is not charged to the first run.
  detectFigures(text.slice(0, 16_000), OPTIONS);
  let started = performance.now();
  const figures = detectFigures(text, OPTIONS).length;
  const whole = performance.now() - started;
  const gated = gatedDetect(detectFigures);
  let windowed = 0;
  let longestWindow = 0;
  for (let from = 0; from < text.length; from += WINDOW) {
    started = performance.now();
    gated(text.slice(from, from + WINDOW), OPTIONS);
    const ms = performance.now() - started;
    windowed += ms;
    longestWindow = Math.max(longestWindow, ms);
  }
  return { chars: text.length, whole, windowed, longestWindow, figures };
}

(
  globalThis as unknown as { crosscountAdversarialBench: { measure: typeof measure } }
).crosscountAdversarialBench = { measure };
