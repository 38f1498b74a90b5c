/**
 * The closed vocabularies of a claim, as lists: the types come from them, and the schemas that
 * check stored claims (backup, gold files) use them too. A module of its own, so those schemas
 * do not pull the extractor into their bundles.
 */
export const CLAIM_KINDS = [
  'launch',
  'funding',
  'figure',
  'statement',
  'comparison',
  'event',
  'denial',
  'forecast',
  'opinion',
] as const;
export const MODALITIES = ['fact', 'reported', 'forecast', 'opinion', 'denied'] as const;
export const ROLES = ['agent', 'object', 'listed', 'mentioned'] as const;
export const ATTRIBUTION_KINDS = ['article', 'person', 'organization', 'unnamed', 'data'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type Modality = (typeof MODALITIES)[number];
export type Role = (typeof ROLES)[number];
