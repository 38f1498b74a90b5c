/**
 * Library operations over TechLensDb: the extension's only way to read and write saved articles,
 * the reader's entities and dismissed names. Every write is one transaction, so a failure (a full
 * disk, a closed page) leaves what was stored before; failures come back as refusals
 * (refusal.ts), never as a half-saved article.
 */
import { joinArticle, splitArticle, type ArticleBody, type ArticleSummary, type TechLensDb } from './db';
import type { DismissedName, ReaderEntity, SavedArticle } from './model';
import type { SaveRefusal } from './refusal';
import { TimedUndo, UNDO_MS } from '../core/undo-delete';
import { isQuotaError } from '../notes/store';
import { normalizeUrl } from '../notes/url';

export type Written<T> = { ok: true; value: T } | { ok: false; refusal: SaveRefusal };
type Duplicate = Extract<SaveRefusal, { code: 'duplicate' }>;

/** A storage failure as a refusal: the transaction was rolled back, so nothing changed. */
export function writeRefusal(error: unknown): SaveRefusal {
  if (isQuotaError(error)) return { code: 'quota' };
  const e = error as { name?: string; message?: string } | null;
  return { code: 'writeFailed', detail: `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`.slice(0, 300) };
}

/** Runs a write, turning a rejection into a refusal and any refusal it returns into one too. */
async function guarded<T>(write: () => Promise<Written<T>>): Promise<Written<T>> {
  try {
    return await write();
  } catch (error) {
    return { ok: false, refusal: writeRefusal(error) };
  }
}

/** Whether the library already holds this address (normalized) or this text, other than `exceptId`. */
export async function findDuplicate(
  db: TechLensDb,
  page: { url: string; textHash?: string },
  exceptId?: string,
): Promise<Duplicate | null> {
  const other = (rows: ArticleSummary[]) => rows.find((row) => row.id !== exceptId);
  const byUrl = other(await db.articles.where('url').equals(normalizeUrl(page.url)).toArray());
  if (byUrl) return { code: 'duplicate', by: 'url', existingId: byUrl.id, existingTitle: byUrl.title };
  if (page.textHash) {
    const byText = other(await db.articles.where('textHash').equals(page.textHash).toArray());
    if (byText) return { code: 'duplicate', by: 'text', existingId: byText.id, existingTitle: byText.title };
  }
  return null;
}

/** Saves a processed article; refuses a duplicate (same address or same text) with the one already there. */
export function saveArticle(db: TechLensDb, processed: SavedArticle): Promise<Written<ArticleSummary>> {
  // Duplicates are found by the normalized address, so that is what is stored.
  const article = { ...processed, url: normalizeUrl(processed.url) };
  return guarded(() =>
    db.transaction('rw', db.articles, db.articleBodies, async () => {
      const existing = await db.articles.get(article.id);
      const duplicate = existing
        ? ({ code: 'duplicate', by: 'url', existingId: existing.id, existingTitle: existing.title } as const)
        : await findDuplicate(db, article);
      if (duplicate) return { ok: false as const, refusal: duplicate };
      const { summary, body } = splitArticle(article);
      await db.articles.add(summary);
      await db.articleBodies.add(body);
      return { ok: true as const, value: summary };
    }),
  );
}

/**
 * "Process again": the article's new version replaces the old one (same id), keeping when it was
 * first saved. Refused when it was deleted meanwhile or its new text duplicates another article.
 */
export function replaceArticle(db: TechLensDb, processed: SavedArticle): Promise<Written<ArticleSummary>> {
  const article = { ...processed, url: normalizeUrl(processed.url) };
  return guarded(() =>
    db.transaction('rw', db.articles, db.articleBodies, async () => {
      const existing = await db.articles.get(article.id);
      if (!existing) return { ok: false as const, refusal: { code: 'writeFailed', detail: 'the article was deleted' } };
      const duplicate = await findDuplicate(db, article, article.id);
      if (duplicate) return { ok: false as const, refusal: duplicate };
      const { summary, body } = splitArticle({ ...article, savedAt: existing.savedAt });
      await db.articles.put(summary);
      await db.articleBodies.put(body);
      return { ok: true as const, value: summary };
    }),
  );
}

