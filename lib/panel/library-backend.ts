/**
 * The side panel's library services over the database (lib/library/store.ts) and the pieces the
 * panel is given: the processing pipeline, the recognizer rebuild, the backup file, the Markdown
 * export, the timeline. Every write goes through the store (one transaction each); after a
 * change to the reader's entities the recognizer is rebuilt so open tabs re-mark.
 */
import type { ScriptChoice } from '../core/script';
import type { TechLensDb } from '../library/db';
import type { EntityCandidate } from '../library/candidates';
import type { ExtractedPage, ReaderEntity, SavedArticle } from '../library/model';
import type { SaveRefusal } from '../library/refusal';
import { LibrarySearch } from '../library/search';
import {
  allArticleBodies,
  deleteArticle,
  deleteReaderEntity,
  dismissName,
  getArticle,
  listDismissed,
  listArticles,
  listReaderEntities,
  putReaderEntity,
  replaceArticle,
  restoreArticle,
  restoreReaderEntity,
  saveArticle,
  undismissName,
  type Written,
} from '../library/store';
import type { FileContent, LibraryRow, LibraryServices, TimelineItem } from './library-services';
import type { SaveSteps, StoreOutcome } from './save-status';

export interface LibraryBackendDeps {
  db: TechLensDb;
  fold: (text: string) => string;
  /** The bundled entity a name (folded) stands for, or null. */
  bundledIdOf: (foldedName: string) => string | null;
  /** The pipeline: mentions, claims and candidates of a page (with the reader's entities and dismissals). */
  process: (page: ExtractedPage, now: number) => Promise<SavedArticle>;
  /**
   * Asks the background to rebuild the recognizer from bundled + reader names; resolves to the
   * reader names another entity keeps (folded name, whose name it stays).
   */
  rebuildRecognizer: () => Promise<Array<{ key: string; entityId: string; keptBy: string }>>;
  timeline: (entityId: string, script: ScriptChoice) => Promise<TimelineItem[]>;
  exportBackup?: () => Promise<FileContent>;
  importBackup?: (file: File) => Promise<{ ok: true; done: string } | { ok: false; error: string }>;
  articleMarkdown?: (article: SavedArticle) => Promise<FileContent>;
  /** A refusal in the reader's language. */
  refusalText: (refusal: SaveRefusal) => string;
}

/** A store write's refusal as an exception, for callers that show errors one way. */
function unwrap<T>(written: Written<T>, text: (refusal: SaveRefusal) => string): T {
  if (!written.ok) throw new Error(text(written.refusal));
  return written.value;
}

export function libraryBackend(deps: LibraryBackendDeps): LibraryServices & SaveSteps {
  const { db, fold } = deps;
  /** The reader's names (folded) → entity id, refreshed with every read of the entity list. */
  let readerNames = new Map<string, string>();
  let search: { signature: string; index: LibrarySearch } | null = null;

  const indexNames = (entities: ReaderEntity[]) => {
    const names = new Map<string, string>();
    for (const e of entities)
      for (const name of [e.name.hans, e.name.hant, e.name.en ?? '', ...e.aliases])
        if (name) names.set(fold(name), e.id);
    readerNames = names;
  };

  const searchIndex = async (): Promise<LibrarySearch> => {
    const summaries = await db.articles.toArray();
    // Rebuilt only when an article was added, removed or processed again.
    const signature = summaries.map((s) => `${s.id}@${s.processedAt}`).join('|');
    if (search?.signature !== signature)
      search = { signature, index: new LibrarySearch(summaries, await allArticleBodies(db), fold) };
    return search.index;
  };

  /** The current pipeline over the stored text; the article keeps its id and when it was saved. */
  const processAgain = async (article: SavedArticle) => {
    const fresh = await deps.process(article, Date.now());
    unwrap(await replaceArticle(db, { ...fresh, id: article.id, savedAt: article.savedAt }), deps.refusalText);
  };

  /** Saved articles whose title or text holds one of the names, processed again with the current library. */
  const processAgainContaining = async (names: readonly string[]) => {
    const index = await searchIndex();
    const ids = new Set(names.filter(Boolean).flatMap((name) => index.search(name).map((hit) => hit.id)));
    for (const id of ids) {
      const article = await getArticle(db, id);
      if (article) await processAgain(article);
    }
  };

  return {
    fold,
    entityIdOf: (name) => {
      const key = fold(name.trim());
      return readerNames.get(key) ?? deps.bundledIdOf(key);
    },

    async listArticles(query): Promise<LibraryRow[]> {
      if (!query.trim())
        return (await listArticles(db)).map((a) => ({
          id: a.id,
          title: a.title,
          site: a.site,
          published: a.published,
          entityCount: a.entityCount,
          snippet: null,
        }));
      const index = await searchIndex();
      const summaries = new Map((await db.articles.toArray()).map((s) => [s.id, s]));
      return index.search(query).map((hit) => ({
        id: hit.id,
        title: hit.title,
        site: hit.site,
        published: summaries.get(hit.id)?.published ?? null,
        entityCount: summaries.get(hit.id)?.entityIds.length ?? 0,
        snippet: hit.snippet,
      }));
    },
    getArticle: (id) => getArticle(db, id),
    async listEntities() {
      const entities = await listReaderEntities(db);
      indexNames(entities);
      return entities;
    },

    async deleteArticle(id) {
      const removed = await deleteArticle(db, id);
      return async () => {
        if (removed) await restoreArticle(db, removed);
      };
    },
    processAgain: (article) => processAgain(article),

    async saveEntity(entity) {
      unwrap(await putReaderEntity(db, entity), deps.refusalText);
      indexNames(await listReaderEntities(db));
      const kept = (await deps.rebuildRecognizer()).filter((c) => c.entityId === entity.id);
      // The library learns the name too: saved articles that contain it are processed again, so
      // its mentions and claims (the cards' "我的资料库") come from them at once.
      await processAgainContaining([entity.name.hans, entity.name.hant, entity.name.en ?? '', ...entity.aliases]);
      return { keptBy: kept.map((c) => ({ name: c.key, keptBy: c.keptBy })) };
    },
    async deleteEntity(id) {
      const removed = unwrap(await deleteReaderEntity(db, id), deps.refusalText);
      await deps.rebuildRecognizer();
      return async () => {
        if (!removed) return;
        unwrap(await restoreReaderEntity(db, removed), deps.refusalText);
        await deps.rebuildRecognizer();
      };
    },
    async dismiss(candidate: EntityCandidate) {
      unwrap(await dismissName(db, candidate.name, fold), deps.refusalText);
    },
    listDismissed: () => listDismissed(db),
    async restoreDismissed(name) {
      unwrap(await undismissName(db, name.key), deps.refusalText);
      // Articles processed while it was dismissed have no candidate for it: they learn it again now.
      await processAgainContaining([name.name]);
    },

    exportBackup: deps.exportBackup,
    importBackup:
      deps.importBackup &&
      (async (file) => {
        const result = await deps.importBackup!(file);
        if (result.ok) await deps.rebuildRecognizer();
        return result;
      }),
    articleMarkdown: deps.articleMarkdown,
    timeline: deps.timeline,

    // The save steps (lib/panel/save-status.ts).
    process: deps.process,
    store: async (article): Promise<StoreOutcome> => {
      const written = await saveArticle(db, article);
      return written.ok ? { ok: true } : { ok: false, refusal: written.refusal };
    },
    savedAt: async (id) => (await db.articles.get(id))?.savedAt,
  };
}
