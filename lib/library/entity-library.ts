/**
 * Reads of the library that combine its tables. The part of the library an entity's card or timeline needs: the saved articles that mention it
 * (whole: their claims) and the reader's entities (names of owners and related entities). Read
 * in one transaction, so a card never sees an article half-deleted.
 */
import type { Library } from './card';
import { joinArticle, type TechLensDb } from './db';
import type { SavedArticle } from './model';
import { allArticleBodies, articlesMentioning, getArticle, listReaderEntities } from './store';

export function libraryForEntity(db: TechLensDb, entityId: string): Promise<Library> {
  return db.transaction('r', db.articles, db.articleBodies, db.readerEntities, async () => {
    const summaries = await articlesMentioning(db, entityId);
    const articles = await Promise.all(summaries.map((s) => getArticle(db, s.id)));
    return {
      articles: articles.filter((a): a is SavedArticle => a !== null),
      entities: await listReaderEntities(db),
    };
  });
}

/** Every saved article whole (for "related articles"), read in one transaction. */
export function allSavedArticles(db: TechLensDb): Promise<SavedArticle[]> {
  return db.transaction('r', db.articles, db.articleBodies, async () => {
    const summaries = new Map((await db.articles.toArray()).map((s) => [s.id, s]));
    return (await allArticleBodies(db)).flatMap((body) => {
      const summary = summaries.get(body.id);
      return summary ? [joinArticle(summary, body)] : [];
    });
  });
}
