import { enumChoices } from '../../shared/EnumField';

export const APPLICATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'FORWARDED',
  'ASSESSING',
  'PASSED',
  'FAILED',
] as const;

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The server accepts changes (and submission) only in these; deletion only for a draft. */
export const EDITABLE_STATUSES: readonly string[] = ['DRAFT', 'RETURNED'];

export const statusChoices = enumChoices('applicationStatus', APPLICATION_STATUSES);

/** The three tiers (the API's targetTier is an Int 1–3). */
export const tierChoices = [1, 2, 3].map((id) => ({ id, name: `fanben.tier.${id}` }));
