/** A side, or "ворог" (the enemy) and "наші" (ours), which the source's side resolves. */
export type SideWord = 'russia' | 'ukraine' | 'enemy' | 'ours';

/** Words naming whose losses, or who attacked. Place names after a preposition are places. */
export function sideWordOf(norm: string): SideWord | undefined {
  if (
    /^(?:росі[яїюі]|росією|россия|россии|россию|россией|рф|російськ\S*|российск\S*|росіян\S*|россиян\S*|окупант\S*|оккупант\S*|рашист\S*|загарбник\S*|кремл\S*|путін\S*|путин\S*|вагнер\S*|кадирівц\S*|кадыровц\S*)$/.test(
      norm,
    )
  )
    return 'russia';
  if (
    /^(?:україн[аиуі]|україною|украин[аыуе]|украиной|україн(?:ськ|ц)\S*|украин(?:ск|ц)\S*|зсу|всу|вфу|захисник\S*|захисниц\S*|всушник\S*)$/.test(
      norm,
    )
  )
    return 'ukraine';
  if (
    /^(?:боевик\S*|бойовик\S*|националист\S*|ворог\S*|ворож\S*|противник\S*|враг\S*|вражеск\S*|супротивник\S*|неприятел\S*)$/.test(
      norm,
    )
  )
    return 'enemy';
  // "наших героїв", "наші захисники": the speaker's own side.
  if (/^(?:наш|наша|наше|наші|наших|нашим|нашими|наши|наших)$/.test(norm)) return 'ours';
  return undefined;
}

/** Prepositions that make the next name a place ("в Україні", "на России"), not a side. */
export const isPlacePreposition = (norm: string): boolean =>
  /^(?:в|у|на|по|во|із|з|из|до|від|от|проти|против|для)$/.test(norm);

/** Active verbs of harm: a side named before one is the attacker, so the loser is the other. */
const HARM_STEM =
  /^(?:знищ|уничтож|ліквід|ликвид|збил|збив|сбил|вбил|вбив|убил|ураз|враз|пораз|поранил|ранил|підбил|подбил|захоп|захват|взял|полонил|пленил|вивел|вывел|спалил|сожгл|потоп|атакува|атаков|обстріл|обстрел|вдари|удари|знешкод|обезвред|відбил|отбил|розгром|разгром|перехопил|перехватил|подавил|придушил|нейтрализовал|нейтралізува)/;
const ACTIVE_ENDING = /(?:ли|ла|ло|ив|ил|ав|ал|ють|ют|ят|ать|ить|ти|ши|вши|вшись)$/;
export const isActiveHarm = (norm: string): boolean =>
  HARM_STEM.test(norm) && ACTIVE_ENDING.test(norm);
