import type { CorpusCase } from '../types';

const ruMod = { side: 'ukraine', claimant: 'ru-mod' } as const;

/**
 * The Russian MoD's summary («Всего с начала проведения специальной военной операции
 * уничтожены: …», each item a figure, «танков и других боевых бронированных машин» one figure)
 * and its daily items.
 */
export const RU_MINISTRIES: CorpusCase[] = [
  {
    date: '2022-04-18',
    lang: 'ru',
    text: 'Официальный представитель Минобороны России генерал-майор Игорь Конашенков: всего с начала проведения специальной военной операции уничтожены: 142 самолета, 110 вертолетов, 2337 танков и других боевых бронированных машин, 254 установки РСЗО, 986 орудий полевой артиллерии и минометов, 2112 единиц специальной военной автомобильной техники.',
    figures: [
      { ...ruMod, text: '142 самолета', metric: 'aircraft', value: 142 },
      { ...ruMod, text: '110 вертолетов', metric: 'helicopters', value: 110 },
      {
        ...ruMod,
        text: '2337 танков и других боевых бронированных машин',
        metric: 'tanks_and_armored_vehicles',
        value: 2337,
      },
      { ...ruMod, text: '254 установки РСЗО', metric: 'mlrs', value: 254 },
      {
        ...ruMod,
        text: '986 орудий полевой артиллерии и минометов',
        metric: 'artillery',
        value: 986,
      },
      {
        ...ruMod,
        text: '2112 единиц специальной военной автомобильной техники',
        metric: 'vehicles',
        value: 2112,
      },
    ],
  },
  {
    date: '2024-03-04',
    lang: 'ru',
    text: 'Всего с начала проведения специальной военной операции уничтожены: 586 самолетов, 268 вертолетов, 13\u00a0018 беспилотных летательных аппаратов, 511 зенитных ракетных комплексов, 15\u00a0918 танков и других боевых бронированных машин, 1\u00a0276 боевых машин реактивных систем залпового огня, 8\u00a0389 орудий полевой артиллерии и минометов, 18\u00a0999 единиц специальной военной автомобильной техники.',
    note: 'The ministry is not named in the passage: no claimant.',
    figures: [
      { text: '586 самолетов', metric: 'aircraft', side: 'ukraine', value: 586 },
      { text: '268 вертолетов', metric: 'helicopters', side: 'ukraine', value: 268 },
      {
        text: '13\u00a0018 беспилотных летательных аппаратов',
        metric: 'drones',
        side: 'ukraine',
        value: 13018,
      },
      {
        text: '511 зенитных ракетных комплексов',
        metric: 'air_defense',
        side: 'ukraine',
        value: 511,
      },
      {
        text: '15\u00a0918 танков и других боевых бронированных машин',
        metric: 'tanks_and_armored_vehicles',
        side: 'ukraine',
        value: 15918,
      },
      {
        text: '1\u00a0276 боевых машин реактивных систем залпового огня',
        metric: 'mlrs',
        side: 'ukraine',
        value: 1276,
      },
      {
        text: '8\u00a0389 орудий полевой артиллерии и минометов',
        metric: 'artillery',
        side: 'ukraine',
        value: 8389,
      },
      {
        text: '18\u00a0999 единиц специальной военной автомобильной техники',
        metric: 'vehicles',
        side: 'ukraine',
        value: 18999,
      },
    ],
  },
  {
    date: '2022-05-30',
    lang: 'ru',
    text: 'Минобороны России: за сутки уничтожены до 240 националистов, 12 танков и других бронированных машин, 7 орудий полевой артиллерии и минометов, а также 15 единиц специальной военной автомобильной техники.',
    note: '«националистов» is the ministry’s word for Ukrainian servicemen.',
    figures: [
      {
        ...ruMod,
        text: 'до 240 националистов',
        metric: 'personnel_killed',
        value: 240,
        qualifier: 'up-to',
        period: { start: '2022-05-30', end: '2022-05-30' },
      },
      {
        ...ruMod,
        text: '12 танков и других бронированных машин',
        metric: 'tanks_and_armored_vehicles',
        value: 12,
        period: { start: '2022-05-30', end: '2022-05-30' },
      },
      {
        ...ruMod,
        text: '7 орудий полевой артиллерии и минометов',
        metric: 'artillery',
        value: 7,
        period: { start: '2022-05-30', end: '2022-05-30' },
      },
      {
        ...ruMod,
        text: '15 единиц специальной военной автомобильной техники',
        metric: 'vehicles',
        value: 15,
        period: { start: '2022-05-30', end: '2022-05-30' },
      },
    ],
  },
  {
    date: '2024-06-20',
    lang: 'ru',
    text: 'Министерство обороны РФ: за сутки потери ВСУ на харьковском направлении составили до 280 военнослужащих, два танка, три боевые бронированные машины, пять автомобилей и две гаубицы «Мста-Б».',
    figures: [
      {
        ...ruMod,
        text: 'до 280 военнослужащих',
        metric: 'personnel_casualties',
        value: 280,
        qualifier: 'up-to',
        period: { start: '2024-06-20', end: '2024-06-20' },
      },
      {
        ...ruMod,
        text: 'два танка',
        metric: 'tanks',
        value: 2,
        period: { start: '2024-06-20', end: '2024-06-20' },
      },
      {
        ...ruMod,
        text: 'три боевые бронированные машины',
        metric: 'armored_vehicles',
        value: 3,
        period: { start: '2024-06-20', end: '2024-06-20' },
      },
      {
        ...ruMod,
        text: 'пять автомобилей',
        metric: 'vehicles',
        value: 5,
        period: { start: '2024-06-20', end: '2024-06-20' },
      },
      {
        ...ruMod,
        text: 'две гаубицы',
        metric: 'artillery',
        value: 2,
        period: { start: '2024-06-20', end: '2024-06-20' },
      },
    ],
  },
  {
    date: '2023-03-27',
    lang: 'ru',
    text: 'По данным Минобороны России, всего с начала спецоперации уничтожены 401 самолет, 220 вертолетов и 3\u202f401 беспилотный летательный аппарат.',
    figures: [
      { ...ruMod, text: '401 самолет', metric: 'aircraft', value: 401 },
      { ...ruMod, text: '220 вертолетов', metric: 'helicopters', value: 220 },
      {
        ...ruMod,
        text: '3\u202f401 беспилотный летательный аппарат',
        metric: 'drones',
        value: 3401,
      },
    ],
  },
];
