import type { CorpusCase } from '../types';

/** Dates («на 18 апреля 2022 года», «по состоянию на»), periods («за сутки», «в мае») and claimants. */
export const RU_DATES: CorpusCase[] = [
  {
    date: '2022-04-19',
    lang: 'ru',
    text: 'На 18 апреля 2022 года потери России составили 790 танков, сообщает Генштаб ВСУ.',
    figures: [
      {
        text: '790 танков',
        metric: 'tanks',
        side: 'russia',
        value: 790,
        claimant: 'ua-general-staff',
        asOf: '2022-04-18',
      },
    ],
  },
  {
    date: '2024-01-02',
    lang: 'ru',
    text: 'По состоянию на 1 января Россия потеряла 5945 танков и 11\u00a0022 ББМ, сообщает Минобороны Украины.',
    figures: [
      {
        text: '5945 танков',
        metric: 'tanks',
        side: 'russia',
        value: 5945,
        claimant: 'ua-general-staff',
        asOf: '2024-01-01',
      },
      {
        text: '11\u00a0022 ББМ',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 11022,
        claimant: 'ua-general-staff',
        asOf: '2024-01-01',
      },
    ],
  },
  {
    date: '2023-05-16',
    lang: 'ru',
    text: 'За прошедшие сутки средствами ПВО сбиты 48 беспилотных летательных аппаратов, сообщил Конашенков.',
    figures: [
      {
        text: '48 беспилотных летательных аппаратов',
        metric: 'drones',
        side: 'ukraine',
        value: 48,
        claimant: 'ru-mod',
        period: { start: '2023-05-16', end: '2023-05-16' },
      },
    ],
  },
  {
    date: '2022-04-19',
    lang: 'ru',
    text: 'Вчера российские войска потеряли 200 человек личного состава, сообщили в украинском командовании.',
    figures: [
      {
        text: '200 человек личного состава',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 200,
        asOf: '2022-04-18',
        period: { start: '2022-04-18', end: '2022-04-18' },
      },
    ],
  },
  {
    date: '2023-07-26',
    lang: 'ru',
    text: 'В понедельник под Бахмутом украинские военные уничтожили 8 российских танков.',
    figures: [
      {
        text: '8 российских танков',
        metric: 'tanks',
        side: 'russia',
        value: 8,
        asOf: '2023-07-24',
        period: { start: '2023-07-24', end: '2023-07-24' },
      },
    ],
  },
  {
    date: '2023-06-10',
    lang: 'ru',
    text: 'В мае российская армия потеряла в Украине 9 тысяч военных, подсчитала «Медиазона».',
    figures: [
      {
        text: '9 тысяч военных',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 9000,
        claimant: 'mediazona-meduza',
        asOf: '2023-05-31',
        period: { start: '2023-05-01', end: '2023-05-31' },
      },
    ],
  },
  {
    date: '2024-01-01',
    lang: 'ru',
    text: 'По данным Генштаба ВСУ, за 2023 год потери российской армии составили 253\u00a0290 человек.',
    figures: [
      {
        text: '253\u00a0290 человек',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 253290,
        claimant: 'ua-general-staff',
        asOf: '2023-12-31',
        period: { start: '2023-01-01', end: '2023-12-31' },
      },
    ],
  },
  {
    date: '2024-02-24',
    lang: 'ru',
    text: '«Медиазона» и «Медуза»: к концу 2023 года в Украине погибли около 75 тысяч российских военных.',
    figures: [
      {
        text: 'около 75 тысяч российских военных',
        metric: 'personnel_killed',
        side: 'russia',
        value: 75000,
        qualifier: 'about',
        claimant: 'mediazona-meduza',
        asOf: '2023-12-31',
      },
    ],
  },
  {
    date: '2023-09-27',
    lang: 'ru',
    text: 'Мониторинговая миссия ООН по правам человека подтвердила гибель 9\u00a0701 мирного жителя Украины по состоянию на 24 сентября.',
    note: 'The Russian name of the UN monitoring mission (the doc lists its Ukrainian name) → ohchr.',
    figures: [
      {
        text: '9\u00a0701 мирного жителя',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 9701,
        claimant: 'ohchr',
        asOf: '2023-09-24',
      },
    ],
  },
  {
    date: '2023-10-27',
    lang: 'ru',
    text: 'Британская разведка: за последнюю неделю российская армия потеряла под Авдеевкой около 200 единиц бронетехники.',
    figures: [
      {
        text: 'около 200 единиц бронетехники',
        metric: 'tanks_and_armored_vehicles',
        side: 'russia',
        value: 200,
        qualifier: 'about',
        claimant: 'uk-mod',
        period: { start: '2023-10-21', end: '2023-10-27' },
      },
    ],
  },
  {
    date: '2022-10-15',
    lang: 'ru',
    text: 'По данным на 10:00 15 октября, ВСУ потеряли на херсонском направлении 47 танков, сообщил Конашенков.',
    figures: [
      { text: '47 танков', metric: 'tanks', side: 'ukraine', value: 47, claimant: 'ru-mod' },
    ],
  },
  {
    date: '2024-03-18',
    lang: 'ru',
    text: 'ТАСС: за неделю ВСУ потеряли в зоне СВО более 6\u00a0000 военнослужащих.',
    note: 'TASS reports; it is not a claimant of the registry.',
    figures: [
      {
        text: 'более 6\u00a0000 военнослужащих',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 6000,
        qualifier: 'more-than',
        period: { start: '2024-03-12', end: '2024-03-18' },
      },
    ],
  },
  {
    date: '2025-01-05',
    lang: 'ru',
    text: 'Сырский: с 6 августа потери российской армии в Курской области составили 38\u00a0000 человек.',
    figures: [
      {
        text: '38\u00a0000 человек',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 38000,
        period: { start: '2024-08-06', end: '2025-01-05' },
      },
    ],
  },
  {
    date: '2022-03-02',
    lang: 'ru',
    text: 'Министерство обороны России впервые назвало потери: погибли 498 российских военнослужащих, 1597 ранены.',
    figures: [
      {
        text: '498 российских военнослужащих',
        metric: 'personnel_killed',
        side: 'russia',
        value: 498,
        claimant: 'ru-mod',
      },
      {
        text: '1597',
        metric: 'personnel_wounded',
        side: 'russia',
        value: 1597,
        claimant: 'ru-mod',
      },
    ],
  },
];
