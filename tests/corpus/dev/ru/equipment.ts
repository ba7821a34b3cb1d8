import type { CorpusCase } from '../types';

/** Equipment metrics in Russian: танки, ББМ, РСЗО, ЗРК, самолёты, вертолёты, БПЛА, катера… */
export const RU_EQUIPMENT: CorpusCase[] = [
  {
    date: '2024-01-15',
    lang: 'ru',
    text: 'Под Авдеевкой ВСУ уничтожили 12 российских танков.',
    figures: [{ text: '12 российских танков', metric: 'tanks', side: 'russia', value: 12 }],
  },
  {
    date: '2023-10-20',
    lang: 'ru',
    text: 'Под Авдеевкой российская армия потеряла более 100 танков и около 200 ББМ, сообщает Генштаб ВСУ.',
    figures: [
      {
        text: 'более 100 танков',
        metric: 'tanks',
        side: 'russia',
        value: 100,
        qualifier: 'more-than',
        claimant: 'ua-general-staff',
      },
      {
        text: 'около 200 ББМ',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 200,
        qualifier: 'about',
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2022-07-20',
    lang: 'ru',
    text: 'Министерство обороны России сообщило об уничтожении четырех РСЗО HIMARS.',
    figures: [
      { text: 'четырех РСЗО', metric: 'mlrs', side: 'ukraine', value: 4, claimant: 'ru-mod' },
    ],
  },
  {
    date: '2024-03-12',
    lang: 'ru',
    text: 'В Одесской области ВКС России уничтожили два ЗРК С-300 ВСУ.',
    figures: [{ text: 'два ЗРК', metric: 'air_defense', side: 'ukraine', value: 2 }],
  },
  {
    date: '2024-03-01',
    lang: 'ru',
    text: 'В феврале ВСУ сбили тринадцать российских самолетов, в том числе Су-34 и А-50.',
    figures: [
      {
        text: 'тринадцать российских самолетов',
        metric: 'aircraft',
        side: 'russia',
        value: 13,
        asOf: '2024-02-29',
        period: { start: '2024-02-01', end: '2024-02-29' },
      },
    ],
  },
  {
    date: '2023-10-18',
    lang: 'ru',
    text: 'Удар ATACMS по аэродромам в Бердянске и Луганске: Россия потеряла 9 вертолётов.',
    figures: [{ text: '9 вертолётов', metric: 'helicopters', side: 'russia', value: 9 }],
  },
  {
    date: '2024-09-10',
    lang: 'ru',
    text: 'Минобороны РФ: за ночь над территорией России уничтожены 144 украинских БПЛА самолетного типа.',
    figures: [
      {
        text: '144 украинских БПЛА',
        metric: 'drones',
        side: 'ukraine',
        value: 144,
        claimant: 'ru-mod',
        period: { start: '2024-09-10', end: '2024-09-10' },
      },
    ],
  },
  {
    date: '2025-03-11',
    lang: 'ru',
    text: 'Минобороны России: в ночь на 11 марта дежурными средствами ПВО перехвачены и уничтожены 337 украинских беспилотников.',
    figures: [
      {
        text: '337 украинских беспилотников',
        metric: 'drones',
        side: 'ukraine',
        value: 337,
        claimant: 'ru-mod',
        period: { start: '2025-03-11', end: '2025-03-11' },
      },
    ],
  },
  {
    date: '2023-08-30',
    lang: 'ru',
    text: 'Черноморский флот уничтожил четыре быстроходных десантных катера ВСУ.',
    figures: [
      { text: 'четыре быстроходных десантных катера', metric: 'ships', side: 'ukraine', value: 4 },
    ],
  },
  {
    date: '2024-02-14',
    lang: 'ru',
    text: 'С начала полномасштабной войны ВСУ уничтожили 25 российских кораблей и катеров.',
    figures: [
      { text: '25 российских кораблей и катеров', metric: 'ships', side: 'russia', value: 25 },
    ],
  },
  {
    date: '2023-11-10',
    lang: 'ru',
    text: 'На купянском направлении за сутки уничтожены 15 автомобилей и 4 танка ВСУ.',
    figures: [
      {
        text: '15 автомобилей',
        metric: 'vehicles',
        side: 'ukraine',
        value: 15,
        period: { start: '2023-11-10', end: '2023-11-10' },
      },
      {
        text: '4 танка',
        metric: 'tanks',
        side: 'ukraine',
        value: 4,
        period: { start: '2023-11-10', end: '2023-11-10' },
      },
    ],
  },
  {
    date: '2024-05-18',
    lang: 'ru',
    text: 'Средствами ПВО над Белгородской областью сбиты 12 ракет ATACMS.',
    note: 'Missiles shot down over Russia are Ukraine’s losses, as drones shot down are the attacker’s.',
    figures: [{ text: '12 ракет', metric: 'missiles', side: 'ukraine', value: 12 }],
  },
  {
    date: '2023-02-24',
    lang: 'ru',
    text: 'По данным Oryx, за год войны Россия потеряла не менее 1700 танков.',
    figures: [
      {
        text: 'не менее 1700 танков',
        metric: 'tanks',
        side: 'russia',
        value: 1700,
        qualifier: 'more-than',
        claimant: 'oryx',
      },
    ],
  },
  {
    date: '2023-06-09',
    lang: 'ru',
    text: 'Минобороны России: на запорожском направлении уничтожены восемь танков Leopard.',
    note: 'Losses of Leopard tanks, not a delivery of them.',
    figures: [
      { text: 'восемь танков', metric: 'tanks', side: 'ukraine', value: 8, claimant: 'ru-mod' },
    ],
  },
  {
    date: '2022-08-10',
    lang: 'ru',
    text: 'В результате взрывов на аэродроме Саки в Крыму были уничтожены девять российских самолетов.',
    figures: [
      { text: 'девять российских самолетов', metric: 'aircraft', side: 'russia', value: 9 },
    ],
  },
  {
    date: '2023-09-25',
    lang: 'ru',
    text: 'Британская разведка: с начала войны Россия потеряла около 2\u202f300 танков.',
    figures: [
      {
        text: 'около 2\u202f300 танков',
        metric: 'tanks',
        side: 'russia',
        value: 2300,
        qualifier: 'about',
        claimant: 'uk-mod',
      },
    ],
  },
];
