import type { CorpusCase } from '../types';

/**
 * Constructions of real Russian reporting that the third real batch (ru-03) showed the detector
 * missing or misreading, written anew for the rules they test: civilians of Russian towns the
 * drones reach, "противник" in a Ukrainian army's summary, prisoners who "попали в плен", drones
 * "нейтрализованы", bodies handed over, soldiers counted by where they came from and killed "на
 * СВО", tanks named by their model, equipment the other side "лишилась", people's cars, a child's
 * age in months, a page's counter alone on its line.
 */
export const RU_RETOLD_3: CorpusCase[] = [
  {
    date: '2025-09-25',
    lang: 'ru',
    text: 'Днем беспилотники атаковали Туапсе. Три человека погибли, четверо пострадали.',
    figures: [
      { text: 'Три человека', metric: 'civilians_killed', side: 'russia', value: 3 },
      { text: 'четверо', metric: 'civilians_injured', side: 'russia', value: 4 },
    ],
  },
  {
    date: '2025-09-25',
    lang: 'ru',
    text: 'В Новороссийске после атаки дронов пострадали 9 человек.',
    figures: [{ text: '9 человек', metric: 'civilians_injured', side: 'russia', value: 9 }],
  },
  {
    date: '2022-03-01',
    lang: 'ru',
    text: 'По данным пресс-службы Сухопутных войск ВСУ, потери противника составляют: 20 самолетов, 110 танков. Около 4000 российских военных погибли, 150 попали в плен.',
    figures: [
      { text: '20 самолетов', metric: 'aircraft', side: 'russia', value: 20 },
      { text: '110 танков', metric: 'tanks', side: 'russia', value: 110 },
      {
        text: 'Около 4000 российских военных',
        metric: 'personnel_killed',
        side: 'russia',
        value: 4000,
        qualifier: 'about',
      },
      { text: '150', metric: 'personnel_captured', side: 'russia', value: 150 },
    ],
  },
  {
    date: '2026-02-20',
    lang: 'ru',
    text: 'Над Курской областью были нейтрализованы пять украинских беспилотников.',
    figures: [
      { text: 'пять украинских беспилотников', metric: 'drones', side: 'ukraine', value: 5 },
    ],
  },
  {
    date: '2026-03-01',
    lang: 'ru',
    text: 'Украина передала России тела 40 российских военнослужащих. Российская сторона вернула Украине 900 тел.',
    figures: [
      {
        text: '40 российских военнослужащих',
        metric: 'personnel_killed',
        side: 'russia',
        value: 40,
      },
      { text: '900 тел', metric: 'personnel_killed', side: 'ukraine', value: 900 },
    ],
  },
  {
    date: '2024-03-01',
    lang: 'ru',
    text: 'Еще 3 уроженца района погибли в ходе СВО. Всего на СВО погибли 52 выходца из района.',
    figures: [
      { text: '3 уроженца', metric: 'personnel_killed', side: 'russia', value: 3 },
      { text: '52 выходца', metric: 'personnel_killed', side: 'russia', value: 52 },
    ],
  },
  {
    date: '2023-06-12',
    lang: 'ru',
    text: 'Минобороны России: ВСУ лишились шести «Леопардов» и восьми единиц бронированной техники.',
    figures: [
      { text: 'шести «Леопардов', metric: 'tanks', side: 'ukraine', value: 6, claimant: 'ru-mod' },
      {
        text: 'восьми единиц бронированной техники',
        metric: 'tanks_and_armored_vehicles',
        side: 'ukraine',
        value: 8,
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2025-08-15',
    lang: 'ru',
    text: 'Обломками беспилотника повреждены три легковых автомобиля, сообщил губернатор Белгородской области.',
    figures: [],
    note: "People's cars are no military vehicles.",
  },
  {
    date: '2025-12-31',
    lang: 'ru',
    text: 'В Харькове ранения получили четыре человека, в том числе ребенок, которому восемь месяцев.',
    figures: [{ text: 'четыре человека', metric: 'civilians_injured', side: 'ukraine', value: 4 }],
  },
  {
    date: '2023-07-03',
    lang: 'ru',
    text: 'Простились с двумя добровольцами, погибшими на СВО\n\n51230\n\nОб этом сообщили в администрации.',
    figures: [
      { text: 'двумя добровольцами', metric: 'personnel_killed', side: 'russia', value: 2 },
    ],
    note: 'The number alone on its line is the page’s view counter.',
  },
];
