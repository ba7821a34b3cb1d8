import { describe, expect, it } from 'vitest';
import { qualifierBefore } from './qualifiers';
import { wordsIn } from './words';

/** The qualifier of the number that follows `prefix`, and the text of the hedge. */
function qualifierOf(prefix: string) {
  const text = `${prefix}100`;
  const q = qualifierBefore(wordsIn(text, 0, prefix.length), prefix.length);
  return { qualifier: q.qualifier, hedge: text.slice(q.start, prefix.length).trim() };
}

describe('qualifierBefore', () => {
  it.each([
    ['Around ', 'about', 'Around'],
    ['lost about ', 'about', 'about'],
    ['roughly ', 'about', 'roughly'],
    ['some ', 'about', 'some'],
    ['lost an estimated ', 'about', 'an estimated'],
    ['nearly ', 'about', 'nearly'],
    ['almost ', 'about', 'almost'],
    ['more than ', 'more-than', 'more than'],
    ['over ', 'more-than', 'over'],
    ['at least ', 'more-than', 'at least'],
    ['could be as high as ', 'up-to', 'as high as'],
    ['up to ', 'up-to', 'up to'],
    ['as many as ', 'up-to', 'as many as'],
    ['fewer than ', 'up-to', 'fewer than'],
    ['lost ', 'exact', ''],
    ['', 'exact', ''],
    ['the high ', 'exact', ''],
  ])('%j -> %s', (prefix, qualifier, hedge) => {
    expect(qualifierOf(prefix)).toEqual({ qualifier, hedge });
  });
});
