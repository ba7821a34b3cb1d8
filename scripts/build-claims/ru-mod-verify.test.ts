import { describe, expect, it } from 'vitest';
import { findInMessage } from './ru-mod-verify';

const TEXT =
  'Всего с начала проведения специальной военной операции уничтожены: 139 самолетов, 483 беспилотных летательных аппарата, 2 337 танков и других боевых бронированных машин.';
const COMBINED =
  'Уничтожено 311 танков и других боевых бронированных машин, 42 самолета и вертолета (в том числе на земле).';

describe('findInMessage', () => {
  it.each([
    ['a stated value', TEXT, 139, { stem: 'самол', exclude: 'вертол' }, true],
    ['digits grouped by a space', TEXT, 2337, { stem: 'танк' }, true],
    ['a value the text does not state', TEXT, 140, { stem: 'самол' }, false],
    ['a number that belongs to another category', TEXT, 139, { stem: 'беспилотн' }, false],
    [
      'a combined aircraft and helicopters figure',
      COMBINED,
      42,
      { stem: 'самол', exclude: 'вертол' },
      false,
    ],
    [
      'the same combined figure read as helicopters',
      COMBINED,
      42,
      { stem: 'вертол', exclude: 'самол' },
      false,
    ],
  ])('%s', (_name, text, value, check, expected) => {
    expect(findInMessage(text, value, check)).toBe(expected);
  });
});
