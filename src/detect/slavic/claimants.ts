import type { Row } from './lexicon';

/** Claimants named in the sentence: the registry's ids. */
const CLAIMANTS: Row<string>[] = [
  [
    /(?:міноборони|минобороны|міністерств\S* оборони|министерств\S* обороны|оборонн\S* відомств\S*|оборонн\S* ведомств\S*) (?:росії|россии|рф|российской федерации)|(?:російськ\S*|российск\S*) (?:міноборони|минобороны|оборонн\S* відомств\S*|военн\S* ведомств\S*)|конашенков|шойгу|белоусов/,
    'ru-mod',
  ],
  [
    /генштаб(?!\S* (?:вс |збройних сил |вооруженных сил )?(?:рф|росії|россии))|генеральн\S* штаб(?!\S* (?:вс |збройних сил |вооруженных сил )?(?:рф|росії|россии))|(?:міноборони|минобороны|міністерств\S* оборони|министерств\S* обороны) україни|(?:міноборони|минобороны|министерств\S* обороны) украины/,
    'ua-general-staff',
  ],
  [
    /моніторингов\S* місі\S* оон|місі\S* оон з прав|оон з прав людини|оон по правам человека|мониторингов\S* мисси\S* оон|увкпл|ohchr|верховного комісара оон|верховного комиссара оон/,
    'ohchr',
  ],
  [/зеленськ|зеленск/, 'ua-president'],
  [
    /британськ\S* розвідк|британск\S* разведк|(?:міноборони|минобороны|министерств\S* обороны|міністерств\S* оборони) (?:великої британії|британії|великобритании|британии)/,
    'uk-mod',
  ],
  [/медіазон|медиазон/, 'mediazona-meduza'],
  [
    /(?:російськ\S*|русск\S*) (?:служб\S*|редакці\S*|редакци\S*) (?:bbc|ввс|бі-бі-сі|би-би-си)|(?:bbc|би-би-си|бі-бі-сі) (?:news )?(?:russian|на русском)|(?<![\p{L}])(?:би-би-си|бі-бі-сі)/u,
    'bbc-russian',
  ],
  [/\boryx\b|орикс/, 'oryx'],
];

/** The first registry claimant the folded text names, if any. */
export function claimantIn(folded: string): string | undefined {
  let best: { at: number; id: string } | undefined;
  let mediazona = false;
  for (const [re, id] of CLAIMANTS) {
    const m = re.exec(folded);
    if (m && id === 'mediazona-meduza') mediazona = true;
    if (m && (!best || m.index < best.at)) best = { at: m.index, id };
  }
  // "Би-би-си и «Медиазона»": their joint count of the named dead is Mediazona's series.
  return best?.id === 'bbc-russian' && mediazona ? 'mediazona-meduza' : best?.id;
}

/** "Минобороны" alone, in a Russian text: the Russian ministry. */
export const BARE_RU_MOD =
  /(?<![\p{L}])(?:минобороны|министерство обороны|военное ведомство)(?! украины)/u;
