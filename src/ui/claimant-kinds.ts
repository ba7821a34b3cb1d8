import type { ClaimantKind } from '../core/vocabulary';
import type { MessageKey, Translate } from './i18n';

const KIND_KEYS: Record<ClaimantKind, MessageKey> = {
  'party-to-conflict': 'claimantKindParty',
  'third-government': 'claimantKindThirdGovernment',
  'international-org': 'claimantKindInternationalOrg',
  independent: 'claimantKindIndependent',
  'media-estimate': 'claimantKindMedia',
};

/** "Parties to the conflict", "Other governments", … in the UI language. */
export function claimantKindLabel(t: Translate, kind: ClaimantKind): string {
  return t(KIND_KEYS[kind]);
}
