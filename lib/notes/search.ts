/**
 * Full-text search over notes that ignores script: the caller's fold maps Traditional to
 * Simplified (and case, width), so 字节 finds 字節. Each note is folded once per index, so a
 * keystroke over thousands of notes is only substring tests.
 */
import type { Note } from './db';

interface IndexedNote {
  note: Note;
  /** Folded fields, strongest first: body, quote, page title, tags, address. */
  fields: string[];
}

const FIELD_WEIGHTS = [4, 3, 2, 3, 1];

export interface SearchIndex {
  search(query: string): Note[];
}

export function buildSearchIndex(notes: readonly Note[], fold: (text: string) => string): SearchIndex {
  const indexed: IndexedNote[] = notes.map((note) => ({
    note,
    fields: [note.body, note.quote?.exact ?? '', note.pageTitle, note.tags.join(' '), note.url].map(fold),
  }));
  return {
    search(query: string): Note[] {
      const terms = fold(query).split(/\s+/).filter(Boolean);
      if (!terms.length) return [];
      const hits: Array<{ note: Note; score: number }> = [];
      for (const { note, fields } of indexed) {
        let score = 0;
        let all = true;
        for (const term of terms) {
          let termScore = 0;
          for (let f = 0; f < fields.length; f++) if (fields[f]!.includes(term)) termScore += FIELD_WEIGHTS[f]!;
          if (!termScore) {
            all = false;
            break;
          }
          score += termScore;
        }
        if (all) hits.push({ note, score });
      }
      return hits.sort((a, b) => b.score - a.score || b.note.updatedAt - a.note.updatedAt).map((h) => h.note);
    },
  };
}

export function searchNotes(notes: readonly Note[], query: string, fold: (text: string) => string): Note[] {
  return buildSearchIndex(notes, fold).search(query);
}
