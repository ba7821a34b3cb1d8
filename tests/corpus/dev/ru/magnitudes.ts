import type { CorpusCase } from '../types';

/**
 * Vague magnitudes («сотни», «тысячи», «десятки тысяч», «несколько сотен») and ranges
 * («от 60 до 100», «100–200»): value null, with approx or low/high. A range's span starts at its
 * first number, as "between" is left out in English.
 */
export const RU_MAGNITUDES: CorpusCase[] = [
  {
    date: '2023-01-30',
    lang: 'ru',
    text: 'В боях за Бахмут погибли тысячи военных с обеих сторон.',
    figures: [
      {
        text: 'тысячи военных',
        metric: 'personnel_killed',
        side: 'unknown',
        value: null,
        approx: { magnitude: 1000 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2023-02-10',
    lang: 'ru',
    text: 'Под Угледаром украинские защитники уничтожили сотни оккупантов.',
    figures: [
      {
        text: 'сотни оккупантов',
        metric: 'personnel_killed',
        side: 'russia',
        value: null,
        approx: { magnitude: 100 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2022-04-02',
    lang: 'ru',
    text: 'Сотни мирных жителей погибли при бомбардировках Мариуполя.',
    figures: [
      {
        text: 'Сотни мирных жителей',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: null,
        approx: { magnitude: 100 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2023-08-20',
    lang: 'ru',
    text: 'Полтора года войны: у обеих армий уже десятки тысяч убитых.',
    figures: [
      {
        text: 'десятки тысяч убитых',
        metric: 'personnel_killed',
        side: 'unknown',
        value: null,
        approx: { magnitude: 10000 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2023-02-15',
    lang: 'ru',
    text: 'Под Угледаром были уничтожены десятки российских танков.',
    figures: [
      {
        text: 'десятки российских танков',
        metric: 'tanks',
        side: 'russia',
        value: null,
        approx: { magnitude: 10 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2024-09-17',
    lang: 'ru',
    text: 'Сотни тысяч российских военных были убиты или ранены с начала вторжения.',
    figures: [
      {
        text: 'Сотни тысяч российских военных',
        metric: 'personnel_casualties',
        side: 'russia',
        value: null,
        approx: { magnitude: 100000 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2022-05-17',
    lang: 'ru',
    text: 'Несколько сотен украинских военных с «Азовстали» сдались в плен, заявили в Минобороны России.',
    figures: [
      {
        text: 'Несколько сотен украинских военных',
        metric: 'personnel_captured',
        side: 'ukraine',
        value: null,
        approx: { magnitude: 100 },
        qualifier: 'about',
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2022-09-20',
    lang: 'ru',
    text: 'В ходе контрнаступления под Харьковом в плен попали несколько тысяч российских военных.',
    figures: [
      {
        text: 'несколько тысяч российских военных',
        metric: 'personnel_captured',
        side: 'russia',
        value: null,
        approx: { magnitude: 1000 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2022-04-10',
    lang: 'ru',
    text: 'В Буче были убиты как минимум сотни мирных жителей.',
    figures: [
      {
        text: 'как минимум сотни мирных жителей',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: null,
        approx: { magnitude: 100 },
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2022-05-22',
    lang: 'ru',
    text: 'Зеленский: на Донбассе каждый день погибают от 50 до 100 украинских военных.',
    figures: [
      {
        text: '50 до 100 украинских военных',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: null,
        low: 50,
        high: 100,
        claimant: 'ua-president',
        period: { start: '2022-05-22', end: '2022-05-22' },
      },
    ],
  },
  {
    date: '2022-06-10',
    lang: 'ru',
    text: 'Подоляк: сейчас ВСУ ежедневно теряют 100–200 военных убитыми.',
    figures: [
      {
        text: '100–200 военных',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: null,
        low: 100,
        high: 200,
        period: { start: '2022-06-10', end: '2022-06-10' },
      },
    ],
  },
  {
    date: '2023-08-19',
    lang: 'ru',
    text: 'По данным американских чиновников, Россия потеряла до 120 тысяч погибшими и 170–180 тысяч ранеными.',
    figures: [
      {
        text: 'до 120 тысяч погибшими',
        metric: 'personnel_killed',
        side: 'russia',
        value: 120000,
        qualifier: 'up-to',
      },
      {
        text: '170–180 тысяч ранеными',
        metric: 'personnel_wounded',
        side: 'russia',
        value: null,
        low: 170000,
        high: 180000,
      },
    ],
  },
  {
    date: '2022-03-23',
    lang: 'ru',
    text: 'В НАТО считают, что за месяц войны Россия потеряла от 30 до 40 тысяч военных убитыми, ранеными и пленными.',
    figures: [
      {
        text: '30 до 40 тысяч военных',
        metric: 'personnel_casualties',
        side: 'russia',
        value: null,
        low: 30000,
        high: 40000,
      },
    ],
  },
  {
    date: '2023-04-12',
    lang: 'ru',
    text: 'Согласно утекшим документам Пентагона, потери России составляют от 189 до 223 тысяч убитыми и ранеными.',
    figures: [
      {
        text: '189 до 223 тысяч убитыми и ранеными',
        metric: 'personnel_casualties',
        side: 'russia',
        value: null,
        low: 189000,
        high: 223000,
      },
    ],
  },
  {
    date: '2024-10-25',
    lang: 'ru',
    text: 'По оценкам экспертов, потери ВСУ в Курской области составили 15–20 тыс. военнослужащих.',
    figures: [
      {
        text: '15–20 тыс. военнослужащих',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: null,
        low: 15000,
        high: 20000,
      },
    ],
  },
  {
    date: '2024-03-16',
    lang: 'ru',
    text: 'Над Белгородской областью за сутки сбиты десятки украинских беспилотников.',
    figures: [
      {
        text: 'десятки украинских беспилотников',
        metric: 'drones',
        side: 'ukraine',
        value: null,
        approx: { magnitude: 10 },
        qualifier: 'about',
        period: { start: '2024-03-16', end: '2024-03-16' },
      },
    ],
  },
];
