import type { CorpusCase } from '../types';
import { RU_DATES } from './dates';
import { RU_EQUIPMENT } from './equipment';
import { RU_GENERAL_STAFF } from './general-staff';
import { RU_HEDGES } from './hedges';
import { RU_MAGNITUDES } from './magnitudes';
import { RU_METRICS } from './metrics';
import { RU_MINISTRIES } from './ministries';
import { RU_NEGATIVES } from './negatives';
import { RU_NUMBERS } from './numbers';
import { RU_RETOLD } from './retold';
import { RU_RETOLD_2 } from './retold2';
import { RU_RETOLD_3 } from './retold3';
import { RU_SIDES } from './sides';

/**
 * The Russian development corpus (issue 9), by topic, annotated by docs/DETECTION-UK-RU.md and
 * written without looking at the detector's output.
 */
export const RU_CORPUS: Record<string, CorpusCase[]> = {
  'ru numbers': RU_NUMBERS,
  'ru magnitudes': RU_MAGNITUDES,
  'ru hedges': RU_HEDGES,
  'ru metrics': RU_METRICS,
  'ru equipment': RU_EQUIPMENT,
  'ru sides': RU_SIDES,
  'ru ministry of defence': RU_MINISTRIES,
  'ru general staff': RU_GENERAL_STAFF,
  'ru dates': RU_DATES,
  'ru negatives': RU_NEGATIVES,
  'ru real-text constructions': RU_RETOLD,
  'ru real-text constructions 2': RU_RETOLD_2,
  'ru real-text constructions 3': RU_RETOLD_3,
};
