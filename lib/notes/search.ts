/**
 * Full-text search over notes that ignores script: the caller's fold maps Traditional to
 * Simplified (and case, width), so 字节 finds 字節. Each note is folded once, so a keystroke
 * over thousands of notes is only substring tests.
 */
import type { Note } from './db';

/** A note's searchable fields, strongest first (body, quote, page title, tags, address), as written and folded. */
interface FoldedNote {
  raw: string[];
  folded: string[];
}

const FIELD_WEIGHTS = [4, 3, 2, 3, 1];

const fieldsOf = (note: Note) => [note.body, note.quote?.exact ?? '', note.pageTitle, note.tags.join(' '), note.url];

/**
 * Notes folded for search. Folding 5,000 notes takes tens of milliseconds, so it waits for the
 * first search (opening the panel does not pay it), and an index built after a change reuses the
 * folded text of every note whose fields are unchanged (liveQuery rebuilds after each save).
 */
export class SearchIndex {
  private folded: Map<string, FoldedNote> | null = null;
  private inherited: ReadonlyMap<string, FoldedNote> | null;

  constructor(
    private readonly notes: readonly Note[],
    private readonly fold: (text: string) => string,
    previous?: SearchIndex,
  ) {
    this.inherited = previous && previous.fold === fold ? (previous.folded ?? previous.inherited) : null;
  }

  private foldedNotes(): Map<string, FoldedNote> {
    if (this.folded) return this.folded;
    const folded = new Map<string, FoldedNote>();
    for (const note of this.notes) {
      const raw = fieldsOf(note);
      const old = this.inherited?.get(note.id);
      const same = old && old.raw.every((field, i) => field === raw[i]);
      folded.set(note.id, same ? old : { raw, folded: raw.map(this.fold) });
    }
    this.folded = folded;
    this.inherited = null;
    return folded;
  }

  search(query: string): Note[] {
    const terms = this.fold(query).split(/\s+/).filter(Boolean);
    if (!terms.length) return [];
    const folded = this.foldedNotes();
    const hits: Array<{ note: Note; score: number }> = [];
    for (const note of this.notes) {
      const fields = folded.get(note.id)!.folded;
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
  }
}

export function buildSearchIndex(
  notes: readonly Note[],
  fold: (text: string) => string,
  previous?: SearchIndex,
): SearchIndex {
  return new SearchIndex(notes, fold, previous);
}

/** Indexes successive versions of the notes, each reusing the folded text of unchanged notes. */
export class SearchIndexer {
  private last: SearchIndex | undefined;

  constructor(private readonly fold: (text: string) => string) {}

  index(notes: readonly Note[]): SearchIndex {
    return (this.last = buildSearchIndex(notes, this.fold, this.last));
  }
}

export function searchNotes(notes: readonly Note[], query: string, fold: (text: string) => string): Note[] {
  return buildSearchIndex(notes, fold).search(query);
}
