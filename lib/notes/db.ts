/**
 * The reader's notes in IndexedDB (Dexie). Private: they live in extension pages only, never in
 * a web page's DOM. Schema changes add a version with an upgrade function; never edit a
 * released version.
 */
import Dexie, { type EntityTable } from 'dexie';

export interface TextQuote {
  /** W3C TextQuoteSelector: the quoted text and a little context either side. */
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Note {
  id: string;
  /** Normalized page address (see normalizeUrl). */
  url: string;
  pageTitle: string;
  quote: TextQuote | null;
  entityIds: string[];
  /** Plain text with light Markdown. */
  body: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

export const DB_NAME = 'techlens-notes';

export class NotesDb extends Dexie {
  notes!: EntityTable<Note, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({ notes: 'id, url, *entityIds, *tags, updatedAt' });
  }
}
