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

/** What a figure counts or measures: currencies (ISO codes), ratios, counted things, durations, lengths. */
export const UNITS = [
  'CNY',
  'USD',
  'EUR',
  'JPY',
  'HKD',
  'TWD',
  'GBP',
  'KRW',
  'AUD',
  'CAD',
  'SGD',
  'percent',
  /** Percentage points (增长3个百分点): a difference of percentages, not a share. */
  'percentage-points',
  'times',
  'count',
  'parameters',
  'users',
  'companies',
  'models',
  'developers',
  'milliseconds',
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'nanometers',
] as const;
/** money, percent and quantity make a sentence a figure claim; a ratio (两倍) or a measure (48小时) does not. */
export const FIGURE_KINDS = ['money', 'percent', 'quantity', 'ratio', 'measure'] as const;
export const DATE_PRECISIONS = ['year', 'half', 'quarter', 'month', 'period', 'day'] as const;
export type Unit = (typeof UNITS)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
