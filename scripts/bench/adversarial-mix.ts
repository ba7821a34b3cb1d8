/**
 * The 1 MB adversarial mix of issue 16's "Done when": every pattern that once made the detector
 * slow, or could, in a block of 8 KB followed by a loss sentence, cycled to 1 MB. The patterns
 * are those of the detector's linear-time property test (src/detect/detect.property.test.ts,
 * which keeps its own table: the detector's files are another engineer's). Pure: text out.
 */

const KB = 1024;
const SEED =
  "Russian losses included 790 tanks, 2,041 armored combat vehicles, 167 aircraft and 147 helicopters, according to Ukraine's Ministry of Defence.";

/** Each pattern is a unit repeated to any length. */
const PATTERNS: readonly string[] = [
  '1,',
  '9',
  `${'1234567890'.repeat(50)} `,
  '1 2 3 ',
  ' ',
  '-',
  '1-',
  '1–',
  '1\u00a0',
  '1\u0301,\u0300',
  'tanks killed 1, ',
  `${SEED} `,
  '1% ',
  '$1 ',
  '1k 1bn ',
  'between 1 and 2 to ',
  '(+1',
  '2022-04-19 ',
  '1/',
  '"1" ',
  'tens of thousands of several hundred a few thousand ',
  'one hundred ',
  '.',
  '!?…',
  '..."”)',
  'танків ‒ 790 (+17) од, ',
  '142 самолета, 2337 танков и других боевых бронированных машин, ',
  'ЗСУ знищили 12 танків і ліквідували 200 окупантів, ',
  "двадцять тисяч п'ятсот восемь с половиной ",
  'десятки тисяч сотні кілька тисяч ',
  '20,6 тис. ',
  'за минулу добу у серпні з 6 серпня в понедельник ',
  '24.02.22 ',
  '- ',
];

/** `unit` repeated to exactly `length` characters. */
const fill = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** The mix, `length` characters long (1 MB by default). */
export function adversarialMix(length = 1024 * KB): string {
  return fill(PATTERNS.map((unit) => `${fill(unit, 8 * KB)}\n${SEED}\n`).join(''), length);
}
