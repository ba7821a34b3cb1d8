import type { CorpusCase } from '../types';

/**
 * Constructions of real Russian reporting that the first real batch (ru-01) showed the detector
 * missing or misreading, written anew for the rules they test: rows of numbers sharing one noun,
 * breakdowns by place, the named dead, rates and shares, the source named in the sentence before,
 * civilians whose place was named earlier.
 */
export const RU_RETOLD: CorpusCase[] = [
  {
    date: '2025-11-13',
    lang: 'ru',
    text: 'Действия группировок «Север», «Юг» и «Центр» привели к потерям ВСУ в количестве до 180, 240 и 460 человек. В зоне «Востока» и «Днепра» противник остался без 190 и 60 военнослужащих.',
    figures: [
      {
        text: 'до 180',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 180,
        qualifier: 'up-to',
      },
      {
        text: '240',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 240,
      },
      {
        text: '460 человек',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 460,
      },
      {
        text: '190',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 190,
      },
      {
        text: '60 военнослужащих',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 60,
      },
    ],
    note: 'no ministry is named: a Russian block\'s "противник" is Ukraine (the MoD\'s usage)',
  },
  {
    date: '2026-01-17',
    lang: 'ru',
    text: 'ВСУ лишились свыше 150 бойцов в зоне группировки «Запад» и до 40 — в зоне ответственности группировки «Днепр».',
    figures: [
      {
        text: 'свыше 150 бойцов',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 150,
        qualifier: 'more-than',
      },
      {
        text: 'до 40',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 40,
        qualifier: 'up-to',
      },
    ],
  },
  {
    date: '2025-09-29',
    lang: 'ru',
    text: 'За ночь над территорией РФ сбили 41 беспилотник. 18 БПЛА уничтожили над Курской областью, 12 — над Брянской, 6 — над территорией Московского региона.',
    figures: [
      {
        text: '41 беспилотник',
        metric: 'drones',
        side: 'ukraine',
        value: 41,
        period: { start: '2025-09-29', end: '2025-09-29' },
      },
      {
        text: '18 БПЛА',
        metric: 'drones',
        side: 'ukraine',
        value: 18,
        period: { start: '2025-09-29', end: '2025-09-29' },
      },
      {
        text: '12',
        metric: 'drones',
        side: 'ukraine',
        value: 12,
        period: { start: '2025-09-29', end: '2025-09-29' },
      },
      {
        text: '6',
        metric: 'drones',
        side: 'ukraine',
        value: 6,
        period: { start: '2025-09-29', end: '2025-09-29' },
      },
    ],
  },
  {
    date: '2022-03-06',
    lang: 'ru',
    text: 'Об этом сообщил представитель Минобороны РФ. По его словам, средствами ПВО были сбиты три самолета Су-25 и один вертолет. Украина потеряла 30 самолетов на земле и 9 в воздухе.',
    figures: [
      { text: 'три самолета', metric: 'aircraft', side: 'ukraine', value: 3, claimant: 'ru-mod' },
      {
        text: 'один вертолет',
        metric: 'helicopters',
        side: 'ukraine',
        value: 1,
        claimant: 'ru-mod',
      },
      { text: '30 самолетов', metric: 'aircraft', side: 'ukraine', value: 30 },
      { text: '9', metric: 'aircraft', side: 'ukraine', value: 9 },
    ],
  },
  {
    date: '2025-09-20',
    lang: 'ru',
    text: '«Медиазона» установила имена 120 400 российских военных, погибших на войне. Это на 4 тысячи человек больше, чем в прошлой сводке. 30% погибших — добровольцы. Больше всего погибших в Бурятии (5120 погибших), по относительному числу — в Тыве (110 погибших на 10 тысяч мужчин).',
    note: 'a share and a rate are not counts; the named dead are Russian soldiers',
    figures: [
      {
        text: '120 400 российских военных',
        metric: 'personnel_killed',
        side: 'russia',
        value: 120400,
        claimant: 'mediazona-meduza',
      },
      {
        text: '4 тысячи человек',
        metric: 'personnel_killed',
        side: 'russia',
        value: 4000,
        claimant: 'mediazona-meduza',
      },
      { text: '5120 погибших', metric: 'personnel_killed', side: 'russia', value: 5120 },
    ],
  },
  {
    date: '2023-01-25',
    lang: 'ru',
    text: 'Список погибших ведет региональное издание, в нем указаны 64 фамилии.',
    figures: [{ text: '64 фамилии', metric: 'personnel_killed', side: 'unknown', value: 64 }],
  },
  {
    date: '2026-02-07',
    lang: 'ru',
    text: 'ВСУ нанесли удар по Белгороду, повреждены окна нескольких домов. В ходе обстрела ранения получили три человека.',
    figures: [{ text: 'три человека', metric: 'civilians_injured', side: 'russia', value: 3 }],
  },
  {
    date: '2025-12-26',
    lang: 'ru',
    text: 'Известно об одном погибшем и пяти раненых, двое из них в тяжелом состоянии, троих из них госпитализировали.',
    note: 'the state of some of the injured is no count of its own',
    figures: [
      { text: 'одном погибшем', metric: 'civilians_killed', side: 'ukraine', value: 1 },
      { text: 'пяти раненых', metric: 'civilians_injured', side: 'ukraine', value: 5 },
    ],
  },
  {
    date: '2024-12-18',
    lang: 'ru',
    text: 'Начальник Генерального штаба Вооруженных сил России заявил о потерях ВСУ. «Потери противника составили около 900 тысяч человек убитыми и ранеными», — сказал он.',
    figures: [
      {
        text: 'около 900 тысяч человек',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 900000,
        qualifier: 'about',
      },
    ],
  },
  {
    date: '2025-12-18',
    lang: 'ru',
    text: 'Потери ВСУ на этом направлении составили 70 тысяч из числа наиболее подготовленных подразделений.',
    figures: [{ text: '70 тысяч', metric: 'personnel_casualties', side: 'ukraine', value: 70000 }],
  },
  {
    date: '2025-08-29',
    lang: 'ru',
    text: 'Кроме того, украинская армия потеряла свыше 60 тысяч единиц различного вооружения.',
    figures: [
      {
        text: 'свыше 60 тысяч единиц различного вооружения',
        metric: 'other',
        side: 'ukraine',
        value: 60000,
        qualifier: 'more-than',
      },
    ],
  },
];
