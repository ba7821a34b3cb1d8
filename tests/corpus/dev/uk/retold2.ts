import type { CorpusCase } from '../types';

/**
 * Constructions of real Ukrainian reporting that the second real batch (uk-02) and a second look at
 * uk-01 showed the detector missing or misreading, written anew for the rules they test: a drone
 * tally broken down by region line by line, quoted nouns, people seized, drones launched (no loss),
 * a count with no noun before its verb, a parenthesis before the verb, tolls told before or after
 * their noun, a figure closing its sentence after a dash, another estimate of the same figure,
 * ratios, recruits, ways of reckoning and futures.
 */
export const UK_RETOLD_2: CorpusCase[] = [
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'У росії заявили, що збито 40 "українських безпілотників". Найбільше – 15 – над Курською областю.\nЩе 10 – над Брянською областю, а також 6 – над Чорним морем.\nПо 3 БпЛА – над Орловською та Тульською областями.\nІ по одному – над Московською областю.',
    figures: [
      { text: '40 "українських безпілотників', metric: 'drones', side: 'ukraine', value: 40 },
      { text: '15', metric: 'drones', side: 'ukraine', value: 15 },
      { text: '10', metric: 'drones', side: 'ukraine', value: 10 },
      { text: '6', metric: 'drones', side: 'ukraine', value: 6 },
      { text: '3 БпЛА', metric: 'drones', side: 'ukraine', value: 3 },
      { text: 'одному', metric: 'drones', side: 'ukraine', value: 1 },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'Обмінний фонд поповнився: бійці бригади взяли в полон 12 окупантів.',
    note: 'the exchange fund grows by captures: no exchange',
    figures: [{ text: '12 окупантів', metric: 'personnel_captured', side: 'russia', value: 12 }],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'На Покровському напрямку нашими захисниками було захоплено 14 російських військових.',
    figures: [
      { text: '14 російських військових', metric: 'personnel_captured', side: 'russia', value: 14 },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'Вночі ворог атакував Одещину, застосувавши 60 ударних дронів.',
    note: 'drones launched are no loss',
    figures: [],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'Внаслідок обстрілу Херсона загинув чоловік, ще 4 постраждали.',
    figures: [{ text: '4', metric: 'civilians_injured', side: 'ukraine', value: 4 }],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'У Сумах двоє людей отримали поранення, а ще одна людина, за уточненими даними, загинула.',
    figures: [
      { text: 'двоє людей', metric: 'civilians_injured', side: 'ukraine', value: 2 },
      { text: 'одна людина', metric: 'civilians_killed', side: 'ukraine', value: 1 },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'До 9 зросла кількість постраждалих унаслідок удару по Харкову.',
    figures: [{ text: '9', metric: 'civilians_injured', side: 'ukraine', value: 9 }],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'Після удару по полігону ЗСУ загинули троє військових, ще 8 військовослужбовців звернулися по медичну допомогу.',
    figures: [
      { text: 'троє військових', metric: 'personnel_killed', side: 'ukraine', value: 3 },
      { text: '8 військовослужбовців', metric: 'personnel_wounded', side: 'ukraine', value: 8 },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'Після удару по полігону відомо про 14-ти поранених бійців ЗСУ.',
    figures: [
      { text: '14-ти поранених бійців', metric: 'personnel_wounded', side: 'ukraine', value: 14 },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'За оцінкою командування, на трьох загиблих окупантів припадає один загиблий український військовий.',
    note: 'a ratio of losses counts none',
    figures: [],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'За рік росія залучила до армії 400 тисяч осіб, а її втрати склали 420 тисяч.',
    note: 'recruits are no loss',
    figures: [{ text: '420 тисяч', metric: 'personnel_casualties', side: 'russia', value: 420000 }],
  },
  {
    date: '2026-01-10',
    lang: 'uk',
    text: 'Торік в Україні загинула рекордна кількість цивільних – понад 2,3 тис. Про це свідчать дані ООН.',
    figures: [
      {
        text: 'понад 2,3 тис.',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 2300,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'Сили ППО збили за ніч рекордну кількість дронів, над Київщиною – 25.',
    figures: [
      {
        text: '25',
        metric: 'drones',
        side: 'russia',
        value: 25,
        period: { start: '2025-10-20', end: '2025-10-20' },
      },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'Генштаб оцінює втрати росії у 800 тисяч військових вбитими і пораненими. Британська розвідка називала цифру у 750 тисяч осіб.',
    figures: [
      {
        text: '800 тисяч військових',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 800000,
        claimant: 'ua-general-staff',
      },
      {
        text: '750 тисяч осіб',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 750000,
        claimant: 'uk-mod',
      },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'Якщо екстраполювати ці дані на рік, втрати ворога можуть сягати приблизно 400 тисяч.',
    figures: [
      {
        text: 'приблизно 400 тисяч',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 400000,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'Якщо росія втрачатиме 1000 солдатів щодня, її наступ зупиниться.',
    note: 'a condition: no loss has happened',
    figures: [],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'За пів року ця цифра сягне мільйона.',
    note: 'a toll the future will reach',
    figures: [],
  },
  {
    date: '2025-10-20',
    lang: 'uk',
    text: 'Дрони підрозділу скоротили чисельність російської армії на 2 тисячі військовослужбовців за місяць.',
    figures: [
      {
        text: '2 тисячі військовослужбовців',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 2000,
      },
    ],
  },
  {
    date: '2025-12-20',
    lang: 'uk',
    text: 'До України повернули ще 800 тіл, які, за словами російської сторони, належать загиблим захисникам.',
    figures: [{ text: '800 тіл', metric: 'personnel_killed', side: 'ukraine', value: 800 }],
    note: 'Bodies handed over are the dead of the country they are returned to.',
  },
  {
    date: '2025-10-26',
    lang: 'uk',
    text: 'Унаслідок атаки дронів на Новоросійськ постраждали троє людей, повідомив губернатор.',
    figures: [{ text: 'троє людей', metric: 'civilians_injured', side: 'russia', value: 3 }],
  },
];
