import { describe, expect, it } from 'vitest';
import { ClaimantResolver } from './claimants';

/** The claimant of the figure marked by "#" in the last sentence of `text`. */
function claimantOf(text: string): string | undefined {
  const at = text.indexOf('#');
  const from = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return new ClaimantResolver(text).claimantIn(from, end < 0 ? text.length : end, at);
}

describe('ClaimantResolver', () => {
  it.each([
    [
      "Around # Russian personnel have been lost, Ukraine's Ministry of Defence said.",
      'ua-general-staff',
    ],
    ['Ukraine’s Ministry of Defence said # tanks were lost.', 'ua-general-staff'],
    ['The General Staff reported # tanks.', 'ua-general-staff'],
    ["Russia's last official tally from March 25 claimed it had lost # men.", 'ru-mod'],
    ['The number could be as high as #, according to NATO officials.', 'nato'],
    ['# tanks, according to Oryx.', 'oryx'],
    ['The Russian Ministry of Defence said # aircraft were destroyed.', 'ru-mod'],
    ['# civilians were killed, the UN human rights office said.', 'ohchr'],
  ])('%s -> %s', (text, id) => {
    expect(claimantOf(text)).toBe(id);
  });

  it('resolves "the ministry" to the last ministry named before it', () => {
    const text =
      "Ukraine's Ministry of Defence said in its report.\nLosses included # tanks, according to the ministry.";
    expect(claimantOf(text)).toBe('ua-general-staff');
    const russian =
      "Ukraine's Ministry of Defence spoke.\nRussia's defence ministry replied.\n# aircraft, the ministry said.";
    expect(claimantOf(russian)).toBe('ru-mod');
  });

  it('prefers "according to X" over a bare mention', () => {
    expect(claimantOf('Unlike the General Staff, # tanks, according to Oryx.')).toBe('oryx');
  });

  it('returns the raw phrase after "according to" when it is not registered', () => {
    expect(claimantOf('# killed, according to a report by Reuters.')).toBe('a report by Reuters');
    expect(claimantOf('# killed, according to an AFP tally.')).toBe('an AFP tally');
  });

  it('gives nothing for "the ministry" when no ministry was named before', () => {
    expect(claimantOf('# killed, according to the ministry.')).toBeUndefined();
  });

  it('gives nothing when the sentence names no source', () => {
    expect(claimantOf('# tanks were destroyed.')).toBeUndefined();
    expect(
      claimantOf(
        '# lost, according to one of the many people who had been there at the time and who saw it all.',
      ),
    ).toBeUndefined();
  });
});
