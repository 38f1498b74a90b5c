/** The kinds of entity the gazetteer holds; every layer (compiler, matcher, settings, UI) shares them. */
export const ENTITY_TYPES = ['company', 'organization', 'person', 'model', 'product', 'report', 'regulation'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
