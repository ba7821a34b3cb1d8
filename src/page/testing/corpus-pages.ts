import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readBatches, readBatchTexts } from '../../../scripts/lib/real-corpus';
import { CORPUS } from '../../../tests/corpus/dev';
import type { DetectOptions } from '../../detect/types';

const REAL = join(import.meta.dirname, '../../../tests/corpus/real');

/** A text the detector reads as a page, with its date and language. */
export interface Page {
  name: string;
  text: string;
  options: DetectOptions;
}

/**
 * Every text of the development corpus and, where they are present (git-ignored third-party
 * text: tests/corpus/real/passages), the real passages: the pages the gate's tests run on.
 */
export function corpusPages(): Page[] {
  const pages: Page[] = [];
  for (const [topic, cases] of Object.entries(CORPUS))
    for (const [i, c] of cases.entries())
      pages.push({
        name: `${topic} #${i}`,
        text: c.text,
        options: { pageDate: c.date, lang: c.lang },
      });
  if (existsSync(join(REAL, 'passages')))
    for (const batch of readBatches(REAL))
      for (const { passage, text } of readBatchTexts(REAL, batch).present)
        pages.push({
          name: `${batch.batch}/${passage.id}`,
          text,
          options: { pageDate: passage.published, lang: passage.lang },
        });
  return pages;
}
