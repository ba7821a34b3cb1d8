import type { CorpusCase } from '../types';

/**
 * Ukrainian numerals in digits: thousands separated by a space, a no-break space (U+00A0) or a
 * narrow no-break space (U+202F), unseparated, and decimal commas with «тис.», «тисяч», «млн».
 */
export const UK_NUMBERS: CorpusCase[] = [
  {
    date: '2023-06-12',
    lang: 'uk',
    text: 'За даними Генштабу ЗСУ, з початку повномасштабного вторгнення росія втратила близько 216\u00a0650 осіб особового складу.',
    figures: [
      {
        text: 'близько 216\u00a0650 осіб особового складу',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 216650,
        qualifier: 'about',
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2024-01-20',
    lang: 'uk',
    text: 'Від початку повномасштабної війни Сили оборони знищили 6\u202f185 російських танків та 11\u202f520 бойових броньованих машин.',
    figures: [
      { text: '6\u202f185 російських танків', metric: 'tanks', side: 'russia', value: 6185 },
      {
        text: '11\u202f520 бойових броньованих машин',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 11520,
      },
    ],
  },
  {
    date: '2022-04-18',
    lang: 'uk',
    text: 'У Генштабі повідомили, що втрати ворога сягнули 20600 осіб.',
    figures: [
      {
        text: '20600 осіб',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 20600,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2023-03-14',
    lang: 'uk',
    text: 'Від початку повномасштабного вторгнення окупанти втратили 3 455 танків і 6 720 бойових броньованих машин.',
    figures: [
      { text: '3 455 танків', metric: 'tanks', side: 'russia', value: 3455 },
      {
        text: '6 720 бойових броньованих машин',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 6720,
      },
    ],
  },
  {
    date: '2024-02-18',
    lang: 'uk',
    text: 'За оцінкою Генштабу, в боях за Авдіївку противник втратив 20,6 тис. осіб особового складу.',
    figures: [
      {
        text: '20,6 тис. осіб особового складу',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 20600,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2023-05-26',
    lang: 'uk',
    text: 'Британська розвідка оцінює, що в боях за Бахмут загинули 40 тисяч російських військових.',
    figures: [
      {
        text: '40 тисяч російських військових',
        metric: 'personnel_killed',
        side: 'russia',
        value: 40000,
        claimant: 'uk-mod',
      },
    ],
  },
  {
    date: '2026-01-12',
    lang: 'uk',
    text: 'За даними Генштабу, від початку вторгнення росія втратила понад 1,2 млн осіб особового складу.',
    figures: [
      {
        text: 'понад 1,2 млн осіб особового складу',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1200000,
        qualifier: 'more-than',
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2023-02-09',
    lang: 'uk',
    text: 'Під Вугледаром українські захисники знищили півтори тисячі окупантів.',
    figures: [
      {
        text: 'півтори тисячі окупантів',
        metric: 'personnel_killed',
        side: 'russia',
        value: 1500,
      },
    ],
  },
  {
    date: '2024-03-02',
    lang: 'uk',
    text: 'Сили протиповітряної оборони знищили вже 9,8\u00a0тис. ворожих БпЛА оперативно-тактичного рівня.',
    figures: [
      { text: '9,8\u00a0тис. ворожих БпЛА', metric: 'drones', side: 'russia', value: 9800 },
    ],
  },
  {
    date: '2025-06-30',
    lang: 'uk',
    text: 'Загальні втрати окупантів у живій силі становлять 1\u00a0016\u00a0000 осіб, повідомили в Генштабі.',
    figures: [
      {
        text: '1\u00a0016\u00a0000 осіб',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1016000,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2023-09-01',
    lang: 'uk',
    text: 'У серпні росіяни втратили 110 артсистем, підрахували аналітики Oryx.',
    figures: [
      {
        text: '110 артсистем',
        metric: 'artillery',
        side: 'russia',
        value: 110,
        claimant: 'oryx',
        asOf: '2023-08-31',
        period: { start: '2023-08-01', end: '2023-08-31' },
      },
    ],
  },
  {
    date: '2022-12-05',
    lang: 'uk',
    text: 'Радник президента оцінив втрати ЗСУ у 10–13 тис. загиблих військових.',
    figures: [
      {
        text: '10–13 тис. загиблих військових',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: null,
        low: 10000,
        high: 13000,
      },
    ],
  },
  {
    date: '2024-11-20',
    lang: 'uk',
    text: 'На Курщині противник втратив 35 тис. військових, повідомив головнокомандувач.',
    note: 'A loss verb that does not say killed, as the General Staff counts: personnel_casualties.',
    figures: [
      {
        text: '35 тис. військових',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 35000,
      },
    ],
  },
  {
    date: '2025-02-24',
    lang: 'uk',
    text: 'За три роки війни загинули 12\u00a0654 мирних жителів України, зокрема 673 дитини, повідомила Моніторингова місія ООН з прав людини.',
    figures: [
      {
        text: '12\u00a0654 мирних жителів',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 12654,
        claimant: 'ohchr',
      },
      {
        text: '673 дитини',
        metric: 'children_killed',
        side: 'ukraine',
        value: 673,
        claimant: 'ohchr',
      },
    ],
  },
];
