import type { CorpusCase } from '../types';

const day = (d: string) => ({ start: d, end: d });

/**
 * The Ukrainian General Staff's daily list as Russian-language Ukrainian outlets print it: each
 * line a total and, in brackets, the day's increase; «противник» is Russia here.
 */
export const RU_GENERAL_STAFF: CorpusCase[] = [
  {
    date: '2022-04-18',
    lang: 'ru',
    text: 'Генштаб ВСУ: общие боевые потери противника с 24.02.22 по 18.04.22 ориентировочно составили:\nличного состава ‒ около 20600 (+200) человек,\nтанков ‒ 790 (+17) ед.,\nББМ ‒ 2041 (+39) ед.,\nартиллерийских систем ‒ 381 (+5) ед.,\nРСЗО ‒ 132 (+1) ед.',
    figures: [
      {
        text: 'личного состава ‒ около 20600',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 20600,
        qualifier: 'about',
        claimant: 'ua-general-staff',
      },
      {
        text: '+200',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 200,
        claimant: 'ua-general-staff',
        period: day('2022-04-18'),
      },
      {
        text: 'танков ‒ 790',
        metric: 'tanks',
        side: 'russia',
        value: 790,
        claimant: 'ua-general-staff',
      },
      {
        text: '+17',
        metric: 'tanks',
        side: 'russia',
        value: 17,
        claimant: 'ua-general-staff',
        period: day('2022-04-18'),
      },
      {
        text: 'ББМ ‒ 2041',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 2041,
        claimant: 'ua-general-staff',
      },
      {
        text: '+39',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 39,
        claimant: 'ua-general-staff',
        period: day('2022-04-18'),
      },
      {
        text: 'артиллерийских систем ‒ 381',
        metric: 'artillery',
        side: 'russia',
        value: 381,
        claimant: 'ua-general-staff',
      },
      {
        text: '+5',
        metric: 'artillery',
        side: 'russia',
        value: 5,
        claimant: 'ua-general-staff',
        period: day('2022-04-18'),
      },
      {
        text: 'РСЗО ‒ 132',
        metric: 'mlrs',
        side: 'russia',
        value: 132,
        claimant: 'ua-general-staff',
      },
      {
        text: '+1',
        metric: 'mlrs',
        side: 'russia',
        value: 1,
        claimant: 'ua-general-staff',
        period: day('2022-04-18'),
      },
    ],
  },
  {
    date: '2025-02-03',
    lang: 'ru',
    text: 'Общие боевые потери противника с 24.02.22 по 03.02.25 ориентировочно составили:\nличного состава — около 842\u00a0650 (+1300) человек,\nсамолетов — 369 (+1) ед.,\nсредств ПВО — 1\u00a0052 (+2) ед.,\nБпЛА оперативно-тактического уровня — 23\u00a0784 (+112) ед.,\nавтомобильной техники и автоцистерн — 36\u00a0118 (+98) ед.',
    note: 'The General Staff is not named in the passage: no claimant.',
    figures: [
      {
        text: 'личного состава — около 842\u00a0650',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 842650,
        qualifier: 'about',
      },
      {
        text: '+1300',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1300,
        period: day('2025-02-03'),
      },
      { text: 'самолетов — 369', metric: 'aircraft', side: 'russia', value: 369 },
      { text: '+1', metric: 'aircraft', side: 'russia', value: 1, period: day('2025-02-03') },
      { text: 'средств ПВО — 1\u00a0052', metric: 'air_defense', side: 'russia', value: 1052 },
      { text: '+2', metric: 'air_defense', side: 'russia', value: 2, period: day('2025-02-03') },
      {
        text: 'БпЛА оперативно-тактического уровня — 23\u00a0784',
        metric: 'drones',
        side: 'russia',
        value: 23784,
      },
      { text: '+112', metric: 'drones', side: 'russia', value: 112, period: day('2025-02-03') },
      {
        text: 'автомобильной техники и автоцистерн — 36\u00a0118',
        metric: 'vehicles',
        side: 'russia',
        value: 36118,
      },
      { text: '+98', metric: 'vehicles', side: 'russia', value: 98, period: day('2025-02-03') },
    ],
  },
  {
    date: '2023-12-29',
    lang: 'ru',
    text: 'Генштаб ВСУ обновил данные о потерях России: танков — 5\u202f758 (+14), подводных лодок — 1, кораблей/катеров — 24 (+1).',
    figures: [
      {
        text: 'танков — 5\u202f758',
        metric: 'tanks',
        side: 'russia',
        value: 5758,
        claimant: 'ua-general-staff',
      },
      {
        text: '+14',
        metric: 'tanks',
        side: 'russia',
        value: 14,
        claimant: 'ua-general-staff',
        period: day('2023-12-29'),
      },
      {
        text: 'подводных лодок — 1',
        metric: 'submarines',
        side: 'russia',
        value: 1,
        claimant: 'ua-general-staff',
      },
      {
        text: 'кораблей/катеров — 24',
        metric: 'ships',
        side: 'russia',
        value: 24,
        claimant: 'ua-general-staff',
      },
      {
        text: '+1',
        metric: 'ships',
        side: 'russia',
        value: 1,
        claimant: 'ua-general-staff',
        period: day('2023-12-29'),
      },
    ],
  },
];
