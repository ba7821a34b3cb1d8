import { describe, expect, it } from 'vitest';
import { detectFigures } from '../index';

const brief = (text: string, lang: 'ru' | 'uk', pageDate = '2025-03-04') =>
  detectFigures(text, { pageDate, lang }).map(
    (m) => `${m.text} | ${m.metric} | ${m.side}${m.area ? ` | ${m.area}` : ''}`,
  );

describe('the wars in Gaza, Israel and Lebanon in Russian and Ukrainian copy', () => {
  it('gives people killed in Lebanon to Lebanon, counted as everyone (people_*)', () => {
    const text =
      'Израиль нанес удар по жилому комплексу на юге Ливана. В результате атаки погибли шесть ' +
      'человек. Кроме того, по меньшей мере 15 человек были ранены.';
    expect(brief(text, 'ru')).toEqual([
      'шесть человек | people_killed | lebanon',
      'по меньшей мере 15 человек | people_injured | lebanon',
    ]);
  });

  it('gives Palestinians their area, and a group named after the number its side', () => {
    expect(brief('В секторе Газа за сутки погибли 463 палестинца.', 'ru')).toEqual([
      '463 палестинца | people_killed | palestine | gaza',
    ]);
    expect(brief('У Дженіні загинули четверо палестинців.', 'uk')).toEqual([
      'четверо палестинців | people_killed | palestine | west-bank',
    ]);
    expect(
      brief('Израильские военные уничтожили двух боевиков «Хезболлы» в Ливане.', 'ru'),
    ).toEqual(['двух боевиков | personnel_killed | lebanon']);
  });

  it('reads soldiers killed in Gaza with no group named as the IDF’s', () => {
    expect(
      brief('С начала наземной операции в Газе погибли 272 военнослужащих.', 'ru', '2024-05-12'),
    ).toEqual(['272 военнослужащих | personnel_killed | israel']);
  });

  it('reads Israel as a place only after a place word, not as the actor of a strike', () => {
    expect(
      brief('Число погибших жителей Израиля превысило 700 человек.', 'ru', '2023-10-09'),
    ).toEqual(['700 человек | people_killed | israel']);
    const gaza =
      'Армия Израиля продолжает удары по сектору Газа. С момента начала войны погибли 71 266 человек.';
    expect(brief(gaza, 'ru', '2025-12-01')).toEqual([
      '71 266 человек | people_killed | palestine | gaza',
    ]);
  });

  it('keeps fighters struck near the border with Israel as Hezbollah’s', () => {
    const text =
      'Внаслідок ударів по прикордонному з Ізраїлем району загинули четверо бойовиків «Хезболли».';
    expect(brief(text, 'uk', '2024-03-02')).toEqual([
      'четверо бойовиків | personnel_killed | lebanon',
    ]);
  });

  it('leaves the war in Ukraine as it was on a page that also names Israel', () => {
    const text =
      'Президент посетил Израиль на прошлой неделе. В Харькове в результате обстрела погибли ' +
      'три человека.';
    expect(brief(text, 'ru')).toEqual(['три человека | civilians_killed | ukraine']);
  });
});
