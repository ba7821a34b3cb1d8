import { describe, expect, it } from 'vitest';
import { detectFigures } from '../index';
import { cyrillicBlocks, readableLanguage } from './language';
import { readNumber } from './numbers';
import { tokenize } from './tokens';

/** The number read at the start of `text`, as the detector reads it. */
function numberAt(text: string) {
  const n = readNumber(text, tokenize(text, 0, text.length), 0);
  return (
    n && {
      text: text.slice(n.start, n.end),
      value: n.value,
      low: n.low,
      high: n.high,
      approx: n.approx,
    }
  );
}

describe('Ukrainian and Russian numbers', () => {
  it.each([
    ['20600 осіб', '20600', 20600],
    ['20 600 осіб', '20 600', 20600],
    ['20\u00a0600 осіб', '20\u00a0600', 20600],
    ['20\u202f600 осіб', '20\u202f600', 20600],
    ['1 058 320 осіб', '1 058 320', 1058320],
    ['20,6 тис. осіб', '20,6 тис.', 20600],
    ['40 тисяч військових', '40 тисяч', 40000],
    ['40 тысяч военных', '40 тысяч', 40000],
    ['1,2 млн человек', '1,2 млн', 1200000],
    ['шістьох військових', 'шістьох', 6],
    ["п'ятеро загиблих", "п'ятеро", 5],
    ['двадцять тисяч окупантів', 'двадцять тисяч', 20000],
    ['восемь с половиной тысяч погибших', 'восемь с половиной тысяч', 8500],
    ['півтори тисячі окупантів', 'півтори тисячі', 1500],
    ['двухсот танков', 'двухсот', 200],
    ['тисячу солдатів', 'тисячу', 1000],
    ['дві сотні окупантів', 'дві сотні', 200],
    ['одном погибшем', 'одном', 1],
  ])('%s → %s = %d', (text, span, value) => {
    expect(numberAt(text)).toMatchObject({ text: span, value });
  });

  it.each([
    ['сотні окупантів', 'сотні', 100],
    ['десятки тисяч убитых', 'десятки тисяч', 10000],
    ['кілька тисяч військових', 'кілька тисяч', 1000],
    ['сотни тысяч военных', 'сотни тысяч', 100000],
  ])('%s is a vague magnitude', (text, span, approx) => {
    expect(numberAt(text)).toMatchObject({ text: span, value: null, approx });
  });

  it.each([
    ['100–150 окупантів', 100, 150],
    ['30-40 тисяч військових', 30000, 40000],
    ['160-165 тысяч военных', 160000, 165000],
  ])('%s is a range', (text, low, high) => {
    expect(numberAt(text)).toMatchObject({ value: null, low, high });
  });

  it.each(['24.02.22', '18.04.2022', '10:00', '30-річний', '5-летний'])(
    '%s is no count',
    (text) => {
      expect(numberAt(text)).toBeUndefined();
    },
  );

  it('the minutes of a time are no count either', () => {
    const text = 'Субота 07:30 Мінус 900 окупантів';
    const toks = tokenize(text, 0, text.length);
    const minutes = toks.findIndex((t) => t.norm === '30');
    expect(readNumber(text, toks, minutes)).toBeUndefined();
  });
});

describe('language of a block', () => {
  it('reads the page lang, and letters only one language has', () => {
    expect(readableLanguage('uk-UA')).toBe('uk');
    expect(readableLanguage('RU')).toBe('ru');
    expect(readableLanguage('de')).toBe('other');
    expect(readableLanguage(undefined)).toBeUndefined();
    const text =
      'Russia lost tanks.\nРосія втратила 790 танків.\nРоссия потеряла 790 танков и вертолёты.\nББМ ‒ 2041';
    expect(cyrillicBlocks(text, 'en').map((b) => [text.slice(b.start, b.end), b.lang])).toEqual([
      ['Росія втратила 790 танків.', 'uk'],
      ['Россия потеряла 790 танков и вертолёты.\nББМ ‒ 2041', 'ru'],
    ]);
    // Blank lines between a page's blocks (as the content script joins them) keep a list whole.
    const spaced = 'Загальні втрати противника склали:\n \n \nтанків ‒ 790,\n \nББМ ‒ 2041';
    expect(cyrillicBlocks(spaced, 'uk')).toEqual([{ start: 0, end: spaced.length, lang: 'uk' }]);
    expect(
      detectFigures(spaced, { pageDate: '2022-04-19', lang: 'uk' }).map((m) => m.text),
    ).toEqual(['танків ‒ 790', 'ББМ ‒ 2041']);
    // A block whose letters don't tell takes the page's language.
    expect(cyrillicBlocks('ББМ ‒ 2041', 'ru')[0]?.lang).toBe('ru');
    expect(cyrillicBlocks('ББМ ‒ 2041', undefined)[0]?.lang).toBe('uk');
  });
});

