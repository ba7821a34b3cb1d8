import type { CorpusCase } from '../types';

/** As-of dates, one-day and longer periods, and the claimants of the conventions’ list. */
export const UK_DATES: CorpusCase[] = [
  {
    date: '2022-04-19',
    lang: 'uk',
    text: 'Станом на 18 квітня росія втратила в Україні 790 танків.',
    figures: [
      { text: '790 танків', metric: 'tanks', side: 'russia', value: 790, asOf: '2022-04-18' },
    ],
  },
  {
    date: '2022-04-21',
    lang: 'uk',
    text: '18 квітня 2022 року Генштаб ЗСУ повідомив про 20\u00a0600 ліквідованих окупантів.',
    figures: [
      {
        text: '20\u00a0600 ліквідованих окупантів',
        metric: 'personnel_killed',
        side: 'russia',
        value: 20600,
        claimant: 'ua-general-staff',
        asOf: '2022-04-18',
      },
    ],
  },
  {
    date: '2023-05-02',
    lang: 'uk',
    text: 'За минулу добу ЗСУ ліквідували 510 окупантів, повідомили в Генштабі.',
    figures: [
      {
        text: '510 окупантів',
        metric: 'personnel_killed',
        side: 'russia',
        value: 510,
        claimant: 'ua-general-staff',
        period: { start: '2023-05-02', end: '2023-05-02' },
      },
    ],
  },
  {
    date: '2024-09-17',
    lang: 'uk',
    text: 'Сили оборони за минулу добу ліквідували 1\u00a0140 окупантів, знищили 9 танків, 33 артсистеми та 2 РСЗВ.\nЗагалом втрати ворога з початку вторгнення становлять близько 635\u00a0880 осіб особового складу, повідомляє Генштаб ЗСУ.',
    figures: [
      {
        text: '1\u00a0140 окупантів',
        metric: 'personnel_killed',
        side: 'russia',
        value: 1140,
        claimant: 'ua-general-staff',
        period: { start: '2024-09-17', end: '2024-09-17' },
      },
      {
        text: '9 танків',
        metric: 'tanks',
        side: 'russia',
        value: 9,
        claimant: 'ua-general-staff',
        period: { start: '2024-09-17', end: '2024-09-17' },
      },
      {
        text: '33 артсистеми',
        metric: 'artillery',
        side: 'russia',
        value: 33,
        claimant: 'ua-general-staff',
        period: { start: '2024-09-17', end: '2024-09-17' },
      },
      {
        text: '2 РСЗВ',
        metric: 'mlrs',
        side: 'russia',
        value: 2,
        claimant: 'ua-general-staff',
        period: { start: '2024-09-17', end: '2024-09-17' },
      },
      {
        text: 'близько 635\u00a0880 осіб особового складу',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 635880,
        qualifier: 'about',
        claimant: 'ua-general-staff',
      },
    ],
    note: 'The claimant named at the end of the passage holds for both paragraphs.',
  },
  {
    date: '2023-11-08',
    lang: 'uk',
    text: 'Учора на Авдіївському напрямку ворог втратив 19 танків і 23 ББМ.',
    figures: [
      {
        text: '19 танків',
        metric: 'tanks',
        side: 'russia',
        value: 19,
        asOf: '2023-11-07',
        period: { start: '2023-11-07', end: '2023-11-07' },
      },
      {
        text: '23 ББМ',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 23,
        asOf: '2023-11-07',
        period: { start: '2023-11-07', end: '2023-11-07' },
      },
    ],
  },
  {
    date: '2024-01-10',
    lang: 'uk',
    text: 'Станом на 1 січня 2024 року Сили оборони знищили 5\u00a0960 російських танків.',
    figures: [
      {
        text: '5\u00a0960 російських танків',
        metric: 'tanks',
        side: 'russia',
        value: 5960,
        asOf: '2024-01-01',
      },
    ],
  },
  {
    date: '2024-06-02',
    lang: 'uk',
    text: 'У травні росія втратила 250 танків, підрахували в Міноборони України.',
    figures: [
      {
        text: '250 танків',
        metric: 'tanks',
        side: 'russia',
        value: 250,
        claimant: 'ua-general-staff',
        asOf: '2024-05-31',
        period: { start: '2024-05-01', end: '2024-05-31' },
      },
    ],
  },
  {
    date: '2023-04-30',
    lang: 'uk',
    text: 'За даними Oryx, візуально підтверджені втрати росії становлять щонайменше 2\u00a0000 танків.',
    figures: [
      {
        text: 'щонайменше 2\u00a0000 танків',
        metric: 'tanks',
        side: 'russia',
        value: 2000,
        qualifier: 'more-than',
        claimant: 'oryx',
      },
    ],
  },
  {
    date: '2024-05-03',
    lang: 'uk',
    text: 'Міноборони Великої Британії оцінює втрати росії у 465 тисяч осіб убитими та пораненими.',
    figures: [
      {
        text: '465 тисяч осіб',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 465000,
        claimant: 'uk-mod',
      },
    ],
  },
  {
    date: '2023-06-12',
    lang: 'uk',
    text: 'Конашенков заявив, що за тиждень ЗСУ втратили понад 2\u00a0000 військових.',
    figures: [
      {
        text: 'понад 2\u00a0000 військових',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 2000,
        qualifier: 'more-than',
        claimant: 'ru-mod',
        period: { start: '2023-06-06', end: '2023-06-12' },
      },
    ],
  },
  {
    date: '2024-11-12',
    lang: 'uk',
    text: 'УВКПЛ: у жовтні в Україні загинули 574 цивільні особи, ще 2\u00a0013 були поранені.',
    figures: [
      {
        text: '574 цивільні особи',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 574,
        claimant: 'ohchr',
        asOf: '2024-10-31',
        period: { start: '2024-10-01', end: '2024-10-31' },
      },
      {
        text: '2\u00a0013',
        metric: 'civilians_injured',
        side: 'ukraine',
        value: 2013,
        claimant: 'ohchr',
        asOf: '2024-10-31',
        period: { start: '2024-10-01', end: '2024-10-31' },
      },
    ],
  },
  {
    date: '2025-04-28',
    lang: 'uk',
    text: 'За добу на Покровському напрямку ворог втратив 98 штурмовиків убитими.',
    figures: [
      {
        text: '98 штурмовиків',
        metric: 'personnel_killed',
        side: 'russia',
        value: 98,
        period: { start: '2025-04-28', end: '2025-04-28' },
      },
    ],
  },
  {
    date: '2022-05-10',
    lang: 'uk',
    text: 'Генеральний штаб ЗСУ: на 9 травня загальні втрати противника становлять близько 25\u00a0650 осіб особового складу.',
    figures: [
      {
        text: 'близько 25\u00a0650 осіб особового складу',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 25650,
        qualifier: 'about',
        claimant: 'ua-general-staff',
        asOf: '2022-05-09',
      },
    ],
  },
  {
    date: '2025-02-20',
    lang: 'uk',
    text: 'Зеленський розповів, що станом на 16 лютого загинули 46 тисяч українських військових, ще 380 тисяч отримали поранення.',
    figures: [
      {
        text: '46 тисяч українських військових',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 46000,
        claimant: 'ua-president',
        asOf: '2025-02-16',
      },
      {
        text: '380 тисяч',
        metric: 'personnel_wounded',
        side: 'ukraine',
        value: 380000,
        claimant: 'ua-president',
        asOf: '2025-02-16',
      },
    ],
  },
];
