/**
 * What the side panel's library view asks of the library: one interface, so the view renders
 * and decides nothing about storage, processing or recognition. The panel's entrypoint builds
 * it from lib/library (store, pipeline, backup) and the recognizer rebuild message.
 */
import type { ScriptChoice } from '../core/script';
import type { EntityCandidate } from '../library/candidates';
import type { DismissedName, ReaderEntity, SavedArticle } from '../library/model';

/** One dated claim on an entity's timeline, oldest first. */
export interface TimelineItem {
  date: string;
  text: string;
  source: string;
  /** From the reader's library (else the bundled corpus). */
  fromLibrary: boolean;
}

export interface FileContent {
  name: string;
  type: string;
  content: string;
}

/** One line of the library list. */
export interface LibraryRow {
  id: string;
  title: string;
  site: string;
  published: string | null;
  entityCount: number;
  /** Where a search found its words (null when not searching). */
  snippet: string | null;
}

export interface LibraryServices {
  /**
   * The saved articles, newest first; with a query, those whose title or text holds every word
   * of it in either script, best first. A Dexie read: live queries follow it.
   */
  listArticles(query: string): Promise<LibraryRow[]>;
  /** One article with its text and findings (a Dexie read), or null once deleted. */
  getArticle(id: string): Promise<SavedArticle | null>;
  /** The reader's entities (a Dexie read). */
  listEntities(): Promise<ReaderEntity[]>;
  /** Deletes the article; resolves to the function that puts it back. */
  deleteArticle(id: string): Promise<() => Promise<void>>;
  /** Runs the current pipeline on the stored text again and replaces the result. */
  processAgain(article: SavedArticle): Promise<void>;
  /**
   * Adds or replaces a reader entity; open pages re-mark. Resolves to its names that stay another
   * entity's (a bundled entity keeps its names), for the form to explain.
   */
  saveEntity(entity: ReaderEntity): Promise<{ keptBy: Array<{ name: string; keptBy: string }> }>;
  /** Deletes a reader entity; resolves to the function that puts it back. */
  deleteEntity(id: string): Promise<() => Promise<void>>;
  /** Remembers that this candidate is not a name. */
  dismiss(candidate: EntityCandidate): Promise<void>;
  /** The names the reader dismissed, most recent first (a Dexie read). */
  listDismissed(): Promise<DismissedName[]>;
  /**
   * Makes a dismissed name a candidate again: for articles processed from now on, and for the
   * saved articles that contain it, which are processed again.
   */
  restoreDismissed(name: DismissedName): Promise<void>;
  /** Notes, saved articles and reader entities in one versioned file (absent: no backup offered). */
  exportBackup?: () => Promise<FileContent>;
  /** Reads a backup: everything or nothing; what it did, or why not, in the reader's language. */
  importBackup?: (file: File) => Promise<{ ok: true; done: string } | { ok: false; error: string }>;
  /** The article with its claims as Markdown (absent: no export offered). */
  articleMarkdown?: (article: SavedArticle) => Promise<FileContent>;
  timeline(entityId: string, script: ScriptChoice): Promise<TimelineItem[]>;
  /** The entity (bundled or the reader's) a name stands for, or null. */
  entityIdOf: (name: string) => string | null;
  fold: (text: string) => string;
}
