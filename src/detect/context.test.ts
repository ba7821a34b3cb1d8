import { describe, expect, it } from 'vitest';
import { hasListedLossCue, hasWarContext } from './context';
import { wordsIn } from './words';

/** Whether the figure marked by [brackets] stands in a list headed by a loss word. */
function listed(marked: string): boolean {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace(/[[\]]/g, '');
  return hasListedLossCue(wordsIn(text, 0, text.length), start, end);
}

describe('hasListedLossCue', () => {
  it.each([
    ['Russian losses included [790 tanks], 2,041 armored combat vehicles', true],
    ['Russian losses included 790 tanks, 167 aircraft and [147 helicopters], among others', true],
    ['the loss of [519 Russian tanks]', true],
    ['In Bakhmut [790 tanks] and 167 aircraft were destroyed.', true],
    ['Russia has lost 3,000 tanks, leaving it with [1,500 tanks] in storage.', false],
    ['Ukraine lost territory, while Russia moved [200 tanks] to the front.', false],
    ['[200 tanks] arrived; none were lost.', false],
  ])('%s -> %s', (marked, expected) => {
    expect(listed(marked)).toBe(expected);
  });
});

describe('hasWarContext', () => {
  it.each([
    ['Russia claimed it had lost 1,351 men in the conflict.', true],
    ["Ukraine's army said so.", true],
    ['Shelling hit Kharkiv.', true],
    ['Two men were killed in a shooting in Chicago.', false],
    ['The team suffered 3 losses this season.', false],
  ])('%s -> %s', (text, expected) => {
    expect(hasWarContext(wordsIn(text, 0, text.length))).toBe(expected);
  });
});
