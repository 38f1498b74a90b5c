/**
 * The extension's one IndexedDB ('techlens-notes'): the notes' versions (lib/notes/db.ts) plus,
 * from version 3, the reader's library. A subclass rather than an edit of NotesDb so that notes
 * stay free of library types (lib/library imports lib/notes, never the reverse). Every extension
 * page opens this class; never edit a released version (tests/unit/library-db.test.ts upgrades a
 * filled version-2 database).
 *
 * An article is two rows: its summary (`articles`: what the library list, duplicates and
 * "related" read, a few hundred bytes) and its body (`articleBodies`: paragraphs, mentions,
 * claims, candidates), so opening the list never loads a thousand articles' text.
 */
import type { EntityTable } from 'dexie';
import type { DismissedName, ReaderEntity, SavedArticle } from './model';
import { DB_NAME, NotesDb } from '../notes/db';

export const LIBRARY_SCHEMA_VERSION = 3;

/** The heavy parts of a saved article, stored apart from its summary. */
export type ArticleBodyField = 'paragraphs' | 'mentions' | 'claims' | 'candidates';
export type ArticleSummary = Omit<SavedArticle, ArticleBodyField>;
export type ArticleBody = Pick<SavedArticle, 'id' | ArticleBodyField>;

export class TechLensDb extends NotesDb {
  articles!: EntityTable<ArticleSummary, 'id'>;
  articleBodies!: EntityTable<ArticleBody, 'id'>;
  readerEntities!: EntityTable<ReaderEntity, 'id'>;
  dismissed!: EntityTable<DismissedName, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // v3: the reader's library. New tables only: notes are untouched.
    this.version(3).stores({
      articles: 'id, url, textHash, *entityIds, savedAt',
      articleBodies: 'id',
      readerEntities: 'id, updatedAt',
      dismissed: 'key',
    });
  }
}

const BODY_FIELDS: readonly ArticleBodyField[] = ['paragraphs', 'mentions', 'claims', 'candidates'];

/** A saved article as its two rows. */
export function splitArticle(article: SavedArticle): { summary: ArticleSummary; body: ArticleBody } {
  const summary: Record<string, unknown> = { ...article };
  for (const field of BODY_FIELDS) delete summary[field];
  const { id, paragraphs, mentions, claims, candidates } = article;
  return { summary: summary as ArticleSummary, body: { id, paragraphs, mentions, claims, candidates } };
}

export function joinArticle(summary: ArticleSummary, body: ArticleBody): SavedArticle {
  return {
    ...summary,
    paragraphs: body.paragraphs,
    mentions: body.mentions,
    claims: body.claims,
    candidates: body.candidates,
  };
}
