import type { CorpusCase } from '../types';

/** Hedges: около, почти, порядка, примерно → about; более, свыше, не менее, как минимум → more-than; до → up-to. */
export const RU_HEDGES: CorpusCase[] = [
  {
    date: '2023-02-24',
    lang: 'ru',
    text: 'По данным Генштаба ВСУ, за год войны были убиты почти 150 тысяч российских военных.',
    figures: [
      {
        text: 'почти 150 тысяч российских военных',
        metric: 'personnel_killed',
        side: 'russia',
        value: 150000,
        qualifier: 'about',
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2024-06-01',
    lang: 'ru',
    text: 'С начала года ВСУ уничтожили более 1000 российских танков.',
    figures: [
      {
        text: 'более 1000 российских танков',
        metric: 'tanks',
        side: 'russia',
        value: 1000,
        qualifier: 'more-than',
        period: { start: '2024-01-01', end: '2024-06-01' },
      },
    ],
  },
  {
    date: '2023-08-29',
    lang: 'ru',
    text: 'По словам Шойгу, потери ВСУ составили свыше 66 тысяч военнослужащих.',
    figures: [
      {
        text: 'свыше 66 тысяч военнослужащих',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 66000,
        qualifier: 'more-than',
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2024-10-08',
    lang: 'ru',
    text: 'Управление ООН по правам человека: с начала вторжения в Украине погибли не менее 11\u00a0973 мирных жителей.',
    figures: [
      {
        text: 'не менее 11\u00a0973 мирных жителей',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 11973,
        qualifier: 'more-than',
        claimant: 'ohchr',
      },
    ],
  },
  {
    date: '2023-12-21',
    lang: 'ru',
    text: 'За сутки ВСУ ликвидировали порядка 900 оккупантов, сообщает Генштаб.',
    figures: [
      {
        text: 'порядка 900 оккупантов',
        metric: 'personnel_killed',
        side: 'russia',
        value: 900,
        qualifier: 'about',
        claimant: 'ua-general-staff',
        period: { start: '2023-12-21', end: '2023-12-21' },
      },
    ],
  },
  {
    date: '2022-08-18',
    lang: 'ru',
    text: 'За сутки в зоне специальной военной операции уничтожено до 240 украинских военнослужащих.',
    figures: [
      {
        text: 'до 240 украинских военнослужащих',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 240,
        qualifier: 'up-to',
        period: { start: '2022-08-18', end: '2022-08-18' },
      },
    ],
  },
  {
    date: '2022-06-10',
    lang: 'ru',
    text: 'Каждый день на фронте погибают примерно 100 украинских военных, заявил Зеленский.',
    figures: [
      {
        text: 'примерно 100 украинских военных',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 100,
        qualifier: 'about',
        claimant: 'ua-president',
        period: { start: '2022-06-10', end: '2022-06-10' },
      },
    ],
  },
  {
    date: '2023-11-17',
    lang: 'ru',
    text: '«Медиазона» и Би-би-си установили имена как минимум 37 тысяч погибших российских военных.',
    figures: [
      {
        text: 'как минимум 37 тысяч погибших российских военных',
        metric: 'personnel_killed',
        side: 'russia',
        value: 37000,
        qualifier: 'more-than',
        claimant: 'mediazona-meduza',
      },
    ],
  },
  {
    date: '2022-03-18',
    lang: 'ru',
    text: 'При ударе по драмтеатру в Мариуполе погибли по меньшей мере 300 мирных жителей.',
    figures: [
      {
        text: 'по меньшей мере 300 мирных жителей',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 300,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2023-07-15',
    lang: 'ru',
    text: 'В ходе контрнаступления ВСУ потеряли больше 20 танков Leopard.',
    figures: [
      {
        text: 'больше 20 танков',
        metric: 'tanks',
        side: 'ukraine',
        value: 20,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2022-12-02',
    lang: 'ru',
    text: 'Приблизительно 13 тысяч украинских военных погибли с начала войны, сказал Подоляк.',
    figures: [
      {
        text: 'Приблизительно 13 тысяч украинских военных',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 13000,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2024-02-22',
    lang: 'ru',
    text: 'Генштаб ВСУ: потери российских войск под Авдеевкой составили около 47 тысяч человек.',
    figures: [
      {
        text: 'около 47 тысяч человек',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 47000,
        qualifier: 'about',
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2024-05-25',
    lang: 'ru',
    text: 'В результате российского удара по гипермаркету в Харькове погибли более 10 человек.',
    figures: [
      {
        text: 'более 10 человек',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 10,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2025-01-14',
    lang: 'ru',
    text: 'В Курской области ВСУ взяли в плен свыше 900 российских военных, сообщил Зеленский.',
    figures: [
      {
        text: 'свыше 900 российских военных',
        metric: 'personnel_captured',
        side: 'russia',
        value: 900,
        qualifier: 'more-than',
        claimant: 'ua-president',
      },
    ],
  },
];