describe('real-text constructions (uk-01, ru-01)', () => {
  const read = (text: string, lang: string, pageDate = '2025-10-02') =>
    detectFigures(text, { pageDate, lang }).map((m) => [m.text, m.metric, m.side]);

  it('a list retold without dashes goes on line after line under its header', () => {
    const text = 'Росія втратила:\n\n322 танки\n\n430 бойових броньованих машин\n\nп’ять літаків';
    expect(read(text, 'uk')).toEqual([
      ['322 танки', 'tanks', 'russia'],
      ['430 бойових броньованих машин', 'armored_vehicles', 'russia'],
      ['п’ять літаків', 'aircraft', 'russia'],
    ]);
  });

  it("the increase after a label of a few words, and its period, are the increase's only", () => {
    const text =
      'Генштаб: росія втратила 65 823 безпілотники оперативно-тактичного рівня (+271 за добу).';
    const found = detectFigures(text, { pageDate: '2025-10-02', lang: 'uk' });
    expect(found.map((m) => [m.text, m.value, m.period?.start ?? null])).toEqual([
      ['65 823 безпілотники', 65823, null],
      ['+271', 271, '2025-10-02'],
    ]);
  });

  it('children wounded are civilians injured; parts of a toll take its loss', () => {
    expect(
      read('Загинули 15 людей, четверо з них – діти, поранено 40 осіб, серед них 5 дітей.', 'uk'),
    ).toEqual([
      ['15 людей', 'civilians_killed', 'ukraine'],
      ['четверо', 'children_killed', 'ukraine'],
      ['40 осіб', 'civilians_injured', 'ukraine'],
      ['5 дітей', 'civilians_injured', 'ukraine'],
    ]);
  });

  it('a row of numbers shares the noun of its last one', () => {
    expect(read('Потери ВСУ составили 220, 190 и 510 человек.', 'ru')).toEqual([
      ['220', 'personnel_casualties', 'ukraine'],
      ['190', 'personnel_casualties', 'ukraine'],
      ['510 человек', 'personnel_casualties', 'ukraine'],
    ]);
  });

  it('a number with no noun after "и" or a comma, placed by a preposition, is a breakdown', () => {
    expect(
      read('Военные сбили пять беспилотников над Курской областью и три — над Адыгеей.', 'ru'),
    ).toEqual([
      ['пять беспилотников', 'drones', 'ukraine'],
      ['три', 'drones', 'ukraine'],
    ]);
  });

  it('the source of the sentence before speaks on; a bare "Генштаб" tells no army', () => {
    expect(
      read('Об этом сообщил Конашенков. По его словам, были сбиты два самолета.', 'ru'),
    ).toEqual([['два самолета', 'aircraft', 'ukraine']]);
    expect(
      read(
        'Начальник Генштаба добавил, что ВСУ лишились 900 человек. Кроме того, противник потерял 40 танков.',
        'ru',
      ),
    ).toEqual([
      ['900 человек', 'personnel_casualties', 'ukraine'],
      ['40 танков', 'tanks', 'ukraine'],
    ]);
  });

  it('soldiers "lost" or "eliminated" allow the other measure (§7)', () => {
    const found = detectFigures(
      'Армія РФ втратила 980 військових. За добу ліквідовано 1000 окупантів. Загинули 5 військових.',
      { pageDate: '2025-10-02', lang: 'uk' },
    );
    expect(found.map((m) => [m.metric, m.alsoMetric ?? null])).toEqual([
      ['personnel_casualties', 'personnel_killed'],
      ['personnel_killed', 'personnel_casualties'],
      ['personnel_killed', null],
    ]);
  });

  it('a share, a rate, an age, a state are no counts', () => {
    expect(read('27% загиблих — добровольці.', 'uk')).toEqual([]);
    expect(read('В Тыве 120 погибших на 10 тысяч мужчин.', 'ru')).toEqual([]);
    expect(read('Пострадали 6 человек, двое в тяжелом состоянии.', 'ru')).toEqual([
      ['6 человек', 'civilians_injured', 'ukraine'],
    ]);
  });
});

