import type { CorpusCase } from '../types';

/** Hedges: близько, приблизно, майже, орієнтовно; понад, більше ніж, щонайменше; до, не більше. */
export const UK_HEDGES: CorpusCase[] = [
  {
    date: '2022-03-02',
    lang: 'uk',
    text: 'Під Харковом ЗСУ ліквідували близько 500 окупантів.',
    figures: [
      {
        text: 'близько 500 окупантів',
        metric: 'personnel_killed',
        side: 'russia',
        value: 500,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2022-06-01',
    lang: 'uk',
    text: 'Під час спроб форсувати Сіверський Донець росіяни втратили майже 90 одиниць бронетехніки, зокрема майже 30 танків.',
    note: '«бронетехніка» (tanks and other armour) is the combined metric; the tanks among it are a figure too.',
    figures: [
      {
        text: 'майже 90 одиниць бронетехніки',
        metric: 'tanks_and_armored_vehicles',
        side: 'russia',
        value: 90,
        qualifier: 'about',
      },
      { text: 'майже 30 танків', metric: 'tanks', side: 'russia', value: 30, qualifier: 'about' },
    ],
  },
  {
    date: '2022-03-16',
    lang: 'uk',
    text: 'Зеленський заявив, що в Україні вже загинули понад 3 тисячі окупантів за останній тиждень.',
    figures: [
      {
        text: 'понад 3 тисячі окупантів',
        metric: 'personnel_killed',
        side: 'russia',
        value: 3000,
        qualifier: 'more-than',
        claimant: 'ua-president',
        period: { start: '2022-03-10', end: '2022-03-16' },
      },
    ],
  },
  {
    date: '2024-07-10',
    lang: 'uk',
    text: 'Моніторингова місія ООН з прав людини зафіксувала щонайменше 11\u00a0520 загиблих мирних жителів в Україні.',
    figures: [
      {
        text: 'щонайменше 11\u00a0520 загиблих мирних жителів',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 11520,
        qualifier: 'more-than',
        claimant: 'ohchr',
      },
    ],
  },
  {
    date: '2022-03-24',
    lang: 'uk',
    text: 'За оцінками НАТО, за місяць війни росія могла втратити вбитими до 15 тисяч військових.',
    note: 'NATO is no claimant of the Ukrainian list; «вбитими» makes them killed.',
    figures: [
      {
        text: 'до 15 тисяч військових',
        metric: 'personnel_killed',
        side: 'russia',
        value: 15000,
        qualifier: 'up-to',
      },
    ],
  },
  {
    date: '2023-04-11',
    lang: 'uk',
    text: 'На Бахмутському напрямку за добу знищено приблизно 70 ворожих військових.',
    figures: [
      {
        text: 'приблизно 70 ворожих військових',
        metric: 'personnel_killed',
        side: 'russia',
        value: 70,
        qualifier: 'about',
        period: { start: '2023-04-11', end: '2023-04-11' },
      },
    ],
  },
  {
    date: '2022-09-02',
    lang: 'uk',
    text: 'У серпні на Херсонщині наші воїни знищили більше ніж 300 окупантів.',
    figures: [
      {
        text: 'більше ніж 300 окупантів',
        metric: 'personnel_killed',
        side: 'russia',
        value: 300,
        qualifier: 'more-than',
        asOf: '2022-08-31',
        period: { start: '2022-08-01', end: '2022-08-31' },
      },
    ],
  },
  {
    date: '2022-05-05',
    lang: 'uk',
    text: 'Станом на 5 травня втрати ворога становлять орієнтовно 24\u00a0500 осіб.',
    figures: [
      {
        text: 'орієнтовно 24\u00a0500 осіб',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 24500,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2023-12-27',
    lang: 'uk',
    text: 'За минулу добу під Мар’їнкою ворог втратив не менше 50 загарбників убитими.',
    figures: [
      {
        text: 'не менше 50 загарбників',
        metric: 'personnel_killed',
        side: 'russia',
        value: 50,
        qualifier: 'more-than',
        period: { start: '2023-12-27', end: '2023-12-27' },
      },
    ],
  },
  {
    date: '2025-01-30',
    lang: 'uk',
    text: 'Окупанти втратили на Курщині більш ніж 12 тисяч осіб особового складу, з них принаймні 400 — полоненими.',
    figures: [
      {
        text: 'більш ніж 12 тисяч осіб особового складу',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 12000,
        qualifier: 'more-than',
      },
      {
        text: 'принаймні 400',
        metric: 'personnel_captured',
        side: 'russia',
        value: 400,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2023-02-08',
    lang: 'uk',
    text: 'Біля Вугледара артилеристи 72-ї бригади знищили 15 танків і 11 бойових машин піхоти.',
    note: '«Біля» before a place is a preposition, not a hedge; «бойові машини піхоти» are ББМ.',
    figures: [
      { text: '15 танків', metric: 'tanks', side: 'russia', value: 15 },
      {
        text: '11 бойових машин піхоти',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 11,
      },
    ],
  },
  {
    date: '2024-08-16',
    lang: 'uk',
    text: 'За словами командування, у цій операції поранено не більше 20 українських військових.',
    figures: [
      {
        text: 'не більше 20 українських військових',
        metric: 'personnel_wounded',
        side: 'ukraine',
        value: 20,
        qualifier: 'up-to',
      },
    ],
  },
  {
    date: '2022-04-02',
    lang: 'uk',
    text: 'Під час відступу з Київщини противник покинув біля 200 одиниць техніки, серед них близько 40 танків.',
    note: '«біля» before a number is a hedge; «техніка» of any kind is no metric.',
    figures: [
      { text: 'близько 40 танків', metric: 'tanks', side: 'russia', value: 40, qualifier: 'about' },
    ],
  },
];
