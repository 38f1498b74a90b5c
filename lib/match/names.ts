import { Automaton, buildAutomaton, MATCH_INTS } from './automaton';

/**
 * Leftmost-longest name matching over folded text. Entries are folded names (and blocker
 * strings, which match like names and are then dropped). Latin names match only at word
 * boundaries, so Sora is not found in Soraya nor 360 in 3600.
 */

/** Characters a name must contain at least this many of, so 一 or A never becomes a name. */
export const MIN_NAME_LENGTH = 2;

/**
 * The middle dots pages write between the parts of a transliterated name: 山姆·奥特曼 in
 * mainland text, 山姆‧奧特曼 (U+2027) on Taiwan sites, 山姆・奥特曼 (U+30FB) and a bullet elsewhere.
 */
const NAME_DOTS = ['·', '‧', '・', '•', '．'];

/** A name written with each of the middle dots (the name itself when it has none). */
export function withNameDots(name: string): string[] {
  if (!NAME_DOTS.some((dot) => name.includes(dot))) return [name];
  return NAME_DOTS.map((dot) => name.replace(/[·‧・•．]/g, dot));
}

export interface NameEntry {
  /** Folded surface form. */
  key: string;
  /** Entities this surface can mean (more than one only when a rule tells them apart). */
  entityIds: string[];
  /** A blocker swallows the text (阿里山) and yields no mention. */
  blocker: boolean;
  /** This surface is also an ordinary word (豆包, not 豆包App): a mention needs evidence. */
  ambiguous?: boolean;
  /**
   * The model family this versioned name belongs to (Qwen2 → 通义千问): a longer version
   * written after it (Qwen2.5) is a mention of the family, not of this entry.
   */
  family?: string;
}

export interface NameMatch {
  start: number;
  end: number;
  entry: NameEntry;
}

/** Merges entries with the same key: a real name beats a blocker, names pool their entities. */
export function mergeEntries(entries: Iterable<NameEntry>): NameEntry[] {
  const byKey = new Map<string, NameEntry>();
  for (const entry of entries) {
    if (!entry.key) continue;
    const existing = byKey.get(entry.key);
    if (!existing || (existing.blocker && !entry.blocker)) {
      byKey.set(entry.key, { ...entry, entityIds: [...entry.entityIds] });
    } else if (!existing.blocker && !entry.blocker) {
      existing.entityIds = [...new Set([...existing.entityIds, ...entry.entityIds])];
      if (entry.ambiguous) existing.ambiguous = true;
      existing.family ??= entry.family;
    }
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The same matcher the extension ships, over a merged entry table. */
export class NameMatcher {
  readonly entries: NameEntry[];
  readonly automaton: Automaton;
  readonly serialized: ArrayBuffer;

  constructor(entries: Iterable<NameEntry>) {
    this.entries = mergeEntries(entries);
    this.serialized = buildAutomaton(this.entries.map((entry, value) => ({ key: entry.key, value })));
    this.automaton = new Automaton(this.serialized);
  }

  /** All leftmost-longest matches in `folded`, blockers included (callers drop them). */
  findAll(folded: string): NameMatch[] {
    const found: NameMatch[] = [];
    const out = new Int32Array(MATCH_INTS * 256);
    for (let from = 0; ;) {
      const count = this.automaton.scan(folded, from, folded.length, out);
      for (let k = 0; k < count * MATCH_INTS; k += MATCH_INTS)
        found.push({ start: out[k]!, end: out[k + 1]!, entry: this.entries[out[k + 2]!]! });
      if (count * MATCH_INTS < out.length) return found;
      from = out[(count - 1) * MATCH_INTS + 1]!;
    }
  }
}
