import type { Metric } from '../../core/vocabulary';
import { memoWords } from './word-memo';

/**
 * The words of Ukrainian and Russian war reporting the detector understands, as patterns over
 * folded words (lower case, ё → е, "'" for every apostrophe). A stem with an open ending covers
 * the declension: "танк" + и/ів/ов/а/ам/ами. Both languages share the tables.
 */

/** What a counted noun names. */
export type Head =
  | { kind: 'equipment'; metric: Metric }
  | { kind: 'people'; people: People }
  | { kind: 'outcome'; outcome: Outcome };

export type People = 'personnel' | 'civilians' | 'children' | 'generic' | 'casualties';
export type Outcome = 'killed' | 'wounded' | 'captured' | 'missing' | 'lost';

export type Row<T> = readonly [RegExp, T];

const EQUIPMENT: Row<Metric>[] = [
  [/^танк(?:и|ів|ов|а|ам|ами|у|ах)?$/, 'tanks'],
  // Tanks and fighting vehicles named by their model: "четырех «Леопардов»", "Абрамсів".
  [/^(?:леопард(?:ы|ов|а|ам|и|ів)?|абрамс(?:ы|ов|а|и|ів)?|челленджер\S*)$/, 'tanks'],
  [/^(?:бредли|бредлі|брэдли|мардер(?:ы|ов|и|ів)?|страйкер\S*)$/, 'armored_vehicles'],
  [
    /^(?:ббм|бмп|бтр|бронемашин\S*|бронеавтомобіл\S*|бронеавтомобил\S*|бронетранспортер\S*|бронетранспортёр\S*|бмд)$/,
    'armored_vehicles',
  ],
  // «Бронетехніка» is armour of every kind: tanks and the other armoured vehicles together.
  [/^(?:бронетехн\S*)$/, 'tanks_and_armored_vehicles'],
  [
    /^(?:артсистем\S*|гармат\S*|гаубиц\S*|орудий|орудия|орудие|мінометів|минометов|артилері[яїю]|артиллери[яию])$/,
    'artillery',
  ],
  [/^(?:рсзв|рсзо|himars|хаймарс\S*)$/, 'mlrs'],
  [/^(?:ппо|пво|зрк|зрпк)$/, 'air_defense'],
  [
    /^(?:літак(?:и|ів|а|ом|ами|у)?|самолет(?:ы|ов|а|ам|ами|у|ом)?|винищувач\S*|истребител\S*|бомбардувальник\S*|бомбардировщик\S*)$/,
    'aircraft',
  ],
  [/^(?:гелікоптер\S*|вертол[ьі]?[оё]т\S*|вертоліт|вертолет\S*)$/, 'helicopters'],
  [/^(?:бпла|бпла\S*|безпілотник\S*|беспилотник\S*|дрон\S*|шахед\S*|шахід\S*)$/, 'drones'],
  [/^(?:корабл\S*|корабель|катер\S*)$/, 'ships'],
  [
    /^(?:цистерн\S*|паливозаправник\S*|бензовоз\S*|топливозаправщик\S*|автотехн\S*|автомобіл(?:і|ів|я|ь|ями|ем)|автомобил(?:и|ей|я|ь|ями|ем)|автоцистерн\S*|вантажівок|вантажівки|грузовик\S*)$/,
    'vehicles',
  ],
  [/^(?:спецтехн\S*)$/, 'special_equipment'],
  // "перехватили восемь снарядов РСЗО": rockets shot down (shells fired are no loss: no loss verb).
  [/^(?:ракет|ракети|ракеты|ракета|ракету|снарядов|снаряды|снаряда|снарядів|снаряди)$/, 'missiles'],
];

