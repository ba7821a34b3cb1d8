import type { CorpusCase } from '../types';

/** Personnel and civilian metrics with their Russian inflections. */
export const RU_METRICS: CorpusCase[] = [
  {
    date: '2022-03-25',
    lang: 'ru',
    text: 'Минобороны России: в ходе спецоперации погибли 1351 военнослужащий, ранены 3825.',
    figures: [
      {
        text: '1351 военнослужащий',
        metric: 'personnel_killed',
        side: 'russia',
        value: 1351,
        claimant: 'ru-mod',
      },
      {
        text: '3825',
        metric: 'personnel_wounded',
        side: 'russia',
        value: 3825,
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2022-09-21',
    lang: 'ru',
    text: 'Шойгу: ВСУ потеряли более 100 тысяч человек, из них 61\u00a0207 убитыми и 49\u00a0368 ранеными.',
    figures: [
      {
        text: 'более 100 тысяч человек',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 100000,
        qualifier: 'more-than',
        claimant: 'ru-mod',
      },
      {
        text: '61\u00a0207 убитыми',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 61207,
        claimant: 'ru-mod',
      },
      {
        text: '49\u00a0368 ранеными',
        metric: 'personnel_wounded',
        side: 'ukraine',
        value: 49368,
        claimant: 'ru-mod',
      },
    ],
    note: '«потеряли более 100 тысяч человек» is killed plus wounded, as the breakdown says.',
  },
  {
    date: '2022-05-20',
    lang: 'ru',
    text: 'Минобороны России: с 16 мая в плен сдались 2439 боевиков, блокированных на «Азовстали».',
    note: '«боевиков» is the ministry’s word for Ukrainian fighters.',
    figures: [
      {
        text: '2439 боевиков',
        metric: 'personnel_captured',
        side: 'ukraine',
        value: 2439,
        claimant: 'ru-mod',
        period: { start: '2022-05-16', end: '2022-05-20' },
      },
    ],
  },
  {
    date: '2024-08-14',
    lang: 'ru',
    text: 'Зеленский: в Курской области взяты в плен более 100 российских военнослужащих.',
    figures: [
      {
        text: 'более 100 российских военнослужащих',
        metric: 'personnel_captured',
        side: 'russia',
        value: 100,
        qualifier: 'more-than',
        claimant: 'ua-president',
      },
    ],
  },
  {
    date: '2024-09-10',
    lang: 'ru',
    text: 'Более 35 тысяч украинских военных числятся пропавшими без вести.',
    figures: [
      {
        text: 'Более 35 тысяч украинских военных',
        metric: 'personnel_missing',
        side: 'ukraine',
        value: 35000,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2022-08-24',
    lang: 'ru',
    text: 'Генштаб ВСУ: потери российского личного состава составили около 45\u00a0400 человек.',
    figures: [
      {
        text: 'около 45\u00a0400 человек',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 45400,
        qualifier: 'about',
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2023-02-21',
    lang: 'ru',
    text: 'Число погибших мирных жителей в Украине превысило 8000, сообщили в ООН.',
    note: '«ООН» alone is none of the claimant aliases (the human rights office is).',
    figures: [{ text: '8000', metric: 'civilians_killed', side: 'ukraine', value: 8000 }],
  },
  {
    date: '2024-12-09',
    lang: 'ru',
    text: 'Зеленский: с начала войны погибли 43\u00a0000 украинских военных, 370\u00a0000 получили ранения.',
    figures: [
      {
        text: '43\u00a0000 украинских военных',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 43000,
        claimant: 'ua-president',
      },
      {
        text: '370\u00a0000',
        metric: 'personnel_wounded',
        side: 'ukraine',
        value: 370000,
        claimant: 'ua-president',
      },
    ],
  },
  {
    date: '2022-06-01',
    lang: 'ru',
    text: 'По данным ювенальной прокуратуры, в результате вооруженной агрессии РФ погибли 243 ребенка.',
    figures: [{ text: '243 ребенка', metric: 'children_killed', side: 'ukraine', value: 243 }],
  },
  {
    date: '2024-07-08',
    lang: 'ru',
    text: 'Массированный ракетный удар по Киеву: погибли 33 человека, в том числе трое детей.',
    figures: [
      { text: '33 человека', metric: 'civilians_killed', side: 'ukraine', value: 33 },
      { text: 'трое детей', metric: 'children_killed', side: 'ukraine', value: 3 },
    ],
  },
  {
    date: '2024-05-12',
    lang: 'ru',
    text: 'После обрушения подъезда в Белгороде погибли 15 мирных жителей, еще 27 человек получили ранения.',
    figures: [
      { text: '15 мирных жителей', metric: 'civilians_killed', side: 'russia', value: 15 },
      { text: '27 человек', metric: 'civilians_injured', side: 'russia', value: 27 },
    ],
  },
  {
    date: '2024-08-20',
    lang: 'ru',
    text: 'В Курской области в результате атак ВСУ погибли 12 гражданских лиц, ранены 121.',
    figures: [
      { text: '12 гражданских лиц', metric: 'civilians_killed', side: 'russia', value: 12 },
      { text: '121', metric: 'civilians_injured', side: 'russia', value: 121 },
    ],
  },
  {
    date: '2023-07-05',
    lang: 'ru',
    text: 'На донецком направлении убиты 70 украинских военнослужащих, сообщили в Минобороны РФ.',
    figures: [
      {
        text: '70 украинских военнослужащих',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 70,
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2023-01-15',
    lang: 'ru',
    text: 'Число погибших при ударе по многоэтажке в Днепре выросло до 30 человек, ранены 75.',
    note: '«выросло до 30» is the new count, not the hedge «до».',
    figures: [
      { text: '30 человек', metric: 'civilians_killed', side: 'ukraine', value: 30 },
      { text: '75', metric: 'civilians_injured', side: 'ukraine', value: 75 },
    ],
  },
  {
    date: '2023-01-03',
    lang: 'ru',
    text: 'Минобороны России: число погибших военнослужащих в Макеевке возросло до 89.',
    note: '«возросло до 89» is the new count, not the hedge «до».',
    figures: [
      { text: '89', metric: 'personnel_killed', side: 'russia', value: 89, claimant: 'ru-mod' },
    ],
  },
  {
    date: '2023-05-02',
    lang: 'ru',
    text: 'Кирби: с декабря в боях погибли более 20 тысяч российских военных, ранены около 80 тысяч.',
    figures: [
      {
        text: 'более 20 тысяч российских военных',
        metric: 'personnel_killed',
        side: 'russia',
        value: 20000,
        qualifier: 'more-than',
        period: { start: '2022-12-01', end: '2023-05-02' },
      },
      {
        text: 'около 80 тысяч',
        metric: 'personnel_wounded',
        side: 'russia',
        value: 80000,
        qualifier: 'about',
        period: { start: '2022-12-01', end: '2023-05-02' },
      },
    ],
  },
];
