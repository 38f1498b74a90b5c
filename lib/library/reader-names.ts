/**
 * The reader's own entities joined to the bundled recognizer: one RecognizerData the content
 * script loads like the bundled one. Pure (no DOM, no browser API): the background runs it when
 * the reader's gazetteer changes, with opencc's converters passed in.
 *
 * Every name the reader gave (both scripts, English, aliases) is expanded into its Simplified,
 * Taiwan and Hong Kong characters and its middle-dot forms, and folded exactly as the page's
 * text will be: the shipped fold table only carries the pairs the bundled names need, so the
 * pairs the reader's names need are added from the full table. Latin names get word boundaries
 * from the matcher itself (it never starts or ends a Latin name inside a word). A name the
 * reader marked as an ordinary word is ambiguous like a bundled one: it needs cues nearby
 * (the reader's cues) or a page about tech.
 *
 * Collisions are decided, never pooled (two entities under one name would both go unmarked
 * unless the context picked one):
 * - a name a bundled entity already has stays the bundled entity's: its card, cues and claims
 *   are richer, and the reader most likely re-added the same thing; it is reported;
 * - a name equal to a bundled blocker (a string that only exists to stop a shorter bundled name,
 *   阿里山 for 阿里) becomes the reader's name: the reader confirmed it is one, and a name
 *   swallows the text just as the blocker did;
 * - two reader entities with one name: the one created first keeps it; reported.
 * A deleted entity is simply absent from the list: the result is rebuilt from the bundled data
 * every time, so nothing of it survives.
 *
 * Also the reader's entities as the processing pipeline needs them (readerNameEntries,
 * readerEvidence): matcher entries for every written form of their names and their evidence.
 * (Merged from the matcher and pipeline branches, which each wrote this file.)
 */
import type { NameEntry } from '../match/names';
import type { EvidenceEntity } from '../match/evidence';
import type { TextConverters } from '../corpus/pipeline';
import type { ReaderEntity } from './model';
import { fold, tableFromPairs } from '../text/fold';
import { MIN_NAME_LENGTH, withNameDots } from '../match/names';
import { inTitleMarks } from '../match/document-titles';
import { isDocumentType } from '../core/entity-type';
import type { RecognizerData, RecognizerEntity } from '../match/recognizer';
import { crossingWords, isCheckedName, lexiconCosts, type LexiconName, type WordSource } from '../match/crossing-words';
import { encodeLexicon, type LexiconData } from '../match/segment';

export interface ReaderNameConverters {
  /** Every script/regional form of a name (lib/text/convert.ts scriptVariants). */
  scriptVariants: (name: string) => string[];
}

/** A reader's name that did not become theirs, for the interface to explain. */
export interface NameCollision {
  key: string;
  entityId: string;
  /** The entity that keeps the name (bundled or an earlier reader entity). */
  keptBy: string;
}

export interface MergedRecognizer {
  data: RecognizerData;
  collisions: NameCollision[];
}

/** Every folded key of `names`, in every written form, at least MIN_NAME_LENGTH long. */
function foldedForms(
  names: readonly string[],
  convert: ReaderNameConverters,
  foldName: (s: string) => string,
): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (!trimmed) continue;
    for (const dotted of withNameDots(trimmed)) {
      for (const variant of convert.scriptVariants(dotted)) {
        const key = foldName(variant);
        if (key.length >= MIN_NAME_LENGTH) keys.add(key);
      }
    }
  }
  return [...keys];
}

function namesOf(entity: ReaderEntity): string[] {
  return [entity.name.hans, entity.name.hant, entity.name.en ?? '', ...entity.aliases];
}

/**
 * A document's names in title marks (《…》), as the bundled documents are written, so a mention
 * covers its marks either way. Not the owner-outside form (欧盟《…》): the owner's names may be
 * bundled, and the bundled data carries keys, not names.
 */
function titleForms(entity: Pick<ReaderEntity, 'type'>, names: readonly string[]): string[] {
  if (!isDocumentType(entity.type)) return [];
  return names
    .map((n) => n.trim())
    .filter(Boolean)
    .flatMap(inTitleMarks);
}

function withTitleForms(entity: Pick<ReaderEntity, 'type'>, names: readonly string[]): string[] {
  return [...names, ...titleForms(entity, names)];
}

/**
 * The bundled recognizer with the reader's entities added. `allFoldPairs` is the full
 * Traditional→Simplified table (.generated/fold-pairs.json); `bundled` is never modified.
 * With `words` (the background's word table), the reader's short Han names get the crossing
 * words the build gives bundled names, so 天工 is no name inside 巧夺天工.
 */
