import type { CorpusCase } from '../types';

/**
 * Constructions of real Russian reporting that the second real batch (ru-02) showed the detector
 * missing or misreading, written anew for the rules they test: parts of a figure ("из них"),
 * drones launched and those of them shot down, bare "аппараты", rockets intercepted, a count with
 * no noun before its verb, drones flying at a capital, past contrasts opened by "если", a toll's
 * pronoun, both sides' losses together, Ukrainians counted by the UN, the named dead counted,
 * kinds of equipment the MoD lists.
 */
export const RU_RETOLD_2: CorpusCase[] = [
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'За сутки ВСУ потеряли более 900 военнослужащих. Из них 200 военнослужащих были уничтожены в зоне ответственности российской группировки «Юг».',
    figures: [
      {
        text: 'более 900 военнослужащих',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 900,
        qualifier: 'more-than',
        period: { start: '2025-10-20', end: '2025-10-20' },
      },
      { text: '200 военнослужащих', metric: 'personnel_killed', side: 'ukraine', value: 200 },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'Уничтожены 6 боевых бронированных машин, из них две американского производства.',
    figures: [
      {
        text: '6 боевых бронированных машин',
        metric: 'armored_vehicles',
        side: 'ukraine',
        value: 6,
      },
      { text: 'две', metric: 'armored_vehicles', side: 'ukraine', value: 2 },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'В Курской области атакованы 12 дронов, из которых девять подавлены и сбиты.',
    figures: [{ text: 'девять', metric: 'drones', side: 'ukraine', value: 9 }],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'Над Брянской областью сбиты 10 беспилотников. Еще 4 аппарата уничтожили над Орловской областью.',
    figures: [
      { text: '10 беспилотников', metric: 'drones', side: 'ukraine', value: 10 },
      { text: '4 аппарата', metric: 'drones', side: 'ukraine', value: 4 },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'Российские средства ПВО перехватили шесть снарядов РСЗО HIMARS.',
    figures: [{ text: 'шесть снарядов', metric: 'missiles', side: 'ukraine', value: 6 }],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'В Белгороде из-за обстрела погиб мужчина, еще 5 пострадали.',
    figures: [{ text: '5', metric: 'civilians_injured', side: 'russia', value: 5 }],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'В 22:10 мэр сообщил, что сбит еще один беспилотник, летевший на столицу России.',
    figures: [{ text: 'один беспилотник', metric: 'drones', side: 'ukraine', value: 1 }],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'Если в 2024 году Зеленский говорил о 43 000 погибших украинских военных, то теперь он называет другую цифру.',
    note: 'a past contrast, not a condition',
    figures: [
      {
        text: '43 000 погибших украинских военных',
        metric: 'personnel_killed',
        side: 'ukraine',
        value: 43000,
        claimant: 'ua-president',
        asOf: '2024-12-31',
        period: { start: '2024-01-01', end: '2024-12-31' },
      },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'В Херсоне сначала сообщалось о 3 пострадавших. Позже их количество возросло до 5.',
    figures: [
      { text: '3 пострадавших', metric: 'civilians_injured', side: 'ukraine', value: 3 },
      { text: '5', metric: 'civilians_injured', side: 'ukraine', value: 5 },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'По оценке эксперта, общие потери России и Украины превысили 200 тыс. человек.',
    note: 'both sides together',
    figures: [
      { text: '200 тыс. человек', metric: 'personnel_casualties', side: 'unknown', value: 200000 },
    ],
  },
  {
    date: '2022-05-10',
    lang: 'ru',
    text: 'По данным ООН, ранены 2000 украинцев, в том числе 150 детей.',
    figures: [
      { text: '2000 украинцев', metric: 'civilians_injured', side: 'ukraine', value: 2000 },
      { text: '150 детей', metric: 'civilians_injured', side: 'ukraine', value: 150 },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'По данным «Медиазоны», список насчитывает 90 000 погибших российских военных.',
    figures: [
      {
        text: '90 000 погибших российских военных',
        metric: 'personnel_killed',
        side: 'russia',
        value: 90000,
        claimant: 'mediazona-meduza',
      },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'Группировки «Днепр» и «Север» сообщили о 60 и 150 потерянных украинских военнослужащих.',
    figures: [
      { text: '60', metric: 'personnel_casualties', side: 'ukraine', value: 60 },
      {
        text: '150 потерянных украинских военнослужащих',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 150,
      },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'ВСУ потеряли в зоне «Центра» свыше 400 бойцов, на территории «Запада» — более 300.',
    figures: [
      {
        text: 'свыше 400 бойцов',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 400,
        qualifier: 'more-than',
      },
      {
        text: 'более 300',
        metric: 'personnel_casualties',
        side: 'ukraine',
        value: 300,
        qualifier: 'more-than',
      },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'В Харькове ранены три человека. Еще два человека получили острую реакцию на стресс.',
    figures: [
      { text: 'три человека', metric: 'civilians_injured', side: 'ukraine', value: 3 },
      { text: 'два человека', metric: 'civilians_injured', side: 'ukraine', value: 2 },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'Над Краснодарским краем перехвачены 7 беспилотников. Уничтожены 3 станции радиоэлектронной борьбы и 2 бронетранспортера M113.',
    figures: [
      { text: '7 беспилотников', metric: 'drones', side: 'ukraine', value: 7 },
      { text: '3 станции радиоэлектронной борьбы', metric: 'other', side: 'ukraine', value: 3 },
      { text: '2 бронетранспортера', metric: 'armored_vehicles', side: 'ukraine', value: 2 },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'Всего уничтожено 900 единиц военной автомобильной спецтехники.',
    figures: [
      {
        text: '900 единиц военной автомобильной спецтехники',
        metric: 'vehicles',
        side: 'ukraine',
        value: 900,
      },
    ],
  },
  {
    date: '2025-10-20',
    lang: 'ru',
    text: 'Погибли 120 человек, а ранены - 300.',
    figures: [
      { text: '120 человек', metric: 'civilians_killed', side: 'ukraine', value: 120 },
      { text: '300', metric: 'civilians_injured', side: 'ukraine', value: 300 },
    ],
  },
];
