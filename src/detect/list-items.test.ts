import { describe, expect, it } from 'vitest';
import { detectFigures } from './index';

const brief = (text: string, pageDate = '2025-11-20') =>
  detectFigures(text, { pageDate }).map((m) => `${m.text} | ${m.metric} | ${m.side}`);

describe('lists of equipment lost, read to their end', () => {
  it('reads every item after the loss verb, "one" and singular nouns included', () => {
    const text =
      'The Russian army also lost six tanks, 39 artillery systems, one multiple launch rocket ' +
      'system, two air defense systems, 826 operational-tactical UAVs, 162 units of automotive ' +
      'equipment and tanker trucks, and one unit of special equipment.';
    expect(brief(text)).toEqual([
      'six tanks | tanks | russia',
      '39 artillery systems | artillery | russia',
      'one multiple launch rocket system | mlrs | russia',
      'two air defense systems | air_defense | russia',
      '826 operational-tactical UAVs | drones | russia',
      '162 units of automotive equipment and tanker trucks | vehicles | russia',
      'one unit of special equipment | special_equipment | russia',
    ]);
  });

  it('keeps weapon names and makers’ marks inside the span, and goes on past "made in"', () => {
    const text =
      "Russia's forces destroyed 1,244 tanks, as well as various armored vehicles including 17 " +
      'Leopard tanks manufactured in Germany, and 12 Bradley infantry fighting vehicles. Air ' +
      'defence shot down 27 Storm Shadow air-launched cruise missiles and 13 US-made HIMARS ' +
      'multiple launch rockets belonging to the Ukrainian armed forces.';
    expect(brief(text)).toEqual([
      '1,244 tanks | tanks | ukraine',
      '17 Leopard tanks | tanks | ukraine',
      '12 Bradley infantry fighting vehicles | armored_vehicles | ukraine',
      '27 Storm Shadow air-launched cruise missiles | missiles | ukraine',
      '13 US-made HIMARS multiple launch rockets | missiles | ukraine',
    ]);
  });

  it('reads a long tally whose loss word stands in the sentence before', () => {
    const text =
      'Air defences shot down an aircraft of the Ukrainian Air Force. According to the ministry, ' +
      'a total of 651 aircraft, 283 helicopters, 590 missile systems and 1,504 multiple rocket ' +
      'launchers have been counted.';
    expect(brief(text)).toEqual([
      '651 aircraft | aircraft | ukraine',
      '283 helicopters | helicopters | ukraine',
      '590 missile systems | air_defense | ukraine',
      '1,504 multiple rocket launchers | mlrs | ukraine',
    ]);
  });

  it('does not read an inventory or a salvo as losses', () => {
    expect(
      brief('The army has 300 tanks, 200 artillery systems and 50 aircraft, and lost some.'),
    ).toEqual([]);
    expect(
      brief(
        'Ukrainian air defence shot down 40 drones. Russia launched 50 drones, 10 cruise missiles, 4 ' +
          'ballistic missiles and 6 guided bombs.',
      ),
    ).toEqual(['40 drones | drones | russia']);
  });

  it('reads model codes that stand for their noun, but not a model before another noun', () => {
    expect(
      brief(
        'Ukraine destroyed three enemy aircraft in the Eastern direction: two Su-34; one Su-35.',
      ),
    ).toEqual([
      'three enemy aircraft | aircraft | russia',
      'two Su-34 | aircraft | russia',
      'one Su-35 | aircraft | russia',
    ]);
    expect(brief('Russia has lost 10 Su-25s since February.')).toEqual([
      '10 Su-25s | aircraft | russia',
    ]);
    expect(brief('Russian pilots flew 12 Su-25 sorties.')).toEqual([]);
  });
});

describe('bulleted lists and parts of a toll', () => {
  it('reads bulleted lines under a header that names the loss, with the side before them', () => {
    const text =
      'Since 8 August, Russian forces in this sector have lost 17,819 personnel.\n' +
      'In terms of weapons and military equipment, they have lost:\n' +
      '- 45 tanks;\n- 256 armoured combat vehicles;\n- 5 multiple-launch rocket systems.';
    expect(brief(text, '2024-10-28')).toEqual([
      '17,819 personnel | personnel_casualties | russia',
      '45 tanks | tanks | russia',
      '256 armoured combat vehicles | armored_vehicles | russia',
      '5 multiple-launch rocket systems | mlrs | russia',
    ]);
  });

  it('does not read bulleted lines under a header of deliveries', () => {
    const text = 'The package includes:\n- 45 tanks;\n- 256 armoured combat vehicles.';
    expect(brief(text, '2024-10-28')).toEqual([]);
  });

  it('reads "N children among M killed" as a part and its whole', () => {
    expect(brief('Five children among 31 killed in Russian attack on Kyiv', '2025-08-01')).toEqual([
      'Five children | children_killed | ukraine',
      '31 killed | civilians_killed | ukraine',
    ]);
  });
});