/** One line of the library list. */
export interface ArticleListItem {
  id: string;
  title: string;
  site: string;
  url: string;
  published: string | null;
  savedAt: number;
  script: 'hans' | 'hant';
  entityCount: number;
  /** Older than the current processor: "process again" applies. */
  processorVersion: number;
}

const listItem = (row: ArticleSummary): ArticleListItem => ({
  id: row.id,
  title: row.title,
  site: row.site,
  url: row.url,
  published: row.published,
  savedAt: row.savedAt,
  script: row.script,
  entityCount: row.entityIds.length,
  processorVersion: row.processorVersion,
});

/** The library, newest saved first; reads summaries only (no article text). */
export async function listArticles(db: TechLensDb): Promise<ArticleListItem[]> {
  // Sorted here: reading the table and sorting is faster than walking the savedAt index.
  return (await db.articles.toArray()).sort((a, b) => b.savedAt - a.savedAt).map(listItem);
}

/** Summaries of the saved articles that mention an entity (bundled or the reader's). */
export function articlesMentioning(db: TechLensDb, entityId: string): Promise<ArticleSummary[]> {
  return db.articles.where('entityIds').equals(entityId).toArray();
}

export async function getArticle(db: TechLensDb, id: string): Promise<SavedArticle | null> {
  return db.transaction('r', db.articles, db.articleBodies, async () => {
    const [summary, body] = await Promise.all([db.articles.get(id), db.articleBodies.get(id)]);
    return summary && body ? joinArticle(summary, body) : null;
  });
}

/** Every saved article's body (claims for the cards, text for search). */
export function allArticleBodies(db: TechLensDb): Promise<ArticleBody[]> {
  return db.articleBodies.toArray();
}

/** Deletes an article; returns it whole, for undo. */
export function deleteArticle(db: TechLensDb, id: string): Promise<SavedArticle | null> {
  return db.transaction('rw', db.articles, db.articleBodies, async () => {
    const [summary, body] = await Promise.all([db.articles.get(id), db.articleBodies.get(id)]);
    await db.articles.delete(id);
    await db.articleBodies.delete(id);
    return summary && body ? joinArticle(summary, body) : null;
  });
}

/** Undo of a delete: the article comes back exactly as it was. */
export async function restoreArticle(db: TechLensDb, article: SavedArticle): Promise<void> {
  const { summary, body } = splitArticle(article);
  await db.transaction('rw', db.articles, db.articleBodies, async () => {
    await db.articles.put(summary);
    await db.articleBodies.put(body);
  });
}

/** Delete with undo for saved articles (see lib/core/undo-delete.ts). */
export class ArticleUndoDelete extends TimedUndo<SavedArticle> {
  constructor(db: TechLensDb, onChange: (undoable: SavedArticle | null) => void, ms = UNDO_MS) {
    super(
      (id) => deleteArticle(db, id),
      (article) => restoreArticle(db, article),
      onChange,
      ms,
    );
  }
}

// ——— The reader's entities ———

