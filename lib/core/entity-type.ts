/** The kinds of entity the gazetteer holds; every layer (compiler, matcher, settings, UI) shares them. */
export const ENTITY_TYPES = ['company', 'organization', 'person', 'model', 'product', 'report', 'regulation'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Types that are documents: news cites them by title, in title marks (《生成式人工智能服务管理暂行办法》). */
export const DOCUMENT_TYPES: readonly EntityType[] = ['report', 'regulation'];

export function isDocumentType(type: EntityType): boolean {
  return DOCUMENT_TYPES.includes(type);
}
