import type { CorpusCase } from '../types';

/** Metrics of people: killed, wounded, captured, missing, personnel; civilians and children. */
export const UK_PERSONNEL: CorpusCase[] = [
  {
    date: '2022-09-21',
    lang: 'uk',
    text: 'Шойгу визнав, що в Україні загинули 5937 російських військовослужбовців.',
    figures: [
      {
        text: '5937 російських військовослужбовців',
        metric: 'personnel_killed',
        side: 'russia',
        value: 5937,
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2024-02-25',
    lang: 'uk',
    text: 'Зеленський уперше назвав кількість загиблих: за два роки війни загинула 31 тисяча українських військових.',
    figures: [
      {
        text: '31 тисяча українських військових',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 31000,
        claimant: 'ua-president',
      },
    ],
  },
  {
    date: '2023-05-03',
    lang: 'uk',
    text: 'На Бахмутському напрямку ліквідовано 110 окупантів, ще 160 поранено.',
    figures: [
      { text: '110 окупантів', metric: 'personnel_killed', side: 'russia', value: 110 },
      { text: '160', metric: 'personnel_wounded', side: 'russia', value: 160 },
    ],
  },
  {
    date: '2022-10-14',
    lang: 'uk',
    text: 'У районі Бахмута за день вбито 14 окупантів і поранено 37 військових противника.',
    figures: [
      {
        text: '14 окупантів',
        metric: 'personnel_killed',
        side: 'russia',
        value: 14,
        period: { start: '2022-10-14', end: '2022-10-14' },
      },
      {
        text: '37 військових',
        metric: 'personnel_wounded',
        side: 'russia',
        value: 37,
        period: { start: '2022-10-14', end: '2022-10-14' },
      },
    ],
  },
  {
    date: '2023-09-13',
    lang: 'uk',
    text: 'Бійці 47-ї бригади взяли в полон 27 окупантів під час штурму позицій біля Роботиного.',
    figures: [{ text: '27 окупантів', metric: 'personnel_captured', side: 'russia', value: 27 }],
  },
  {
    date: '2024-12-25',
    lang: 'uk',
    text: 'Наразі в Україні перебувають понад 1\u00a0500 полонених російських військових.',
    figures: [
      {
        text: 'понад 1\u00a0500 полонених російських військових',
        metric: 'personnel_captured',
        side: 'russia',
        value: 1500,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2024-09-30',
    lang: 'uk',
    text: 'Зниклими безвісти в Україні вважаються понад 35 тисяч військовослужбовців ЗСУ, повідомив уповноважений.',
    figures: [
      {
        text: 'понад 35 тисяч військовослужбовців',
        metric: 'personnel_missing',
        side: 'ukraine',
        value: 35000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2022-04-12',
    lang: 'uk',
    text: 'Генштаб: з початку вторгнення ЗСУ ліквідували 19\u00a0800 осіб особового складу противника.',
    figures: [
      {
        text: '19\u00a0800 осіб особового складу',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 19800,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2023-07-04',
    lang: 'uk',
    text: 'Втрати окупантів за добу склали 690 осіб, повідомили в Міноборони України.',
    figures: [
      {
        text: '690 осіб',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 690,
        claimant: 'ua-general-staff',
        period: { start: '2023-07-04', end: '2023-07-04' },
      },
    ],
  },
  {
    date: '2023-01-15',
    lang: 'uk',
    text: 'Кількість загиблих унаслідок ракетного удару по багатоповерхівці в Дніпрі зросла до 30.',
    note: '«зросла до» is no hedge: the toll rose to 30.',
    figures: [{ text: '30', metric: 'civilians_killed', side: 'ukraine', value: 30 }],
  },
  {
    date: '2022-04-08',
    lang: 'uk',
    text: 'Внаслідок ракетного удару по вокзалу в Краматорську загинули 50 людей, зокрема 5 дітей, поранено 98 мирних мешканців.',
    figures: [
      { text: '50 людей', metric: 'civilians_killed', side: 'ukraine', value: 50 },
      { text: '5 дітей', metric: 'children_killed', side: 'ukraine', value: 5 },
      { text: '98 мирних мешканців', metric: 'civilians_injured', side: 'ukraine', value: 98 },
    ],
  },
  {
    date: '2024-06-01',
    lang: 'uk',
    text: 'За даними ювенальних прокурорів, унаслідок збройної агресії рф в Україні загинули 545 дітей.',
    note: 'The juvenile prosecutors are no claimant of the conventions’ list, so none.',
    figures: [{ text: '545 дітей', metric: 'children_killed', side: 'ukraine', value: 545 }],
  },
  {
    date: '2023-03-18',
    lang: 'uk',
    text: 'Протягом доби на Херсонщині через обстріли загинули 2 цивільних, ще 9 людей отримали поранення, повідомила ОВА.',
    figures: [
      {
        text: '2 цивільних',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 2,
        period: { start: '2023-03-18', end: '2023-03-18' },
      },
      {
        text: '9 людей',
        metric: 'civilians_injured',
        side: 'ukraine',
        value: 9,
        period: { start: '2023-03-18', end: '2023-03-18' },
      },
    ],
  },
  {
    date: '2025-04-14',
    lang: 'uk',
    text: 'Кількість загиблих унаслідок удару балістичними ракетами по Сумах зросла до 35 осіб, серед них двоє дітей.',
    figures: [
      { text: '35 осіб', metric: 'civilians_killed', side: 'ukraine', value: 35 },
      { text: 'двоє дітей', metric: 'children_killed', side: 'ukraine', value: 2 },
    ],
  },
  {
    date: '2025-03-20',
    lang: 'uk',
    text: 'Медіазона встановила імена 95\u00a0017 російських військових, убитих у війні проти України.',
    figures: [
      {
        text: '95\u00a0017 російських військових',
        metric: 'personnel_killed',
        side: 'russia',
        value: 95017,
        claimant: 'mediazona-meduza',
      },
    ],
  },
  {
    date: '2022-03-10',
    lang: 'uk',
    text: 'Під Миколаєвом у полон потрапили 11 російських десантників, ще чотирьох загарбників знищено.',
    figures: [
      {
        text: '11 російських десантників',
        metric: 'personnel_captured',
        side: 'russia',
        value: 11,
      },
      { text: 'чотирьох загарбників', metric: 'personnel_killed', side: 'russia', value: 4 },
    ],
  },
];