/** The reader's entities, most recently edited first (sorted here: faster than walking the index). */
export async function listReaderEntities(db: TechLensDb): Promise<ReaderEntity[]> {
  return (await db.readerEntities.toArray()).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function getReaderEntity(db: TechLensDb, id: string): Promise<ReaderEntity | null> {
  return (await db.readerEntities.get(id)) ?? null;
}

/** Creates or edits an entity (the caller sets createdAt on a new one); updatedAt is stamped here. */
export function putReaderEntity(
  db: TechLensDb,
  entity: ReaderEntity,
  now = Date.now(),
): Promise<Written<ReaderEntity>> {
  return guarded(() =>
    db.transaction('rw', db.readerEntities, async () => {
      const current = await db.readerEntities.get(entity.id);
      const stored: ReaderEntity = {
        ...entity,
        createdAt: current?.createdAt ?? entity.createdAt,
        updatedAt: Math.max(now, (current?.updatedAt ?? 0) + 1),
      };
      await db.readerEntities.put(stored);
      return { ok: true as const, value: stored };
    }),
  );
}

/** What deleting an entity removed: the entity and the articles as they were, for undo. */
export interface RemovedEntity {
  entity: ReaderEntity;
  articles: SavedArticle[];
}

/** An article without an entity: its mentions, its place in entityIds and in claims' entities go. */
export function withoutEntity(article: SavedArticle, entityId: string): SavedArticle {
  return {
    ...article,
    mentions: article.mentions.filter((mention) => mention[3] !== entityId),
    entityIds: article.entityIds.filter((id) => id !== entityId),
    // A claim about nothing else is no claim any more; one with other entities keeps them.
    claims: article.claims
      .map((claim) => ({ ...claim, entities: claim.entities.filter((e) => e.id !== entityId) }))
      .filter((claim) => claim.entities.length > 0),
  };
}

/**
 * Deletes a reader entity and, in the same transaction, drops it from every saved article that
 * mentions it (mentions, entityIds, claims' entities), so its marks and cards go at once. The
 * name is not turned back into a candidate here: "process again" finds it again if it should.
 */
export function deleteReaderEntity(db: TechLensDb, id: string): Promise<Written<RemovedEntity | null>> {
  return guarded(() =>
    db.transaction('rw', db.readerEntities, db.articles, db.articleBodies, async () => {
      const entity = await db.readerEntities.get(id);
      if (!entity) return { ok: true as const, value: null };
      const summaries = await db.articles.where('entityIds').equals(id).toArray();
      const bodies = await db.articleBodies.bulkGet(summaries.map((s) => s.id));
      const before = summaries.flatMap((s, i) => (bodies[i] ? [joinArticle(s, bodies[i])] : []));
      const after = before.map((article) => splitArticle(withoutEntity(article, id)));
      await db.articles.bulkPut(after.map((a) => a.summary));
      await db.articleBodies.bulkPut(after.map((a) => a.body));
      await db.readerEntities.delete(id);
      return { ok: true as const, value: { entity, articles: before } };
    }),
  );
}

/** Undo of deleteReaderEntity: the entity and the articles it was dropped from come back as they were. */
export function restoreReaderEntity(db: TechLensDb, removed: RemovedEntity): Promise<Written<ReaderEntity>> {
  return guarded(() =>
    db.transaction('rw', db.readerEntities, db.articles, db.articleBodies, async () => {
      await db.readerEntities.put(removed.entity);
      // An article processed again or deleted since keeps its newer state.
      const current = await db.articles.bulkGet(removed.articles.map((a) => a.id));
      const unchanged = removed.articles.filter((a, i) => current[i]?.processedAt === a.processedAt);
      const rows = unchanged.map(splitArticle);
      await db.articles.bulkPut(rows.map((r) => r.summary));
      await db.articleBodies.bulkPut(rows.map((r) => r.body));
      return { ok: true as const, value: removed.entity };
    }),
  );
}

// ——— Dismissed names ———

/** Remembers a dismissed candidate by its folded form (the caller's fold: lib/text/fold.ts). */
export function dismissName(
  db: TechLensDb,
  name: string,
  fold: (text: string) => string,
  now = Date.now(),
): Promise<Written<DismissedName>> {
  const record: DismissedName = { key: fold(name.trim()), name: name.trim(), dismissedAt: now };
  return guarded(async () => {
    await db.dismissed.put(record);
    return { ok: true as const, value: record };
  });
}

export function undismissName(db: TechLensDb, key: string): Promise<Written<null>> {
  return guarded(async () => {
    await db.dismissed.delete(key);
    return { ok: true as const, value: null };
  });
}

/** Dismissed names, most recent first. */
export async function listDismissed(db: TechLensDb): Promise<DismissedName[]> {
  return (await db.dismissed.toArray()).sort((a, b) => b.dismissedAt - a.dismissedAt);
}

/** The folded keys of dismissed names, for filtering candidates. */
export async function dismissedKeys(db: TechLensDb): Promise<Set<string>> {
  return new Set<string>(await db.dismissed.toCollection().primaryKeys());
}