describe('whose loss, in a list or a claim', () => {
  it('gives drones an air defence shot down to the other side', () => {
    const text =
      'Ukrainian air defense systems intercepted or neutralized 483 of the 524 detected ' +
      'airborne threats, including 442 drones, 34 Kh-101 cruise missiles and seven Kalibr missiles.';
    expect(brief(text)).toEqual([
      '442 drones | drones | russia',
      '34 Kh-101 cruise missiles | missiles | russia',
      'seven Kalibr missiles | missiles | russia',
    ]);
  });

  it('reads "the enemy" in a Russian source as Ukraine, and "AFU" as Ukraine', () => {
    expect(
      brief(
        'The enemy losses amounted to more than 180 troops and 16 motor vehicles, the Russian Defence Ministry said.',
      ),
    ).toEqual([
      'more than 180 troops | personnel_casualties | ukraine',
      '16 motor vehicles | vehicles | ukraine',
    ]);
    expect(brief('The AFU losses amounted to up to 145 troops.')).toEqual([
      'up to 145 troops | personnel_casualties | ukraine',
    ]);
  });

  it('reads the fighters an army names with its words for the enemy as the other side', () => {
    expect(
      brief('Six operatives were killed and five others surrendered, the IDF said.', '2024-05-12'),
    ).toEqual([
      'Six operatives | personnel_killed | palestine',
      'five others | personnel_captured | palestine',
    ]);
    expect(brief('The IDF said 3 soldiers were killed in the fighting.', '2024-05-12')).toEqual([
      '3 soldiers | personnel_killed | israel',
    ]);
    expect(brief('The Israeli army said it killed 20 Hezbollah militants.', '2024-05-12')).toEqual([
      '20 Hezbollah militants | personnel_killed | lebanon',
    ]);
  });
});

describe('places held by Russia and new nouns', () => {
  it('gives civilians of Russian-held Donetsk to Ukraine, and drones shot down over Crimea too', () => {
    expect(
      brief(
        'Shelling of a market in Russian-occupied Donetsk killed at least 25 people.',
        '2024-01-21',
      ),
    ).toEqual(['at least 25 people | civilians_killed | ukraine']);
    expect(
      brief(
        'The ministry said 28 drones were shot down over the Saratov Region and two over Crimea.',
      ),
    ).toEqual(['28 drones | drones | ukraine', 'two | drones | ukraine']);
  });

  it('reads aid seekers and lives lost in Gaza and Lebanon as everyone killed there', () => {
    expect(
      brief(
        'Israeli forces killed four aid seekers near a distribution site in Gaza.',
        '2025-06-08',
      ),
    ).toEqual(['four aid seekers | people_killed | palestine']);
    expect(
      brief('Israeli strikes on Lebanon have led to a toll of 4,047 lives lost.', '2024-11-20'),
    ).toEqual(['4,047 lives lost | people_killed | lebanon']);
  });
});

describe('the war in Gaza: soldiers and the dead of 7 October', () => {
  it('gives the dead of the 7 October attack to Israel, and Hamas members killed to Palestine', () => {
    expect(
      brief(
        'Israel launched its campaign against Gaza after the October 7 Hamas attacks that killed around 1,200 people.',
        '2024-05-01',
      ),
    ).toEqual(['around 1,200 people | people_killed | israel']);
    expect(
      brief(
        'The IDF said it has killed 8,000 Hamas members in Gaza since October 7.',
        '2024-01-04',
      ),
    ).toEqual(['8,000 Hamas members | personnel_killed | palestine']);
  });

  it('reads soldiers counted on a Gaza page as Israel’s', () => {
    const text =
      "Israel's war on Hamas in Gaza has killed more than 16,000 Palestinians. The army on " +
      'Tuesday gave a toll of 80 soldiers killed in the Gaza ground offensive.';
    expect(brief(text, '2023-12-05')).toEqual([
      'more than 16,000 Palestinians | people_killed | palestine',
      '80 soldiers | personnel_killed | israel',
    ]);
  });
});
