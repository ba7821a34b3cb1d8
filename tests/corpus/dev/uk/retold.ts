import type { CorpusCase } from '../types';

/**
 * Constructions of real Ukrainian reporting that the first real batch (uk-01) showed the detector
 * missing or misreading, written anew for the rules they test: the General Staff's list retold
 * without dashes, sub-counts of a toll, soldiers known only from the sentences before, breakdowns
 * in brackets, tolls brought to a new count, and what is no count at all.
 */
export const UK_RETOLD: CorpusCase[] = [
  {
    date: '2025-06-10',
    lang: 'uk',
    text: 'За даними Генштабу, армія РФ втратила в техніці:\n\n10 870 танків (+3 за добу)\n\n22 640 бойових броньованих машин (+5)\n\n7 літаків\n\n60 110 безпілотників оперативно-тактичного рівня (+140)\n\n3 500 одиниць спеціалізованої техніки',
    figures: [
      {
        text: '10 870 танків',
        metric: 'tanks',
        side: 'russia',
        value: 10870,
        claimant: 'ua-general-staff',
      },
      {
        text: '+3',
        metric: 'tanks',
        side: 'russia',
        value: 3,
        claimant: 'ua-general-staff',
        period: { start: '2025-06-10', end: '2025-06-10' },
      },
      {
        text: '22 640 бойових броньованих машин',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 22640,
        claimant: 'ua-general-staff',
      },
      {
        text: '+5',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 5,
        claimant: 'ua-general-staff',
        period: { start: '2025-06-10', end: '2025-06-10' },
      },
      {
        text: '7 літаків',
        metric: 'aircraft',
        side: 'russia',
        value: 7,
        claimant: 'ua-general-staff',
      },
      {
        text: '60 110 безпілотників',
        metric: 'drones',
        side: 'russia',
        value: 60110,
        claimant: 'ua-general-staff',
      },
      {
        text: '+140',
        metric: 'drones',
        side: 'russia',
        value: 140,
        claimant: 'ua-general-staff',
        period: { start: '2025-06-10', end: '2025-06-10' },
      },
      {
        text: '3 500 одиниць спеціалізованої техніки',
        metric: 'special_equipment',
        side: 'russia',
        value: 3500,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2025-03-01',
    lang: 'uk',
    text: 'За зиму окупанти зазнали великих втрат.\n\nРосія втратила:\n\n250 танків\n\nдва гелікоптери\n\nпо одному кораблю та підводному човну\n\n9 300 одиниць автомобільної техніки',
    figures: [
      { text: '250 танків', metric: 'tanks', side: 'russia', value: 250 },
      { text: 'два гелікоптери', metric: 'helicopters', side: 'russia', value: 2 },
      { text: 'одному кораблю', metric: 'ships', side: 'russia', value: 1 },
      { text: 'підводному човну', metric: 'submarines', side: 'russia', value: 1 },
      {
        text: '9 300 одиниць автомобільної техніки',
        metric: 'vehicles',
        side: 'russia',
        value: 9300,
      },
    ],
  },
  {
    date: '2025-09-14',
    lang: 'uk',
    text: 'Унаслідок нічної атаки на Одесу загинули 9 людей, троє з них – діти. Ще 30 людей постраждали, серед них шестеро дітей.',
    figures: [
      { text: '9 людей', metric: 'civilians_killed', side: 'ukraine', value: 9 },
      { text: 'троє', metric: 'children_killed', side: 'ukraine', value: 3 },
      { text: '30 людей', metric: 'civilians_injured', side: 'ukraine', value: 30 },
      { text: 'шестеро дітей', metric: 'civilians_injured', side: 'ukraine', value: 6 },
    ],
  },
  {
    date: '2025-09-14',
    lang: 'uk',
    text: 'Після ракетного удару по Дніпру загинули 12 осіб. В тому числі 2 дитини. Також серед потерпілих – 8 дітей.',
    figures: [
      { text: '12 осіб', metric: 'civilians_killed', side: 'ukraine', value: 12 },
      { text: '2 дитини', metric: 'children_killed', side: 'ukraine', value: 2 },
      { text: '8 дітей', metric: 'civilians_injured', side: 'ukraine', value: 8 },
    ],
  },
  {
    date: '2025-05-20',
    lang: 'uk',
    text: 'Кремль не оприлюднює своїх втрат у війні. Востаннє там називали 6000 загиблих.',
    note: 'the people of a sentence that names no one are those of the sentence before (§3)',
    figures: [{ text: '6000 загиблих', metric: 'personnel_killed', side: 'russia', value: 6000 }],
  },
  {
    date: '2025-05-20',
    lang: 'uk',
    text: 'За пів року окупанти втратили вбитими та важкопораненими понад 200 тис. своїх військових.',
    figures: [
      {
        text: 'понад 200 тис. своїх військових',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 200000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2025-04-02',
    lang: 'uk',
    text: 'Загалом було знищено понад 40 000 окупантів. Серед них убиті та поранені.',
    note: 'a sentence saying the count holds both the killed and the wounded makes it casualties',
    figures: [
      {
        text: 'понад 40 000 окупантів',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 40000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2025-02-11',
    lang: 'uk',
    text: 'Журналісти встановили імена 90 100 російських військових, які загинули на війні. Найбільше загиблих з Бурятії (3 120) і Тиви (2 870).',
    figures: [
      {
        text: '90 100 російських військових',
        metric: 'personnel_killed',
        side: 'russia',
        value: 90100,
      },
      { text: '3 120', metric: 'personnel_killed', side: 'russia', value: 3120 },
      { text: '2 870', metric: 'personnel_killed', side: 'russia', value: 2870 },
    ],
  },
  {
    date: '2026-01-05',
    lang: 'uk',
    text: 'Сили оборони знищили або вивели з ладу 6 танків, довівши їхню загальну кількість до 11 500 одиниць. Втрати бойових броньованих машин зросли на 2 і склали 23 800 одиниць.',
    figures: [
      { text: '6 танків', metric: 'tanks', side: 'russia', value: 6 },
      { text: '11 500 одиниць', metric: 'tanks', side: 'russia', value: 11500 },
      { text: '2', metric: 'armored_vehicles', side: 'russia', value: 2 },
      { text: '23 800 одиниць', metric: 'armored_vehicles', side: 'russia', value: 23800 },
    ],
  },
  {
    date: '2026-01-05',
    lang: 'uk',
    text: 'Від початку вторгнення ворог втратив близько 1 200 000 військових. За добу цей показник збільшився ще на 1 050 осіб.',
    figures: [
      {
        text: 'близько 1 200 000 військових',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1200000,
        qualifier: 'about',
      },
      {
        text: '1 050 осіб',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1050,
        period: { start: '2026-01-05', end: '2026-01-05' },
      },
    ],
  },
  {
    date: '2024-12-01',
    lang: 'uk',
    text: 'Британська розвідка оцінює втрати Росії у 700 тисяч вбитими і пораненими, а до літа ця цифра може сягнути 900 тисяч осіб.',
    note: 'a toll that "may reach" a number has not reached it',
    figures: [
      {
        text: '700 тисяч вбитими і пораненими',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 700000,
        claimant: 'uk-mod',
      },
    ],
  },
  {
    date: '2025-11-17',
    lang: 'uk',
    text: 'У селищі загинули два 65-річні чоловіки, постраждали три жінки. 40% загиблих — пенсіонери.',
    note: 'people counted by age and a share are details, not counts of the toll',
    figures: [{ text: 'три жінки', metric: 'civilians_injured', side: 'ukraine', value: 3 }],
  },
  {
    date: '2025-10-23',
    lang: 'uk',
    text: 'Ворог застосовував по області різні види озброєння:\n\n4 КАБ;\n\n9 БпЛА типу "Герань-2";\n\n2 БпЛА типу "Ланцет".',
    note: 'a list of the weapons the enemy used, not of those it lost',
    figures: [],
  },
  {
    date: '2025-08-07',
    lang: 'uk',
    text: 'Ми ведемо облік військових РФ, які здалися в полон. На цьому напрямку в полоні вже 850 військовослужбовців, — сказав головком ЗСУ.',
    figures: [
      {
        text: '850 військовослужбовців',
        metric: 'personnel_captured',
        side: 'russia',
        value: 850,
      },
    ],
  },
];
