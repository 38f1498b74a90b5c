/**
 * Leftmost-longest name matching over folded text. Entries are folded names (and blocker
 * strings, which match like names and are then dropped). Latin names match only at word
 * boundaries, so Sora is not found in Soraya nor 360 in 3600.
 */

export interface NameEntry {
  /** Folded surface form. */
  key: string;
  /** Entities this surface can mean (more than one only when a rule tells them apart). */
  entityIds: string[];
  /** A blocker swallows the text (阿里山) and yields no mention. */
  blocker: boolean;
}

export interface NameMatch {
  start: number;
  end: number;
  entry: NameEntry;
}

const WORD = /[a-z0-9]/;

function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** A Latin edge of a name must not continue a Latin word or number in the text. */
export function atWordBoundary(text: string, start: number, end: number, key: string): boolean {
  if (WORD.test(key[0]!) && start > 0 && isWordCode(text.charCodeAt(start - 1))) return false;
  if (WORD.test(key[key.length - 1]!) && end < text.length && isWordCode(text.charCodeAt(end))) return false;
  return true;
}

/**
 * A straightforward matcher: for each position, the longest entry by hashing candidate slices.
 * O(text × distinct name lengths); fine for compiling the corpus.
 */
export class NameMatcher {
  private readonly byKey = new Map<string, NameEntry>();
  private readonly lengths: number[];

  constructor(entries: Iterable<NameEntry>) {
    for (const entry of entries) {
      if (!entry.key) continue;
      const existing = this.byKey.get(entry.key);
      if (existing) {
        // A real name wins over a blocker with the same text; names merge their entities.
        if (existing.blocker && !entry.blocker) this.byKey.set(entry.key, entry);
        else if (!existing.blocker && !entry.blocker) {
          existing.entityIds = [...new Set([...existing.entityIds, ...entry.entityIds])];
        }
      } else {
        this.byKey.set(entry.key, { ...entry, entityIds: [...entry.entityIds] });
      }
    }
    this.lengths = [...new Set([...this.byKey.keys()].map((k) => k.length))].sort((a, b) => b - a);
  }

  /** All leftmost-longest matches in `folded`, blockers included (callers drop them). */
  findAll(folded: string): NameMatch[] {
    const matches: NameMatch[] = [];
    let i = 0;
    while (i < folded.length) {
      const match = this.longestAt(folded, i);
      if (match) {
        matches.push(match);
        i = match.end;
      } else {
        i++;
      }
    }
    return matches;
  }

  private longestAt(text: string, start: number): NameMatch | null {
    for (const length of this.lengths) {
      const end = start + length;
      if (end > text.length) continue;
      const entry = this.byKey.get(text.slice(start, end));
      if (entry && atWordBoundary(text, start, end, entry.key)) return { start, end, entry };
    }
    return null;
  }
}
