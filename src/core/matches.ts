/**
 * The matches of the global regex `re` in `text`, as `text.matchAll(re)` finds them from the
 * start. matchAll copies the regex on every call, which for the detector's long alternations
 * costs more than a short text's scan. Lazy, so that a page's matches are not all held at once,
 * and each step sets `lastIndex` itself, so that the consumer may use the regex meanwhile.
 * For regexes that never match the empty string (each match moves the scan on).
 */
export function* allMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  for (let at = 0; ; ) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return;
    at = re.lastIndex;
    yield m;
  }
}
