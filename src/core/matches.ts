/**
 * The matches of the global regex `re` in `text`, as `text.matchAll(re)` finds them when
 * `re.lastIndex` is 0, which it is after every call here. matchAll copies the regex on every
 * call, which for the detector's long alternations costs more than a short text's scan.
 * For regexes that never match the empty string (each match moves the scan on).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m);
  return found;
}
