import { describe, expect, it } from 'vitest';
import { detectFigures } from './index';

const brief = (text: string, pageDate = '2023-03-26') =>
  detectFigures(text, { pageDate }).map((m) => ({
    text: m.text,
    metric: m.metric,
    side: m.side,
    value: m.value,
    ...(m.period ? { period: m.period } : {}),
  }));

describe("the General Staff's daily list", () => {
  const day = { start: '2023-03-26', end: '2023-03-26' };

  it('reads each line: the total, and the day’s increase as a one-day period', () => {
    const text =
      'The total combat losses of the enemy from 24.02.22 to 26.03.23 were approximately:\n' +
      'personnel ‒ about 171,490 (+620) persons were liquidated,\n' +
      'tanks ‒ 3,604 (+9),\n' +
      'UAV operational-tactical level ‒ 2,288 (+2),\n' +
      'cruise missiles ‒ 911 (0).';
    expect(brief(text)).toEqual([
      {
        text: 'personnel ‒ about 171,490',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 171490,
      },
      { text: '+620', metric: 'personnel_casualties', side: 'russia', value: 620, period: day },
      { text: 'tanks ‒ 3,604', metric: 'tanks', side: 'russia', value: 3604 },
      { text: '+9', metric: 'tanks', side: 'russia', value: 9, period: day },
      {
        text: 'UAV operational-tactical level ‒ 2,288',
        metric: 'drones',
        side: 'russia',
        value: 2288,
      },
      { text: '+2', metric: 'drones', side: 'russia', value: 2, period: day },
      { text: 'cruise missiles ‒ 911', metric: 'missiles', side: 'russia', value: 911 },
    ]);
  });

  it('needs a loss word: a dash before a number is otherwise no list of losses', () => {
    expect(brief('Tanks – 40 were on show at the parade.')).toEqual([]);
    expect(brief('Prices: tanks – 3,604 dollars each.')).toEqual([]);
  });

  it('ignores a "(+N)" that follows no figure', () => {
    expect(brief('The index closed at 3,604 (+9).')).toEqual([]);
  });
});
