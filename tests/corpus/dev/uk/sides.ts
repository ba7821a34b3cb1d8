import type { CorpusCase } from '../types';

/** Whose losses: the names of each side, and the attacker who is not the side that lost. */
export const UK_SIDES: CorpusCase[] = [
  {
    date: '2023-03-01',
    lang: 'uk',
    text: 'Під Вугледаром росіяни втратили 130 танків і бронемашин за три тижні.',
    figures: [
      {
        text: '130 танків і бронемашин',
        metric: 'tanks_and_armored_vehicles',
        side: 'russia',
        value: 130,
        period: { start: '2023-02-09', end: '2023-03-01' },
      },
    ],
  },
  {
    date: '2022-03-01',
    lang: 'uk',
    text: 'Над Житомирщиною рашисти втратили 8 літаків, повідомила ОВА.',
    figures: [{ text: '8 літаків', metric: 'aircraft', side: 'russia', value: 8 }],
  },
  {
    date: '2022-11-11',
    lang: 'uk',
    text: 'Відступаючи з Херсона, загарбники кинули 40 танків і десятки артсистем.',
    figures: [
      { text: '40 танків', metric: 'tanks', side: 'russia', value: 40 },
      {
        text: 'десятки артсистем',
        metric: 'artillery',
        side: 'russia',
        value: null,
        approx: { magnitude: 10 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2024-07-19',
    lang: 'uk',
    text: 'Противник за добу втратив 1\u00a0140 військових і 9 танків, повідомили в Генштабі.',
    figures: [
      {
        text: '1\u00a0140 військових',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1140,
        claimant: 'ua-general-staff',
        period: { start: '2024-07-19', end: '2024-07-19' },
      },
      {
        text: '9 танків',
        metric: 'tanks',
        side: 'russia',
        value: 9,
        claimant: 'ua-general-staff',
        period: { start: '2024-07-19', end: '2024-07-19' },
      },
    ],
  },
  {
    date: '2023-06-09',
    lang: 'uk',
    text: 'Міноборони РФ заявило, що ЗСУ нібито втратили 79 танків і понад 3 700 військових під час контрнаступу.',
    note: 'The Russian claim about Ukrainian losses, in Ukrainian reporting: side ukraine.',
    figures: [
      { text: '79 танків', metric: 'tanks', side: 'ukraine', value: 79, claimant: 'ru-mod' },
      {
        text: 'понад 3 700 військових',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 3700,
        qualifier: 'more-than',
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2022-04-14',
    lang: 'uk',
    text: 'ЗСУ знищили 12 танків ворога в районі Ізюма.',
    figures: [{ text: '12 танків', metric: 'tanks', side: 'russia', value: 12 }],
  },
  {
    date: '2024-03-05',
    lang: 'uk',
    text: 'У Генштабі повідомили, що за минулу добу російські окупанти втратили 1\u00a0130 осіб.',
    figures: [
      {
        text: '1\u00a0130 осіб',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1130,
        claimant: 'ua-general-staff',
        period: { start: '2024-03-05', end: '2024-03-05' },
      },
    ],
  },
  {
    date: '2022-05-17',
    lang: 'uk',
    text: 'За час оборони Маріуполя загинули сотні українських захисників.',
    figures: [
      {
        text: 'сотні українських захисників',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: null,
        approx: { magnitude: 100 },
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2024-01-03',
    lang: 'uk',
    text: 'Унаслідок ракетного удару росіян по Харкову загинули 2 мирні мешканці, а в Бєлгороді, за даними російської влади, через обстріл загинули 25 людей.',
    note: 'Civilians take the side of the country they were killed in.',
    figures: [
      { text: '2 мирні мешканці', metric: 'civilians_killed', side: 'ukraine', value: 2 },
      { text: '25 людей', metric: 'civilians_killed', side: 'russia', value: 25 },
    ],
  },
  {
    date: '2023-08-15',
    lang: 'uk',
    text: 'За даними ООН, з початку вторгнення в Україні загинули щонайменше 9\u00a0444 цивільних, 16\u00a0940 дістали поранення.',
    figures: [
      {
        text: 'щонайменше 9\u00a0444 цивільних',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 9444,
        qualifier: 'more-than',
      },
      { text: '16\u00a0940', metric: 'civilians_injured', side: 'ukraine', value: 16940 },
    ],
    note: '«ООН» alone is not the monitoring mission named in the conventions: no claimant.',
  },
  {
    date: '2022-05-25',
    lang: 'uk',
    text: 'Після виходу з «Азовсталі» у полон потрапили понад 2\u00a0400 українських захисників.',
    figures: [
      {
        text: 'понад 2\u00a0400 українських захисників',
        metric: 'personnel_captured',
        side: 'ukraine',
        value: 2400,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2022-09-12',
    lang: 'uk',
    text: 'На Лиманському напрямку ЗСУ відбили 15 атак, знищивши 4 танки, 7 ББМ і близько 80 росіян.',
    figures: [
      { text: '4 танки', metric: 'tanks', side: 'russia', value: 4 },
      { text: '7 ББМ', metric: 'armored_vehicles', side: 'russia', value: 7 },
      {
        text: 'близько 80 росіян',
        metric: 'personnel_killed',
        side: 'russia',
        value: 80,
        qualifier: 'about',
      },
    ],
  },
];