const PEOPLE: Row<People>[] = [
  [
    /^(?:військов(?:их|і|ими|ий)|військовослужбовц\S*|військовослужбовець|военнослужащ\S*|военн(?:ых|ые|ыми|ый))$/,
    'personnel',
  ],
  [
    /^(?:солдат\S*|бійц\S*|боєць|бойц\S*|боец|окупант\S*|оккупант\S*|рашист\S*|загарбник\S*|захисник\S*|найманц\S*|наемник\S*|вагнерівц\S*|вагнеровц\S*|вояк\S*|резервіст\S*|резервист\S*|морпіх\S*|піхотинц\S*|пехотинц\S*|десантник\S*|штурмовик(?:ів|ов|и)|боевик\S*|бойовик\S*|моряк\S*|морпех\S*|пілот\S*|пилот\S*|льотчик\S*|летчик\S*|націоналіст\S*|националист\S*|мобілізован\S*|мобилизованн\S*|мобилизован\S*|контрактник\S*|офіцер\S*|офицер\S*|геро(?:їв|ев|ї|и)|генерал\S*|полковник\S*|подполковник\S*|підполковник\S*|майор(?:а|ів|ов)|капитан\S*|капітан\S*|лейтенант\S*|росіян\S*|россиян\S*|українців|украинцев|уроженц\S*|уродженц\S*|выходц\S*|вихідц\S*|добровольц\S*|доброволец|добровол(?:ь|я)ц\S*|земляк\S*|кадирівц\S*|кадыровц\S*|зек\S*|ув'язнен\S*|заключенн\S*)$/,
    'personnel',
  ],
  [
    /^(?:женщин\S*|жінок|жінки|жінка|жінку|пасажир\S*|пассажир\S*|пенсіонер\S*|пенсионер\S*|поліцейськ\S*|полицейск\S*|цивільн\S*|мирн(?:их|і|ых|ые)|гражданск(?:их|ие)|некомбатант\S*)$/,
    'civilians',
  ],
  [
    /^(?:дівчин\S*|дівчат\S*|хлопчик\S*|хлопц\S*|девоч\S*|девушк\S*|мальчик\S*|немовл\S*|підліт\S*|підлітк\S*|подрост\S*|діт(?:ей|и|ьми)|дитин[аиу]|дітлах\S*|дет(?:ей|и|ьми)|ребенка|ребенок|детей|неповнолітн\S*|несовершеннолетн\S*)$/,
    'children',
  ],
  [
    /^(?:працівник\S*|робітник\S*|містян\S*|чоловік(?:ів|и|а)?|мужчин\S*|людину|кия(?:н|ни)|киевлян\S*|харків'ян\S*|харьковчан\S*|одесит\S*|людей|люди|людина|людини|осіб|особи|особа|человек|человека|лиц|лица|жител\S*|мешканц\S*|громадян\S*|граждан|горожан\S*|дорослих|дорослі|взрослых|взрослые|колег|колеги|коллег|коллеги|палестинц\S*|палестинец|палестинців|ізраїльтян\S*|израильтян\S*|ліванц\S*|ливанц\S*|ливанец)$/,
    'generic',
  ],
];

/** Bodies: "тела", "тіл", "останки". */
export const BODIES = /^(?:тел|тела|тіл|тіла|останк(?:и|ів|ов))$/;

const OUTCOME_NOUNS: Row<Outcome>[] = [
  [
    /^(?:смерт(?:і|ей|ями)|загибл(?:их|і|ий|ого|им|ими|у|а)|вбит(?:их|і|ий|ого|ими)|убит(?:их|і|ий|ых|ые|ого|ими|ыми)|погибшими|погибш\S*|мертв(?:их|ых)|ліквідован(?:их|і|ий)|ликвидированн\S*|смерть)$/,
    'killed',
  ],
  [
    /^(?:поранен(?:их|і|ий|ого|им|ими)|ранен(?:ых|ые|ого|ый|ыми)|травмован(?:их|і|ий)|постраждал(?:их|і|ий|ого)|пострадавш\S*|потерпіл(?:их|і|ий|ого)|потерпевш\S*|ранений|поранень)$/,
    'wounded',
  ],
  [/^(?:полонен(?:их|і|ий|ого|им|ими)|пленн\S*|военнопленн\S*|військовополонен\S*)$/, 'captured'],
  [/^(?:зникл(?:их|і|ий|ого)|пропавш\S*)$/, 'missing'],
  // "передала 1003 тіла", "получила 1 тыс. тел": bodies are the dead (docs/DETECTION.md §3).
  [BODIES, 'killed'],
  // "750 тисяч російських втрат": losses counted as a noun, killed and wounded.
  [/^(?:втрат|потерь)$/, 'lost'],
  // "75 и 190 потерянных украинских военнослужащих": soldiers lost, killed and wounded.
  [/^(?:втрачених|втрачені|потерянн(?:ых|ые))$/, 'lost'],
];

/** The head a word names, remembered per word (see `memoWords`): the answers are shared, read-only. */
export const headOf = memoWords(headOfWord);

function headOfWord(norm: string): Head | undefined {
  for (const [re, metric] of EQUIPMENT) if (re.test(norm)) return { kind: 'equipment', metric };
  for (const [re, outcome] of OUTCOME_NOUNS) if (re.test(norm)) return { kind: 'outcome', outcome };
  for (const [re, people] of PEOPLE) if (re.test(norm)) return { kind: 'people', people };
  // "особового складу", "личного состава", "живої сили": the manpower, killed and wounded.
  if (/^(?:особового|личного|живої|живой)$/.test(norm))
    return { kind: 'people', people: 'casualties' };
  return undefined;
}

/**
 * Nouns that name equipment only with their modifiers: "систем" (артилерійських → artillery,
 * реактивних → MLRS), "машин" (броньованих → armoured), "техніки" (автомобільної → vehicles,
 * спеціальної → special), "засобів"/"средств" (ППО follows), "апаратів" (безпілотних),
 * "човнів"/"лодок" (підводних).
 */
export function modifiedHead(
  norm: string,
  modifiers: readonly string[],
  next: string | undefined,
): Metric | undefined {
  const has = (re: RegExp) => modifiers.some((m) => re.test(m));
  if (/^систем\S*$/.test(norm)) {
    if (has(/^(?:реактивн|залпов|ракетн)/) || /^залпов/.test(next ?? '')) return 'mlrs';
    if (has(/^(?:артилер|артиллер)/)) return 'artillery';
    if (has(/^(?:зеніт|зенит|протиповітр|противовозд|ппо|пво)/)) return 'air_defense';
  }
  if (/^машин\S*$/.test(norm) && has(/^(?:броньован|бронирован|бойов|боев)/)) {
    return has(/^реактивн/) || /^(?:рсзв|рсзо|реактивн)/.test(next ?? '')
      ? 'mlrs'
      : 'armored_vehicles';
  }
  if (/^(?:технік\S*|техник\S*)$/.test(norm)) {
    if (has(/^(?:автомобіл|автомобил)/)) return 'vehicles';
    if (has(/^(?:спеціальн|специальн|спеціалізован|специализирован)/)) return 'special_equipment';
    // "единиц бронированной техники" is «бронетехника» spelled out: armour of every kind.
    if (has(/^(?:броньован|бронирован)/)) return 'tanks_and_armored_vehicles';
    // "одиниць військової техніки": equipment of every kind, with no metric of its own.
    if (has(/^(?:військов|военн|бойов|боев|різн|различн|важк|тяжел)/)) return 'other';
  }
  // "единиц различного вооружения", "16 летательных аппаратов", "589 ворожих цілей".
  if (/^(?:вооружени[яей]|озброєнн[яь])$/.test(norm) && has(/^(?:одиниц|единиц|різн|различн)/))
    return 'other';
  if (/^(?:ціл(?:ей|і)|цел(?:ей|и))$/.test(norm) && has(/^(?:повітрян|воздушн|ворож|вражеск)/))
    return 'other';
  if (/^(?:засоб\S*|средств\S*|комплекс\S*)$/.test(norm)) {
    if (
      /^(?:ппо$|пво$|протиповітр|противовозд|зенітн|зенитн)/.test(next ?? '') ||
      has(/^(?:зеніт|зенит|протиповітр|противовозд)/)
    )
      return 'air_defense';
  }
  if (/^(?:апарат\S*|аппарат\S*)$/.test(norm) && has(/^(?:безпілот|беспилот)/)) return 'drones';
  if (/^(?:апарат\S*|аппарат\S*)$/.test(norm) && has(/^(?:літальн|летательн)/)) return 'other';
  // "Еще 5 аппаратов уничтожили": a bare "apparatus" shot down is a drone.
  if (/^(?:апарат(?:ів|и|а)?|аппарат(?:ов|ы|а)?)$/.test(norm) && !has(/^(?:космічн|космическ)/))
    return 'drones';
  // "12 станций радиоэлектронной борьбы", "радіолокаційних станцій": kinds with no metric.
  const ew = /^(?:радіоелектрон|радиоэлектрон|радіолокац|радиолокац|реб$|рлс$)/;
  if (
    /^(?:станці[йїя]|станци[йия]|станцію|станцию)$/.test(norm) &&
    (has(ew) || ew.test(next ?? ''))
  )
    return 'other';
  // "единиц военной автомобильной спецтехники": the MoD's military vehicles.
  if (/^спецтехн/.test(norm) && has(/^(?:автомобіл|автомобил)/)) return 'vehicles';
  if (/^(?:човн\S*|човен|лод(?:ок|ки|ка|ку))$/.test(norm) && has(/^(?:підводн|подводн)/))
    return 'submarines';
  if (/^(?:установ\S*)$/.test(norm) && /^(?:рсзв|рсзо)$/.test(next ?? '')) return 'mlrs';
  // "самохідних артилерійських установок", "самоходных артиллерийских установок".
  if (/^(?:установ\S*)$/.test(norm) && has(/^(?:артилер|артиллер)/)) return 'artillery';
  return undefined;
}

/** Words between a number and its noun that only measure it: "одиниць", "единиц", "од.". */
export const isMeasureWord = memoWords((norm: string): boolean =>
  /^(?:имен|імен|фамилий|фамилии|прізвищ|записей|записів|од|одиниць|одиниці|одиниця|одиницю|единиц|единицы|единица|единицу|шт|штук|установ\S*|пускових|пусковых)$/.test(
    norm,
  ),
);

/** Adjective endings: modifiers between a number and its noun ("російських", "боевых"). */
export const isModifier = memoWords(
  (norm: string): boolean =>
    /(?:[бвгґджзклмнпрстфхцчшщ]у|их|іх|їх|ых|ий|ій|ый|ой|ого|ої|ей|ими|ыми|ою|ую|ая|ое|ее|ые|ие|і|ї)$/.test(
      norm,
    ) && norm.length > 3,
);
