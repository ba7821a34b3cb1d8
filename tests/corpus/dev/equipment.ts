import type { CorpusCase } from './types';

/** Equipment: every metric's wordings, with the loss word that makes a count a loss. */
export const EQUIPMENT: CorpusCase[] = [
  {
    date: '2022-05-01',
    text: 'Ukraine says it has destroyed 1,200 Russian armoured personnel carriers.',
    figures: [
      {
        text: '1,200 Russian armoured personnel carriers',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 1200,
      },
    ],
  },
  {
    date: '2024-02-20',
    text: 'Russia has lost 450 infantry fighting vehicles in the Avdiivka offensive.',
    figures: [
      {
        text: '450 infantry fighting vehicles',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 450,
      },
    ],
  },
  {
    date: '2022-09-12',
    text: 'Ukrainian troops destroyed 12 BMPs and three tanks near Balakliia.',
    figures: [
      { text: '12 BMPs', metric: 'armored_vehicles', side: 'russia', value: 12 },
      { text: 'three tanks', metric: 'tanks', side: 'russia', value: 3 },
    ],
  },
  {
    date: '2022-08-01',
    text: 'Russia said it had destroyed 6 HIMARS launchers.',
    figures: [{ text: '6 HIMARS launchers', metric: 'mlrs', side: 'ukraine', value: 6 }],
  },
  {
    date: '2022-04-19',
    text: 'The General Staff said Russian losses included 44 multiple rocket launchers and 39 air-defence systems.',
    figures: [
      {
        text: '44 multiple rocket launchers',
        metric: 'mlrs',
        side: 'russia',
        value: 44,
        claimant: 'ua-general-staff',
      },
      {
        text: '39 air-defence systems',
        metric: 'air_defense',
        side: 'russia',
        value: 39,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2022-10-20',
    text: 'Ukraine has shot down 1,900 Russian UAVs since the invasion began.',
    figures: [{ text: '1,900 Russian UAVs', metric: 'drones', side: 'russia', value: 1900 }],
  },
  {
    date: '2023-04-19',
    text: 'Russia has lost 18 warships and boats in the Black Sea, Kyiv claims.',
    figures: [{ text: '18 warships and boats', metric: 'ships', side: 'russia', value: 18 }],
  },
  {
    date: '2023-09-14',
    text: 'Two Russian submarines have been damaged in Sevastopol.',
    figures: [{ text: 'Two Russian submarines', metric: 'submarines', side: 'russia', value: 2 }],
  },
  {
    date: '2023-04-19',
    text: 'Russian losses also included 5,200 vehicles and fuel tanks.',
    figures: [
      { text: '5,200 vehicles and fuel tanks', metric: 'vehicles', side: 'russia', value: 5200 },
    ],
  },
  {
    date: '2022-10-10',
    text: 'Russia has lost 180 units of special equipment, according to the General Staff.',
    figures: [
      {
        text: '180 units of special equipment',
        metric: 'special_equipment',
        side: 'russia',
        value: 180,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2022-06-01',
    text: 'Ukrainian artillery destroyed 30 Russian self-propelled guns.',
    figures: [
      { text: '30 Russian self-propelled guns', metric: 'artillery', side: 'russia', value: 30 },
    ],
  },
  {
    date: '2023-04-19',
    text: 'Kyiv says its forces have downed 300 Russian combat helicopters.',
    figures: [
      { text: '300 Russian combat helicopters', metric: 'helicopters', side: 'russia', value: 300 },
    ],
  },
  {
    date: '2024-03-26',
    text: 'Russia has lost 3 landing ships in the Black Sea this month.',
    figures: [
      {
        text: '3 landing ships',
        metric: 'ships',
        side: 'russia',
        value: 3,
        asOf: '2024-03-26',
        period: { start: '2024-03-01', end: '2024-03-26' },
      },
    ],
  },
  {
    date: '2022-06-01',
    text: "Russia's defence ministry said 2,000 Ukrainian tanks and other armoured vehicles had been destroyed.",
    figures: [
      {
        text: '2,000 Ukrainian tanks and other armoured vehicles',
        metric: 'tanks_and_armored_vehicles',
        side: 'ukraine',
        value: 2000,
        claimant: 'ru-mod',
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Russian losses included 790 tanks, 2,041 armored combat vehicles, 167 aircraft and 147 helicopters, among other pieces of military equipment, according to the ministry.',
    figures: [
      { text: '790 tanks', metric: 'tanks', side: 'russia', value: 790 },
      {
        text: '2,041 armored combat vehicles',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 2041,
      },
      { text: '167 aircraft', metric: 'aircraft', side: 'russia', value: 167 },
      { text: '147 helicopters', metric: 'helicopters', side: 'russia', value: 147 },
    ],
  },
  {
    date: '2023-04-19',
    text: "Ukraine's General Staff said Russia had lost 3,660 tanks, 7,100 armoured combat vehicles, 2,750 artillery systems and 307 aircraft.",
    figures: [
      {
        text: '3,660 tanks',
        metric: 'tanks',
        side: 'russia',
        value: 3660,
        claimant: 'ua-general-staff',
      },
      {
        text: '7,100 armoured combat vehicles',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 7100,
        claimant: 'ua-general-staff',
      },
      {
        text: '2,750 artillery systems',
        metric: 'artillery',
        side: 'russia',
        value: 2750,
        claimant: 'ua-general-staff',
      },
      {
        text: '307 aircraft',
        metric: 'aircraft',
        side: 'russia',
        value: 307,
        claimant: 'ua-general-staff',
      },
    ],
  },
  {
    date: '2022-06-01',
    text: 'Russian forces destroyed 12 tanks, 20 armoured vehicles and three artillery systems, Moscow said.',
    figures: [
      { text: '12 tanks', metric: 'tanks', side: 'ukraine', value: 12 },
      { text: '20 armoured vehicles', metric: 'armored_vehicles', side: 'ukraine', value: 20 },
      { text: 'three artillery systems', metric: 'artillery', side: 'ukraine', value: 3 },
    ],
  },
  {
    date: '2023-04-19',
    text: 'Oryx has confirmed the loss of 2,000 Russian tanks, 3,900 armoured fighting vehicles and 80 aircraft.',
    figures: [
      {
        text: '2,000 Russian tanks',
        metric: 'tanks',
        side: 'russia',
        value: 2000,
        claimant: 'oryx',
      },
      {
        text: '3,900 armoured fighting vehicles',
        metric: 'armored_vehicles',
        side: 'russia',
        value: 3900,
        claimant: 'oryx',
      },
      { text: '80 aircraft', metric: 'aircraft', side: 'russia', value: 80, claimant: 'oryx' },
    ],
  },
  {
    date: '2022-07-01',
    text: 'Moscow claims Ukraine has lost 250 aircraft, 140 helicopters and 1,600 drones.',
    figures: [
      { text: '250 aircraft', metric: 'aircraft', side: 'ukraine', value: 250 },
      { text: '140 helicopters', metric: 'helicopters', side: 'ukraine', value: 140 },
      { text: '1,600 drones', metric: 'drones', side: 'ukraine', value: 1600 },
    ],
  },
  {
    date: '2022-05-02',
    text: "Russia destroyed 5 Ukrainian aircraft, 2 helicopters and 40 drones on Sunday, Russia's defence ministry said.",
    figures: [
      {
        text: '5 Ukrainian aircraft',
        metric: 'aircraft',
        side: 'ukraine',
        value: 5,
        claimant: 'ru-mod',
        asOf: '2022-05-01',
        period: { start: '2022-05-01', end: '2022-05-01' },
      },
      {
        text: '2 helicopters',
        metric: 'helicopters',
        side: 'ukraine',
        value: 2,
        claimant: 'ru-mod',
        asOf: '2022-05-01',
        period: { start: '2022-05-01', end: '2022-05-01' },
      },
      {
        text: '40 drones',
        metric: 'drones',
        side: 'ukraine',
        value: 40,
        claimant: 'ru-mod',
        asOf: '2022-05-01',
        period: { start: '2022-05-01', end: '2022-05-01' },
      },
    ],
  },
  {
    date: '2023-10-05',
    text: 'The air force said 12 Russian cruise missiles had been shot down overnight.',
    figures: [
      {
        text: '12 Russian cruise missiles',
        metric: 'missiles',
        side: 'russia',
        value: 12,
        period: { start: '2023-10-05', end: '2023-10-05' },
      },
    ],
  },
  {
    date: '2022-04-19',
    text: 'Oryx has visually confirmed 519 Russian tanks lost.',
    figures: [
      { text: '519 Russian tanks', metric: 'tanks', side: 'russia', value: 519, claimant: 'oryx' },
    ],
  },
  {
    date: '2022-04-19',
    text: "Ukraine's military said it shot down 25 of 30 drones launched overnight.",
    note: 'Of the 30 launched, the 25 shot down are lost (docs/DETECTION.md §1).',
    figures: [
      {
        text: '25 of 30 drones',
        metric: 'drones',
        side: 'russia',
        value: 25,
        period: { start: '2022-04-19', end: '2022-04-19' },
      },
    ],
  },
];
