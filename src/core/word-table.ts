/**
 * A table looked up by words from the page. Page text is not ours: "constructor" must find
 * nothing, not the property every plain object inherits (it once gave "The constructor lost 790
 * tanks." a side that was the Object function). The table has no prototype to inherit from.
 */
export const wordTable = <T>(entries: Record<string, T>): Record<string, T> =>
  Object.assign(Object.create(null) as Record<string, T>, entries);
