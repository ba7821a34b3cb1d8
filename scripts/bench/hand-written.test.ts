import { describe, expect, it } from 'vitest';
import { keepHandWritten } from './hand-written';

const previous = [
  '# Performance',
  'old header',
  '## Targets',
  'old targets',
  '## Notes (issue 9)',
  'by hand, after Targets',
  '## Method',
  'old method',
  '## Big page (issue 17)',
  'spliced',
  '## Later (issue 16)',
  'by hand, at the end',
].join('\n');

describe('keepHandWritten', () => {
  it('keeps the hand-written sections in place and takes the generated ones from the new run', () => {
    const generated = '# Performance\nnew header\n## Targets\nnew targets\n## Method\nnew method\n';
    const doc = keepHandWritten(generated, previous, ['## Big page (issue 17)']);
    expect(doc).toBe(
      [
        '# Performance\nnew header',
        '## Targets\nnew targets',
        '## Notes (issue 9)\nby hand, after Targets',
        '## Method\nnew method',
        '## Later (issue 16)\nby hand, at the end\n',
      ].join('\n\n'),
    );
    expect(doc).not.toContain('old');
    expect(doc).not.toContain('spliced');
  });

  it('writes the new document alone when there was none', () => {
    expect(keepHandWritten('# P\n## A\na\n', '')).toBe('# P\n\n## A\na\n');
  });
});
