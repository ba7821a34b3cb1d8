import type { CorpusCase } from '../types';
import { UK_DATES } from './dates';
import { UK_EQUIPMENT } from './equipment';
import { UK_GS_2022 } from './gs-2022';
import { UK_GS_2023 } from './gs-2023';
import { UK_GS_2024 } from './gs-2024';
import { UK_GS_2025 } from './gs-2025';
import { UK_HEDGES } from './hedges';
import { UK_NEGATIVES } from './negatives';
import { UK_NUMBERS } from './numbers';
import { UK_PERSONNEL } from './personnel';
import { UK_RETOLD } from './retold';
import { UK_RETOLD_2 } from './retold2';
import { UK_SIDES } from './sides';
import { UK_WORDS } from './words';

/**
 * The Ukrainian development corpus (issue 9), by topic: sentences in the style of Ukrainian war
 * reporting, annotated by docs/DETECTION-UK-RU.md before and independently of the detector.
 */
export const UK_CORPUS: Record<string, CorpusCase[]> = {
  'uk numbers': UK_NUMBERS,
  'uk number words': UK_WORDS,
  'uk hedges': UK_HEDGES,
  'uk personnel': UK_PERSONNEL,
  'uk equipment': UK_EQUIPMENT,
  'uk sides': UK_SIDES,
  'uk general staff lists': [...UK_GS_2022, ...UK_GS_2023, ...UK_GS_2024, ...UK_GS_2025],
  'uk dates': UK_DATES,
  'uk negatives': UK_NEGATIVES,
  'uk real-text constructions': UK_RETOLD,
  'uk real-text constructions 2': UK_RETOLD_2,
};