export function mergeReaderNames(
  bundled: RecognizerData,
  readers: readonly ReaderEntity[],
  convert: ReaderNameConverters,
  allFoldPairs: readonly number[],
  words?: WordSource,
): MergedRecognizer {
  const fullTable = tableFromPairs(allFoldPairs);
  const foldName = (text: string) => fold(text, fullTable);
  const keys = [...bundled.keys];
  const entries = bundled.entries.map((ids) => [...ids]);
  const ambiguous = new Set(bundled.ambiguous);
  const entities: RecognizerEntity[] = [...bundled.entities];
  const valueOf = new Map(keys.map((key, value) => [key, value]));
  const collisions: NameCollision[] = [];
  const needed = new Set<number>();
  const need = (text: string) => {
    for (let i = 0; i < text.length; i++) needed.add(text.charCodeAt(i));
  };
  /** The reader's names that became theirs, for the crossing words. */
  const readerKeys: LexiconName[] = [];

  // Oldest first: an earlier entity keeps a shared name whatever order the database returns.
  const ordered = [...readers].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seenIds = new Set<string>();
  for (const reader of ordered) {
    if (seenIds.has(reader.id)) continue;
    seenIds.add(reader.id);
    const ambiguousKeys = new Set(foldedForms(withTitleForms(reader, reader.ambiguousNames), convert, foldName));
    // A name in title marks that collides is the same collision as the name's: reported once.
    const titled = new Set(foldedForms(titleForms(reader, namesOf(reader)), convert, foldName));
    const cues = foldedForms(reader.cues, convert, foldName);
    const index = entities.length;
    entities.push({ id: reader.id, type: reader.type, ambiguous: ambiguousKeys.size > 0, cues });
    cues.forEach(need);
    for (const key of foldedForms(withTitleForms(reader, namesOf(reader)), convert, foldName)) {
      const value = valueOf.get(key);
      if (value === undefined) {
        valueOf.set(key, keys.length);
        keys.push(key);
        entries.push([index]);
        if (ambiguousKeys.has(key)) ambiguous.add(keys.length - 1);
      } else if (entries[value]!.length === 0) {
        // A bundled blocker: the reader's confirmed name replaces it.
        entries[value] = [index];
        if (ambiguousKeys.has(key)) ambiguous.add(value);
      } else {
        if (!titled.has(key)) collisions.push({ key, entityId: reader.id, keptBy: entities[entries[value]![0]!]!.id });
        continue;
      }
      need(key);
      if (isCheckedName(key)) readerKeys.push({ key, ambiguous: ambiguousKeys.has(key) });
    }
  }
  const lexicon = words ? withCrossingWords(bundled.lexicon, words, readerKeys, new Set(keys)) : bundled.lexicon;
  // A crossing word's characters fold on the page as the names' do (鍾朋榮耀 as 钟朋荣耀).
  if (lexicon !== bundled.lexicon) need(lexicon.join(''));

  // The page folds with the shipped table: add the pairs that fold into the reader's characters.
  const shipped = new Set<number>();
  for (let i = 0; i + 1 < bundled.foldPairs.length; i += 2) shipped.add(bundled.foldPairs[i]!);
  const foldPairs = [...bundled.foldPairs];
  for (let i = 0; i + 1 < allFoldPairs.length; i += 2) {
    if (needed.has(allFoldPairs[i + 1]!) && !shipped.has(allFoldPairs[i]!))
      foldPairs.push(allFoldPairs[i]!, allFoldPairs[i + 1]!);
  }

  return {
    data: {
      ...bundled,
      keys,
      entries,
      ambiguous: [...ambiguous].sort((a, b) => a - b),
      entities,
      lexicon,
      foldPairs,
    },
    collisions,
  };
}

/** The bundled lexicon with the words that can take these names' edges added (bundled costs kept). */
function withCrossingWords(
  bundled: LexiconData,
  words: WordSource,
  names: readonly LexiconName[],
  excluded: ReadonlySet<string>,
): LexiconData {
  if (!names.length) return bundled;
  const costs = lexiconCosts(bundled);
  let added = 0;
  for (const [word, logp] of crossingWords(words, names, excluded))
    if (!costs.has(word)) {
      costs.set(word, logp);
      added++;
    }
  return added ? encodeLexicon(costs) : bundled;
}

type NameConverters = Pick<TextConverters, 'fold' | 'scriptVariants'>;

/** Every name of a reader entity as written by the reader: canonical forms, English name, aliases. */
export function readerNames(entity: ReaderEntity): string[] {
  const names = [entity.name.hans, entity.name.hant, entity.name.en ?? '', ...entity.aliases];
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

export function readerNameEntries(entities: readonly ReaderEntity[], convert: NameConverters): NameEntry[] {
  const entries: NameEntry[] = [];
  for (const entity of entities) {
    const ambiguous = new Set(
      withTitleForms(entity, entity.ambiguousNames).flatMap((n) => convert.scriptVariants(n).map(convert.fold)),
    );
    const keys = new Set(
      withTitleForms(entity, readerNames(entity)).flatMap((n) => convert.scriptVariants(n).map(convert.fold)),
    );
    for (const key of keys) {
      if (key.length >= MIN_NAME_LENGTH)
        entries.push({ key, entityIds: [entity.id], blocker: false, ambiguous: ambiguous.has(key) });
    }
  }
  return entries;
}

export function readerEvidence(
  entity: ReaderEntity,
  convert: Pick<TextConverters, 'fold' | 'scriptVariants' | 'wordVariants'>,
): EvidenceEntity {
  const variants = convert.wordVariants ?? convert.scriptVariants;
  return {
    id: entity.id,
    ambiguous: entity.ambiguousNames.length > 0,
    cues: [...new Set(entity.cues.flatMap((c) => variants(c).map(convert.fold)))],
  };
}
