import type { CorpusCase } from '../types';

/**
 * Russian numbers: thousands separated by a space, NBSP (\u00a0) or U+202F (\u202f), plain digits,
 * decimal commas with «тыс.» / «тысяч» / «млн», and numbers in words in their cases and genders.
 */
export const RU_NUMBERS: CorpusCase[] = [
  {
    date: '2022-04-18',
    lang: 'ru',
    text: 'Генштаб ВСУ: потери России составили около 20\u00a0600 человек.',
    figures: [
      {
        text: 'около 20\u00a0600 человек',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 20600,
        qualifier: 'about',
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2023-03-26',
    lang: 'ru',
    text: 'С начала вторжения, по данным украинской стороны, погибли 171 490 российских военных.',
    note: 'Thousands separated by an ordinary space.',
    figures: [
      {
        text: '171 490 российских военных',
        metric: 'personnel_killed',
        side: 'russia',
        value: 171490,
      },
    ],
  },
  {
    date: '2024-02-25',
    lang: 'ru',
    text: 'Зеленский заявил, что за два года войны погибли 31\u202f000 украинских военнослужащих.',
    figures: [
      {
        text: '31\u202f000 украинских военнослужащих',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 31000,
        claimant: 'ua-president',
      },
    ],
  },
  {
    date: '2022-09-21',
    lang: 'ru',
    text: 'Шойгу: с начала специальной военной операции погибли 5937 российских военнослужащих.',
    figures: [
      {
        text: '5937 российских военнослужащих',
        metric: 'personnel_killed',
        side: 'russia',
        value: 5937,
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2022-04-19',
    lang: 'ru',
    text: 'По данным Генштаба ВСУ, Россия потеряла 20,6 тыс. человек личного состава.',
    figures: [
      {
        text: '20,6 тыс. человек личного состава',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 20600,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2022-11-10',
    lang: 'ru',
    text: 'С начала войны, по разным оценкам, погибли до 40 тысяч российских военных.',
    figures: [
      {
        text: 'до 40 тысяч российских военных',
        metric: 'personnel_killed',
        side: 'russia',
        value: 40000,
        qualifier: 'up-to',
      },
    ],
  },
  {
    date: '2025-06-01',
    lang: 'ru',
    text: 'Потери российской армии убитыми и ранеными превысили 1,2 млн человек, сообщило Минобороны Великобритании.',
    note: '«превысили» is a verb, not a hedge in the span: exact, as "have passed 1.2 million" in the English corpus.',
    figures: [
      {
        text: '1,2 млн человек',
        metric: 'personnel_casualties',
        side: 'russia',
        value: 1200000,
        claimant: 'uk-mod',
      },
    ],
  },
  {
    date: '2023-06-10',
    lang: 'ru',
    text: 'Только в боях за Бахмут у «Вагнера» было восемь с половиной тысяч погибших, подсчитала «Медиазона».',
    figures: [
      {
        text: 'восемь с половиной тысяч погибших',
        metric: 'personnel_killed',
        side: 'russia',
        value: 8500,
        claimant: 'mediazona-meduza',
      },
    ],
  },
  {
    date: '2023-05-24',
    lang: 'ru',
    text: 'Пригожин заявил, что в Бахмуте погибли двадцать тысяч бойцов «Вагнера».',
    figures: [
      { text: 'двадцать тысяч бойцов', metric: 'personnel_killed', side: 'russia', value: 20000 },
    ],
  },
  {
    date: '2023-08-10',
    lang: 'ru',
    text: 'Под Работино украинские десантники взяли в плен шестерых российских военнослужащих.',
    figures: [
      {
        text: 'шестерых российских военнослужащих',
        metric: 'personnel_captured',
        side: 'russia',
        value: 6,
      },
    ],
  },
  {
    date: '2023-06-08',
    lang: 'ru',
    text: 'Минобороны России сообщило об уничтожении двух танков Leopard и пяти БМП Bradley.',
    figures: [
      { text: 'двух танков', metric: 'tanks', side: 'ukraine', value: 2, claimant: 'ru-mod' },
      {
        text: 'пяти БМП',
        metric: 'armored_vehicles',
        side: 'ukraine',
        value: 5,
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2022-03-05',
    lang: 'ru',
    text: 'Под Черниговом ВСУ сообщили об уничтожении трех российских танков.',
    figures: [{ text: 'трех российских танков', metric: 'tanks', side: 'russia', value: 3 }],
  },
  {
    date: '2022-05-20',
    lang: 'ru',
    text: 'За время осады Мариуполя погибли не менее полутора тысяч мирных жителей.',
    figures: [
      {
        text: 'не менее полутора тысяч мирных жителей',
        metric: 'civilians_killed',
        side: 'ukraine',
        value: 1500,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2023-01-20',
    lang: 'ru',
    text: 'Под Соледаром убиты полторы тысячи украинских военнослужащих, утверждает Минобороны России.',
    figures: [
      {
        text: 'полторы тысячи украинских военнослужащих',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 1500,
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2022-07-12',
    lang: 'ru',
    text: 'Конашенков: за сутки уничтожены более трехсот украинских военнослужащих.',
    figures: [
      {
        text: 'более трехсот украинских военнослужащих',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 300,
        qualifier: 'more-than',
        claimant: 'ru-mod',
        period: { start: '2022-07-12', end: '2022-07-12' },
      },
    ],
  },
  {
    date: '2024-05-14',
    lang: 'ru',
    text: 'Под Волчанском, по данным украинских военных, за сутки погибли около пятисот российских солдат.',
    figures: [
      {
        text: 'около пятисот российских солдат',
        metric: 'personnel_killed',
        side: 'russia',
        value: 500,
        qualifier: 'about',
        period: { start: '2024-05-14', end: '2024-05-14' },
      },
    ],
  },
  {
    date: '2024-03-17',
    lang: 'ru',
    text: 'За прошедшие сутки силы ПВО сбили сорок два российских беспилотника.',
    figures: [
      {
        text: 'сорок два российских беспилотника',
        metric: 'drones',
        side: 'russia',
        value: 42,
        period: { start: '2024-03-17', end: '2024-03-17' },
      },
    ],
  },
  {
    date: '2025-06-27',
    lang: 'ru',
    text: '«Медиазона» и Русская служба Би-би-си установили имена 111\u00a0387 российских военных, погибших в Украине.',
    figures: [
      {
        text: '111\u00a0387 российских военных',
        metric: 'personnel_killed',
        side: 'russia',
        value: 111387,
        claimant: 'mediazona-meduza',
      },
    ],
  },
  {
    date: '2023-12-31',
    lang: 'ru',
    text: 'При обстреле Белгорода погибли 25 мирных жителей, в том числе пятеро детей.',
    figures: [
      { text: '25 мирных жителей', metric: 'civilians_killed', side: 'russia', value: 25 },
      { text: 'пятеро детей', metric: 'children_killed', side: 'russia', value: 5 },
    ],
  },
  {
    date: '2024-11-20',
    lang: 'ru',
    text: 'На курском направлении за неделю потери ВСУ составили 3 тыс. военнослужащих, сообщили в Минобороны РФ.',
    figures: [
      {
        text: '3 тыс. военнослужащих',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 3000,
        claimant: 'ru-mod',
        period: { start: '2024-11-14', end: '2024-11-20' },
      },
    ],
  },
];
