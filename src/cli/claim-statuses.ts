import type { ClaimStatus } from '../core/records.js';

/** Every claim status, in the order of the records' type. */
export const ALL_CLAIMS: ClaimStatus[] = [
  'asserted',
  'attributed',
  'alleged',
  'denied',
  'hypothetical',
  'future',
  'negated',
];
