/**
 * The reader's entities as the pipeline needs them: matcher entries for every written form of
 * their names (both scripts, Hong Kong forms, folded) and their evidence (an ambiguous name needs
 * cues, like a bundled one). Pure.
 */
import type { NameEntry } from '../match/names';
import type { EvidenceEntity } from '../match/evidence';
import type { TextConverters } from '../corpus/pipeline';
import type { ReaderEntity } from './model';

/** A name needs this many characters, as in the bundled gazetteer (一 or A is never a name). */
const MIN_NAME_LENGTH = 2;

type NameConverters = Pick<TextConverters, 'fold' | 'scriptVariants'>;

/** Every name of a reader entity as written by the reader: canonical forms, English name, aliases. */
export function readerNames(entity: ReaderEntity): string[] {
  const names = [entity.name.hans, entity.name.hant, entity.name.en ?? '', ...entity.aliases];
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

export function readerNameEntries(entities: readonly ReaderEntity[], convert: NameConverters): NameEntry[] {
  const entries: NameEntry[] = [];
  for (const entity of entities) {
    const ambiguous = new Set(entity.ambiguousNames.flatMap((n) => convert.scriptVariants(n).map(convert.fold)));
    const keys = new Set(readerNames(entity).flatMap((n) => convert.scriptVariants(n).map(convert.fold)));
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
