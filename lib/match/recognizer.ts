/**
 * What the content script ships to recognize names: the folded names for the automaton, the entry table
 * it indexes, the entities' evidence data and the fold table. No converter, no claims: those
 * stay in the background. Built by the corpus compiler; validated when loaded.
 */
import { Automaton, buildAutomaton, MATCH_INTS, scanStop } from './automaton';
import { classifyMatches, CUE_WINDOW, type Classified, type EvidenceEntity, type Mention } from './evidence';
import { Lexicon, type LexiconData } from './segment';
import type { NameEntry, NameMatch } from './names';
import { fold, tableFromPairs, type FoldTable } from '../text/fold';
import type { EntityType } from '../core/entity-type';

/** Lookahead past a range's end: the longest name, a version suffix and the cue window. */
const MAX_NAME_CONTEXT = 96 + CUE_WINDOW;

export interface RecognizerEntity extends EvidenceEntity {
  type: EntityType;
}

export interface RecognizerData {
  version: 2;
  /**
   * Folded names and blockers; the automaton is built from them on load (about a millisecond):
   * the key list gzips to a third of the serialized automaton's size.
   */
  keys: string[];
  /** Per key (automaton value): entity indexes (empty for a blocker). */
  entries: number[][];
  /** Automaton values whose surface is also an ordinary word (豆包, not 豆包App). */
  ambiguous: number[];
  /** Pairs of (automaton value, entity index), flat: versioned names and the family a longer version belongs to. */
  families: number[];
  entities: RecognizerEntity[];
  /** Words around the names, by cost (lib/match/segment.ts). */
  lexicon: LexiconData;
  foldPairs: number[];
}

export function recognizerData(
  entries: readonly NameEntry[],
  entities: readonly RecognizerEntity[],
  foldPairs: number[],
  lexicon: LexiconData = [],
): RecognizerData {
  const index = new Map(entities.map((e, i) => [e.id, i]));
  const ambiguous: number[] = [];
  const families: number[] = [];
  entries.forEach((e, i) => {
    if (e.ambiguous && !e.blocker) ambiguous.push(i);
    if (e.family && !e.blocker) families.push(i, index.get(e.family)!);
  });
  return {
    version: 2,
    keys: entries.map((e) => e.key),
    entries: entries.map((e) => (e.blocker ? [] : e.entityIds.map((id) => index.get(id)!))),
    ambiguous,
    families,
    entities: [...entities],
    lexicon,
    foldPairs,
  };
}

export class Recognizer {
  readonly entities: RecognizerEntity[];
  readonly byId: ReadonlyMap<string, RecognizerEntity>;
  private readonly automaton: Automaton;
  private readonly entries: NameEntry[];
  private readonly table: FoldTable;
  private readonly simplifiedForms: ReadonlySet<number>;
  /** The automaton's match buffer (start, end, value per match), reused by every scan. */
  private readonly found = new Int32Array(MATCH_INTS * 1024);
  readonly lexicon: Lexicon;

  /**
   * `automaton`, when given, is `buildAutomaton` of `data.keys` made beforehand (the background
   * stores it with the data, so a page does not build it: 50,000 names take a good part of a
   * second to build and a tenth of that to load). Corrupt or mismatched data throws.
   * `built`: the matcher loaded and the lexicon made beforehand (a page makes each in its own task).
   */
  constructor(data: RecognizerData, automaton?: ArrayBuffer, built: { automaton?: Automaton; lexicon?: Lexicon } = {}) {
    if (data?.version !== 2) throw new Error('recognizer data has an unknown version');
    if (!Array.isArray(data.keys) || data.keys.length !== data.entries?.length)
      throw new Error('recognizer data has no key per entry');
    this.automaton =
      built.automaton ?? new Automaton(automaton ?? buildAutomaton(data.keys.map((key, value) => ({ key, value }))));
    if (this.automaton.maxValue >= data.keys.length) throw new Error('the name matcher does not fit its entry table');
    this.entities = data.entities;
    this.byId = new Map(data.entities.map((e) => [e.id, e]));
    const ambiguous = new Set(data.ambiguous);
    const families = new Map<number, number>();
    for (let i = 0; i + 1 < data.families.length; i += 2) families.set(data.families[i]!, data.families[i + 1]!);
    this.entries = data.entries.map((ids, i) => ({
      key: data.keys[i]!,
      entityIds: ids.map((id) => data.entities[id]!.id),
      blocker: ids.length === 0,
      ambiguous: ambiguous.has(i),
      family: families.has(i) ? data.entities[families.get(i)!]!.id : undefined,
    }));
    this.lexicon = built.lexicon ?? new Lexicon(data.lexicon);
    this.table = tableFromPairs(data.foldPairs);
    this.simplifiedForms = new Set(this.table.values());
  }

  /**
   * Whether a text is written mostly in Traditional characters: those the fold changes, against
   * those it produces (Simplified forms such as 这, 们). A mixed page goes by its majority.
   */
  isTraditional(text: string): boolean {
    let traditional = 0;
    let simplified = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x3400 || code > 0x9fff) continue;
      if (this.table.has(code)) traditional++;
      else if (this.simplifiedForms.has(code)) simplified++;
    }
    return traditional > simplified;
  }

  fold(text: string): string {
    return fold(text, this.table);
  }

  /** Matches in already-folded text starting in [from, to) (blockers included). */
  match(folded: string, from = 0, to = folded.length): NameMatch[] {
    return this.matchFrom(folded, from, to).matches;
  }

  /**
   * As `match`, plus where scanning stopped: past `to` when the last name runs over it. The
   * automaton writes into one buffer reused by every call; objects are made only for the
   * matches kept (`withBlockers` false: classification drops blockers anyway).
   */
  private matchFrom(
    folded: string,
    from: number,
    to: number,
    withBlockers = true,
  ): { matches: NameMatch[]; stop: number } {
    const matches: NameMatch[] = [];
    const out = this.found;
    const entries = this.entries;
    for (let at = from; ;) {
      const count = this.automaton.scan(folded, at, to, out);
      for (let k = 0; k < count * MATCH_INTS; k += MATCH_INTS) {
        const entry = entries[out[k + 2]!]!;
        if (withBlockers || !entry.blocker) matches.push({ start: out[k]!, end: out[k + 1]!, entry });
      }
      if (count * MATCH_INTS < out.length) return { matches, stop: scanStop(at, to, out, count) };
      at = out[(count - 1) * MATCH_INTS + 1]!;
    }
  }

  /**
   * Classifies the matches that start in text[from, to). Context around the range is folded too,
   * so names crossing `to` and cue words near the edges are seen. Page-level evidence is the
   * caller's: it sees the whole page. `next` is where the following slice must start: a name
   * that runs over `to` is this slice's, and the next must not find a shorter name inside it.
   */
  classify(text: string, from = 0, to = text.length): Classified & { folded: string; offset: number; next: number } {
    const offset = Math.max(0, from - CUE_WINDOW);
    const folded = this.fold(text.slice(offset, Math.min(text.length, to + MAX_NAME_CONTEXT)));
    const { matches, stop } = this.matchFrom(folded, from - offset, to - offset, false);
    const classified = classifyMatches(
      folded,
      matches,
      this.byId,
      this.lexicon,
      (a, b) => this.matchFrom(folded, a, b).matches,
    );
    const shift = (m: Mention) => ({ ...m, start: m.start + offset, end: m.end + offset });
    return {
      certain: classified.certain.map(shift),
      needsPage: classified.needsPage.map(shift),
      unambiguousIds: classified.unambiguousIds,
      folded,
      offset,
      next: stop + offset,
    };
  }
}
