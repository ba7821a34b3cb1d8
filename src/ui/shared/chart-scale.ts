/** A horizontal scale for the spread chart. */
export interface ChartScale {
  x: (value: number) => number;
  log: boolean;
}

// Beyond this ratio between the largest and smallest value a linear axis squeezes the small ones
// into one pixel, so switch to a log axis.
const LOG_SCALE_RATIO = 50;

/** Maps values onto [left, right]: linear from 0, or log when they span orders of magnitude. */
export function chartScale(values: number[], left: number, right: number): ChartScale {
  const max = Math.max(...values, 1);
  const positive = values.filter((v) => v > 0);
  const min = positive.length > 0 ? Math.min(...positive) : 1;
  const span = right - left;
  if (max / min >= LOG_SCALE_RATIO) {
    const lo = Math.log10(min) - 0.1;
    const hi = Math.log10(max) + 0.1;
    return {
      log: true,
      x: (value) => left + ((Math.log10(Math.max(value, min)) - lo) / (hi - lo)) * span,
    };
  }
  const top = max * 1.08;
  return { log: false, x: (value) => left + (value / top) * span };
}
