import { describe, expect, it } from 'vitest';
import { isRealmRace } from './firefox';

describe('isRealmRace', () => {
  const protocol = new Error(
    "Protocol error (script.evaluate): unknown error TypeError: right-hand side of 'in' should be an object, got null",
  );

  it('sees the remote agent error itself', () => {
    expect(isRealmRace(protocol)).toBe(true);
  });

  it('sees it two causes down, as a selector wait throws it', () => {
    const waiting = new Error('Waiting failed', { cause: protocol });
    const selector = new Error('Waiting for selector `[role="switch"]` failed', { cause: waiting });
    expect(isRealmRace(selector)).toBe(true);
  });

  it('does not retry a plain timeout or anything else', () => {
    expect(isRealmRace(new Error('Waiting for selector `body` failed: 30000ms exceeded'))).toBe(
      false,
    );
    expect(isRealmRace(undefined)).toBe(false);
    expect(isRealmRace('Protocol error (Runtime.evaluate)')).toBe(false);
  });
});
