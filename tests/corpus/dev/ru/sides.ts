import type { CorpusCase } from '../types';

/**
 * Whose losses: side words, the attacker (who is not the loser), and «противник», which is
 * Ukraine in the Russian MoD's reports and Russia in the Ukrainian General Staff's.
 */
export const RU_SIDES: CorpusCase[] = [
  {
    date: '2023-06-12',
    lang: 'ru',
    text: 'ВСУ уничтожили 12 российских танков.',
    figures: [{ text: '12 российских танков', metric: 'tanks', side: 'russia', value: 12 }],
  },
  {
    date: '2023-06-12',
    lang: 'ru',
    text: 'На запорожском направлении уничтожено 12 танков ВСУ.',
    figures: [{ text: '12 танков', metric: 'tanks', side: 'ukraine', value: 12 }],
  },
  {
    date: '2023-06-12',
    lang: 'ru',
    text: 'ВСУ потеряли 12 танков в первые дни контрнаступления.',
    figures: [{ text: '12 танков', metric: 'tanks', side: 'ukraine', value: 12 }],
  },
  {
    date: '2023-03-07',
    lang: 'ru',
    text: 'Под Бахмутом оккупанты потеряли за сутки 300 человек.',
    figures: [
      {
        text: '300 человек',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 300,
        period: { start: '2023-03-07', end: '2023-03-07' },
      },
    ],
  },
  {
    date: '2024-02-12',
    lang: 'ru',
    text: 'Конашенков: на авдеевском направлении противник потерял до 170 военнослужащих.',
    note: 'In the Russian MoD’s report «противник» is Ukraine.',
    figures: [
      {
        text: 'до 170 военнослужащих',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 170,
        qualifier: 'up-to',
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2024-02-12',
    lang: 'ru',
    text: 'Генштаб ВСУ: за прошедшие сутки противник потерял 1200 военных.',
    note: 'In the Ukrainian General Staff’s report «противник» is Russia.',
    figures: [
      {
        text: '1200 военных',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1200,
        claimant: 'ua-general-staff',
        period: { start: '2024-02-12', end: '2024-02-12' },
      },
    ],
  },
  {
    date: '2022-10-03',
    lang: 'ru',
    text: 'При отступлении из Лимана россияне бросили и потеряли 36 танков.',
    figures: [{ text: '36 танков', metric: 'tanks', side: 'russia', value: 36 }],
  },
  {
    date: '2022-03-10',
    lang: 'ru',
    text: 'Российские военные сбили 5 украинских вертолетов.',
    figures: [
      { text: '5 украинских вертолетов', metric: 'helicopters', side: 'ukraine', value: 5 },
    ],
  },
  {
    date: '2022-03-10',
    lang: 'ru',
    text: 'Украинские военные сбили 5 вертолетов под Киевом.',
    note: 'The attacker is Ukraine, so the helicopters lost are Russian.',
    figures: [{ text: '5 вертолетов', metric: 'helicopters', side: 'russia', value: 5 }],
  },
  {
    date: '2023-09-14',
    lang: 'ru',
    text: 'Под Клещеевкой рашисты потеряли за день 400 человек и 14 единиц бронетехники.',
    figures: [
      {
        text: '400 человек',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 400,
        period: { start: '2023-09-14', end: '2023-09-14' },
      },
      {
        text: '14 единиц бронетехники',
        metric: 'tanks_and_armored_vehicles',
        side: 'russia',
        value: 14,
        period: { start: '2023-09-14', end: '2023-09-14' },
      },
    ],
  },
  {
    date: '2024-08-16',
    lang: 'ru',
    text: 'В Курской области за время вторжения ВСУ погибли 12 мирных жителей.',
    note: 'Civilians take the side of the country they were killed in.',
    figures: [{ text: '12 мирных жителей', metric: 'civilians_killed', side: 'russia', value: 12 }],
  },
  {
    date: '2023-01-16',
    lang: 'ru',
    text: 'Российский удар по многоэтажке в Днепре унес жизни 46 мирных жителей.',
    figures: [
      { text: '46 мирных жителей', metric: 'civilians_killed', side: 'ukraine', value: 46 },
    ],
  },
  {
    date: '2023-03-01',
    lang: 'ru',
    text: 'В боях за Соледар обе стороны потеряли около 500 военных.',
    figures: [
      {
        text: 'около 500 военных',
        metric: 'personnel_casualties',
        side: 'unknown',
        value: 500,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2022-06-17',
    lang: 'ru',
    text: 'Высокоточным оружием уничтожены до 60 иностранных наемников, воевавших на стороне ВСУ.',
    figures: [
      {
        text: 'до 60 иностранных наемников',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 60,
        qualifier: 'up-to',
      },
    ],
  },
  {
    date: '2022-04-14',
    lang: 'ru',
    text: 'Крейсер «Москва» затонул; по данным украинской стороны, на борту находились 510 моряков.',
    note: 'A crew count, not a loss figure.',
    figures: [],
  },
  {
    date: '2024-01-24',
    lang: 'ru',
    text: 'Минобороны России: украинские войска потеряли за сутки 11 танков и 3 установки РСЗО.',
    figures: [
      {
        text: '11 танков',
        metric: 'tanks',
        side: 'ukraine',
        value: 11,
        claimant: 'ru-mod',
        period: { start: '2024-01-24', end: '2024-01-24' },
      },
      {
        text: '3 установки РСЗО',
        metric: 'mlrs',
        side: 'ukraine',
        value: 3,
        claimant: 'ru-mod',
        period: { start: '2024-01-24', end: '2024-01-24' },
      },
    ],
  },
];
