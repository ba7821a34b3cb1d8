import type { CorpusCase } from '../types';

/** Equipment, each metric in its inflections and abbreviations. */
export const UK_EQUIPMENT: CorpusCase[] = [
  {
    date: '2022-03-28',
    lang: 'uk',
    text: 'Під Тростянцем ЗСУ знищили 21 танк окупантів.',
    figures: [{ text: '21 танк', metric: 'tanks', side: 'russia', value: 21 }],
  },
  {
    date: '2023-10-12',
    lang: 'uk',
    text: 'Під Авдіївкою ворог за добу втратив 40 ББМ і 10 танків.',
    figures: [
      {
        text: '40 ББМ',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 40,
        period: { start: '2023-10-12', end: '2023-10-12' },
      },
      {
        text: '10 танків',
        metric: 'tanks',
        side: 'russia',
        value: 10,
        period: { start: '2023-10-12', end: '2023-10-12' },
      },
    ],
  },
  {
    date: '2024-04-02',
    lang: 'uk',
    text: 'Сили оборони уразили 26 артилерійських систем та 3 реактивні системи залпового вогню противника.',
    note: '«реактивні системи залпового вогню» is РСЗВ written out.',
    figures: [
      { text: '26 артилерійських систем', metric: 'artillery', side: 'russia', value: 26 },
      { text: '3 реактивні системи залпового вогню', metric: 'mlrs', side: 'russia', value: 3 },
    ],
  },
  {
    date: '2023-06-19',
    lang: 'uk',
    text: 'За тиждень на Запорізькому напрямку знищено 18 артсистем і 4 РСЗВ окупантів.',
    figures: [
      {
        text: '18 артсистем',
        metric: 'artillery',
        side: 'russia',
        value: 18,
        period: { start: '2023-06-13', end: '2023-06-19' },
      },
      {
        text: '4 РСЗВ',
        metric: 'mlrs',
        side: 'russia',
        value: 4,
        period: { start: '2023-06-13', end: '2023-06-19' },
      },
    ],
  },
  {
    date: '2024-05-22',
    lang: 'uk',
    text: 'У Криму українські дрони уразили 2 зенітні ракетні комплекси С-400 та ще 3 засоби ППО.',
    figures: [
      { text: '2 зенітні ракетні комплекси', metric: 'air_defense', side: 'russia', value: 2 },
      { text: '3 засоби ППО', metric: 'air_defense', side: 'russia', value: 3 },
    ],
  },
  {
    date: '2024-02-29',
    lang: 'uk',
    text: 'Лише за лютий Повітряні сили збили 13 російських літаків.',
    figures: [
      {
        text: '13 російських літаків',
        metric: 'aircraft',
        side: 'russia',
        value: 13,
        period: { start: '2024-02-01', end: '2024-02-29' },
      },
    ],
  },
  {
    date: '2023-10-18',
    lang: 'uk',
    text: 'Удар ATACMS по аеродромах у Бердянську та Луганську знищив 9 гелікоптерів окупантів.',
    figures: [{ text: '9 гелікоптерів', metric: 'helicopters', side: 'russia', value: 9 }],
  },
  {
    date: '2022-03-06',
    lang: 'uk',
    text: 'Над Київщиною українські зенітники збили два російські вертольоти Ка-52.',
    figures: [
      { text: 'два російські вертольоти', metric: 'helicopters', side: 'russia', value: 2 },
    ],
  },
  {
    date: '2025-07-09',
    lang: 'uk',
    text: 'Цієї ночі сили ППО знешкодили 296 ворожих безпілотників і 7 крилатих ракет.',
    figures: [
      {
        text: '296 ворожих безпілотників',
        metric: 'drones',
        side: 'russia',
        value: 296,
        period: { start: '2025-07-09', end: '2025-07-09' },
      },
      {
        text: '7 крилатих ракет',
        metric: 'missiles',
        side: 'russia',
        value: 7,
        period: { start: '2025-07-09', end: '2025-07-09' },
      },
    ],
  },
  {
    date: '2023-12-30',
    lang: 'uk',
    text: 'У грудні ВМС знищили 2 кораблі та 5 катерів Чорноморського флоту рф.',
    figures: [
      {
        text: '2 кораблі',
        metric: 'ships',
        side: 'russia',
        value: 2,
        asOf: '2023-12-31',
        period: { start: '2023-12-01', end: '2023-12-31' },
      },
      {
        text: '5 катерів',
        metric: 'ships',
        side: 'russia',
        value: 5,
        asOf: '2023-12-31',
        period: { start: '2023-12-01', end: '2023-12-31' },
      },
    ],
  },
  {
    date: '2023-09-13',
    lang: 'uk',
    text: 'Внаслідок удару по Севастопольському суднозаводу уражено великий десантний корабель і підводний човен «Ростов-на-Дону».',
    note: 'No number is written, so there is no figure to highlight.',
    figures: [],
  },
  {
    date: '2022-04-22',
    lang: 'uk',
    text: 'Тероборона на Чернігівщині знищила 34 одиниці автотехніки та 2 одиниці спецтехніки окупантів.',
    figures: [
      { text: '34 одиниці автотехніки', metric: 'vehicles', side: 'russia', value: 34 },
      { text: '2 одиниці спецтехніки', metric: 'special_equipment', side: 'russia', value: 2 },
    ],
  },
  {
    date: '2023-05-16',
    lang: 'uk',
    text: 'Над Києвом збито 6 гіперзвукових ракет «Кинджал» та 3 крилаті ракети «Калібр».',
    figures: [
      { text: '6 гіперзвукових ракет', metric: 'missiles', side: 'russia', value: 6 },
      { text: '3 крилаті ракети', metric: 'missiles', side: 'russia', value: 3 },
    ],
  },
  {
    date: '2024-10-07',
    lang: 'uk',
    text: 'За добу підрозділи бригади знищили 28 одиниць автомобільної техніки та 45 дронів противника.',
    figures: [
      {
        text: '28 одиниць автомобільної техніки',
        metric: 'vehicles',
        side: 'russia',
        value: 28,
        period: { start: '2024-10-07', end: '2024-10-07' },
      },
      {
        text: '45 дронів',
        metric: 'drones',
        side: 'russia',
        value: 45,
        period: { start: '2024-10-07', end: '2024-10-07' },
      },
    ],
  },
  {
    date: '2024-03-26',
    lang: 'uk',
    text: 'У ВМС нагадали, що з початку вторгнення знищено 28 російських кораблів і катерів та 1 підводний човен.',
    figures: [
      { text: '28 російських кораблів і катерів', metric: 'ships', side: 'russia', value: 28 },
      { text: '1 підводний човен', metric: 'submarines', side: 'russia', value: 1 },
    ],
  },
];
