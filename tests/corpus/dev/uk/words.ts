import type { CorpusCase } from '../types';

/** Numbers in words, in their cases and genders, and collective numerals («п’ятеро», «шістьох»). */
export const UK_WORDS: CorpusCase[] = [
  {
    date: '2023-11-04',
    lang: 'uk',
    text: 'Росіяни вдарили ракетою по навчальному полігону на Запоріжжі, убивши шістьох військових ЗСУ.',
    figures: [
      {
        text: 'шістьох військових',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 6,
      },
    ],
  },
  {
    date: '2023-07-15',
    lang: 'uk',
    text: 'Унаслідок обстрілу Херсона загинули п’ятеро цивільних, ще двох мирних жителів поранено.',
    figures: [
      { text: 'п’ятеро цивільних', metric: 'civilians_killed', side: 'ukraine', value: 5 },
      { text: 'двох мирних жителів', metric: 'civilians_injured', side: 'ukraine', value: 2 },
    ],
  },
  {
    date: '2022-03-09',
    lang: 'uk',
    text: "Десантники розгромили колону окупантів, знищивши три танки, п'ять ББМ та одну РСЗВ «Град».",
    figures: [
      { text: 'три танки', metric: 'tanks', side: 'russia', value: 3 },
      { text: "п'ять ББМ", metric: 'armored_vehicles', side: 'russia', value: 5 },
      { text: 'одну РСЗВ', metric: 'mlrs', side: 'russia', value: 1 },
    ],
  },
  {
    date: '2022-03-21',
    lang: 'uk',
    text: 'Біля Макарова артилеристи влучили по колоні з трьох танків і чотирьох бронемашин противника — усю техніку знищено.',
    figures: [
      { text: 'трьох танків', metric: 'tanks', side: 'russia', value: 3 },
      { text: 'чотирьох бронемашин', metric: 'armored_vehicles', side: 'russia', value: 4 },
    ],
  },
  {
    date: '2023-04-28',
    lang: 'uk',
    text: 'В Умані внаслідок ракетного удару по житловому будинку загинули одинадцять людей, серед них троє дітей.',
    figures: [
      { text: 'одинадцять людей', metric: 'civilians_killed', side: 'ukraine', value: 11 },
      { text: 'троє дітей', metric: 'children_killed', side: 'ukraine', value: 3 },
    ],
  },
  {
    date: '2023-01-20',
    lang: 'uk',
    text: 'За словами Зеленського, у боях за Соледар і Бахмут ліквідовано двадцять тисяч загарбників.',
    figures: [
      {
        text: 'двадцять тисяч загарбників',
        metric: 'personnel_killed',
        side: 'russia',
        value: 20000,
        claimant: 'ua-president',
      },
    ],
  },
  {
    date: '2024-05-08',
    lang: 'uk',
    text: 'Цієї ночі українські сили ППО знищили тридцять п’ять ворожих ударних безпілотників типу «Шахед».',
    figures: [
      {
        text: 'тридцять п’ять ворожих ударних безпілотників',
        metric: 'drones',
        side: 'russia',
        value: 35,
        period: { start: '2024-05-08', end: '2024-05-08' },
      },
    ],
  },
  {
    date: '2024-02-17',
    lang: 'uk',
    text: 'Повітряні сили збили два російські винищувачі Су-34 на південному напрямку.',
    figures: [{ text: 'два російські винищувачі', metric: 'aircraft', side: 'russia', value: 2 }],
  },
  {
    date: '2022-05-12',
    lang: 'uk',
    text: 'Біля острова Зміїний ЗСУ знищили ще один ворожий корабель забезпечення.',
    figures: [{ text: 'один ворожий корабель', metric: 'ships', side: 'russia', value: 1 }],
  },
  {
    date: '2023-08-19',
    lang: 'uk',
    text: 'Внаслідок ракетного удару по центру Чернігова загинули семеро людей, серед них шестирічна дівчинка.',
    figures: [{ text: 'семеро людей', metric: 'civilians_killed', side: 'ukraine', value: 7 }],
  },
  {
    date: '2022-07-29',
    lang: 'uk',
    text: 'Командир повідомив, що підрозділ узяв у полон сорок двох окупантів.',
    figures: [
      {
        text: 'сорок двох окупантів',
        metric: 'personnel_captured',
        side: 'russia',
        value: 42,
      },
    ],
  },
  {
    date: '2024-10-03',
    lang: 'uk',
    text: 'Під час штурму позицій під Покровськом противник втратив сотні окупантів і десятки одиниць бронетехніки.',
    figures: [
      {
        text: 'сотні окупантів',
        metric: 'personnel_casualties',
        side: 'russia',
        value: null,
        approx: { magnitude: 100 },
        qualifier: 'about',
      },
      {
        text: 'десятки одиниць бронетехніки',
        metric: 'tanks_and_armored_vehicles',
        side: 'russia',
        value: null,
        approx: { magnitude: 10 },
        qualifier: 'about',
      },
    ],
    note: '«бронетехніка» (armour of any kind: tanks and other armoured vehicles) is the combined metric.',
  },
  {
    date: '2023-10-25',
    lang: 'uk',
    text: 'Під Авдіївкою загинули десятки тисяч росіян, заявив Зеленський.',
    figures: [
      {
        text: 'десятки тисяч росіян',
        metric: 'personnel_killed',
        side: 'russia',
        value: null,
        approx: { magnitude: 10000 },
        qualifier: 'about',
        claimant: 'ua-president',
      },
    ],
  },
  {
    date: '2022-06-10',
    lang: 'uk',
    text: 'У боях за Сєвєродонецьк з обох сторін загинули тисячі військових.',
    figures: [
      {
        text: 'тисячі військових',
        metric: 'personnel_killed',
        side: 'unknown',
        value: null,
        approx: { magnitude: 1000 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2023-02-01',
    lang: 'uk',
    text: 'За день наші бійці знищили десятки рашистів на Бахмутському напрямку.',
    figures: [
      {
        text: 'десятки рашистів',
        metric: 'personnel_killed',
        side: 'russia',
        value: null,
        approx: { magnitude: 10 },
        qualifier: 'about',
        period: { start: '2023-02-01', end: '2023-02-01' },
      },
    ],
  },
  {
    date: '2024-06-14',
    lang: 'uk',
    text: 'За минулу добу лише на одній ділянці фронту ворог втратив від 100 до 150 окупантів.',
    figures: [
      {
        text: '100 до 150 окупантів',
        metric: 'personnel_casualties',
        side: 'russia',
        value: null,
        low: 100,
        high: 150,
        period: { start: '2024-06-14', end: '2024-06-14' },
      },
    ],
  },
  {
    date: '2024-09-09',
    lang: 'uk',
    text: 'Командир бригади каже, що за минулу добу на їхній ділянці загинули 100–150 російських штурмовиків.',
    figures: [
      {
        text: '100–150 російських штурмовиків',
        metric: 'personnel_killed',
        side: 'russia',
        value: null,
        low: 100,
        high: 150,
        period: { start: '2024-09-09', end: '2024-09-09' },
      },
    ],
  },
];