describe('real-text constructions (uk-02, ru-02)', () => {
  const read = (text: string, lang: string, pageDate = '2025-10-02') =>
    detectFigures(text, { pageDate, lang }).map((m) => [m.text, m.metric, m.side]);

  it('reads a case ending written after digits, not an ordinal nor a word', () => {
    expect(numberAt('11-х поранених')).toMatchObject({ text: '11-х', value: 11 });
    expect(numberAt('5-ти військових')).toMatchObject({ text: '5-ти', value: 5 });
    expect(numberAt('5-й бригади')).toBeUndefined();
  });

  it('a condition is no loss; a past contrast or a way of reckoning opened by "якщо" is', () => {
    expect(read('Якщо росія втрачатиме 1000 солдатів щодня, наступ зупиниться.', 'uk')).toEqual([]);
    expect(read('Если бы армия потеряла 500 танков, она бы отступила.', 'ru')).toEqual([]);
    expect(read('Если в 2024 году ВСУ теряли 300 военнослужащих, то теперь больше.', 'ru')).toEqual(
      [['300 военнослужащих', 'personnel_casualties', 'ukraine']],
    );
    expect(
      read('Якщо екстраполювати ці дані, втрати ворога можуть сягати приблизно 400 тисяч.', 'uk'),
    ).toEqual([['приблизно 400 тисяч', 'personnel_casualties', 'russia']]);
  });

  it('drones launched are no loss; those of them shot down are', () => {
    expect(read('Ворог атакував область, застосувавши 60 ударних дронів.', 'uk')).toEqual([]);
    expect(read('Атакованы 12 дронов, из которых девять сбиты.', 'ru')).toEqual([
      ['девять', 'drones', 'ukraine'],
    ]);
  });

  it('a part keeps the side of its whole', () => {
    expect(
      read(
        'ВСУ потеряли 900 военнослужащих. Из них 200 солдат убиты в зоне российской группировки.',
        'ru',
      ),
    ).toEqual([
      ['900 военнослужащих', 'personnel_casualties', 'ukraine'],
      ['200 солдат', 'personnel_killed', 'ukraine'],
    ]);
  });

  it('a ratio of losses and recruits are no counts', () => {
    expect(read('На шістьох вбитих окупантів припадає один загиблий захисник.', 'uk')).toEqual([]);
    expect(read('Армія РФ залучила 406 000 осіб.', 'uk')).toEqual([]);
  });
});

describe('detectFigures on pages in three languages', () => {
  const page = [
    'Russia has lost 790 tanks, the General Staff said on Monday.',
    'Генштаб ЗСУ: станом на 18 квітня росіяни втратили близько 20\u00a0600 військових.',
    'Минобороны России: за сутки уничтожены 12 танков и других боевых бронированных машин ВСУ.',
  ].join('\n');

  it('reads each block in its own language, whatever the page says it is', () => {
    for (const lang of ['en', 'uk', 'ru', undefined]) {
      const found = detectFigures(page, { pageDate: '2022-04-19', lang });
      expect(found.map((m) => [m.text, m.metric, m.side, m.claimant ?? null])).toEqual([
        ['790 tanks', 'tanks', 'russia', 'ua-general-staff'],
        ['близько 20\u00a0600 військових', 'personnel_casualties', 'russia', 'ua-general-staff'],
        [
          '12 танков и других боевых бронированных машин',
          'tanks_and_armored_vehicles',
          'ukraine',
          'ru-mod',
        ],
      ]);
    }
  });

  it('dates and periods: "станом на 18 квітня", "за сутки"', () => {
    const [, uk, ru] = detectFigures(page, { pageDate: '2022-04-19', lang: 'uk' });
    expect(uk).toMatchObject({ asOf: '2022-04-18', qualifier: 'about' });
    expect(uk?.period).toBeUndefined();
    expect(ru).toMatchObject({
      asOf: '2022-04-19',
      period: { start: '2022-04-19', end: '2022-04-19' },
    });
  });

  it('on a page in another language reads only its Latin blocks; a lang that is no tag counts as none', () => {
    // "bg", "sr": Cyrillic that is neither Ukrainian nor Russian is left alone.
    for (const lang of ['de', 'bg', 'ar']) {
      const found = detectFigures(page, { pageDate: '2022-04-19', lang });
      expect(found.map((m) => m.text)).toEqual(['790 tanks']);
    }
    // Not a language tag: read as a page without one.
    const hostile = `${'x'.repeat(10_000)}\u0000<script>`;
    const auto = detectFigures(page, { pageDate: '2022-04-19' });
    expect(auto).toHaveLength(3);
    expect(detectFigures(page, { pageDate: '2022-04-19', lang: hostile })).toEqual(auto);
  });

  it('reads the General Staff list: each total and its day increase, one metric', () => {
    const list =
      'Загальні бойові втрати противника з 24.02.22 по 18.04.22 орієнтовно склали:\nособового складу ‒ близько 20600 (+200) осіб ліквідовано,\nтанків ‒ 790 (+17) од,\nРСЗВ ‒ 132 (+0) од.';
    const found = detectFigures(list, { pageDate: '2022-04-19', lang: 'uk' });
    expect(
      found.map((m) => [m.text, m.metric, m.side, m.value, m.asOf, m.period?.start ?? null]),
    ).toEqual([
      [
        'особового складу ‒ близько 20600',
        'personnel_casualties',
        'russia',
        20600,
        '2022-04-18',
        null,
      ],
      ['+200', 'personnel_casualties', 'russia', 200, '2022-04-18', '2022-04-18'],
      ['танків ‒ 790', 'tanks', 'russia', 790, '2022-04-18', null],
      ['+17', 'tanks', 'russia', 17, '2022-04-18', '2022-04-18'],
      ['РСЗВ ‒ 132', 'mlrs', 'russia', 132, '2022-04-18', null],
    ]);
  });
});
