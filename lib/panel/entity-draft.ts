/**
 * The entity form's state and its checks: a candidate (or any selected text) becomes a draft with
 * both scripts filled in by the converter; the reader edits it; a valid draft becomes a
 * ReaderEntity. Pure: the converter, the fold and the name lookup are passed in.
 */
import type { EntityType } from '../core/entity-type';
import type { ReaderEntity } from '../library/model';

export interface EntityDraft {
  /** Set when editing an existing reader entity. */
  id: string | null;
  type: EntityType;
  hans: string;
  hant: string;
  en: string;
  /** As typed: names separated by commas (either width) or 、. */
  aliases: string;
  /** The owner's name as typed (any known name, either script), or ''. */
  parent: string;
  description: string;
  /** Which of its names (as written) are also everyday words and so need evidence to be marked. */
  ambiguousNames: string[];
  /** Cue words for its sense, as typed (same separators as aliases). */
  cues: string;
}

export interface ScriptConverter {
  toSimplified: (text: string) => string;
  toTraditional: (text: string) => string;
}

const LATIN_ONLY = /^[\x20-\x7e]+$/;
/**
 * One or two Han characters: most such strings are also ordinary words (星云, 青松, 小米), so a
 * name this short is offered as needing context; the reader can untick it.
 */
const SHORT_HAN = /^\p{Script=Han}{1,2}$/u;

export function looksLikeEverydayWord(name: string): boolean {
  return SHORT_HAN.test(name.trim());
}

/** The draft's names the form offers to mark as everyday words: the main name, then the aliases. */
export function draftNames(draft: Pick<EntityDraft, 'hans' | 'aliases'>): string[] {
  return [...new Set([draft.hans.trim(), ...splitAliases(draft.aliases)].filter(Boolean))];
}

/** The names suggested as everyday words before the reader says otherwise. */
export function suggestedAmbiguous(draft: Pick<EntityDraft, 'hans' | 'aliases'>): string[] {
  return draftNames(draft).filter(looksLikeEverydayWord);
}

/** A new draft for `name` as it was written (either script): the other script generated. */
export function draftFromName(name: string, type: EntityType, convert: ScriptConverter): EntityDraft {
  const written = name.trim().replace(/\s+/g, ' ');
  const latin = LATIN_ONLY.test(written);
  const hans = latin ? written : convert.toSimplified(written);
  return {
    id: null,
    type,
    hans,
    hant: latin ? written : convert.toTraditional(hans),
    en: latin ? written : '',
    aliases: '',
    parent: '',
    description: '',
    ambiguousNames: suggestedAmbiguous({ hans, aliases: '' }),
    cues: '',
  };
}

/** The draft of an existing entity, to edit it (the owner shown by name). */
export function draftFromEntity(entity: ReaderEntity, nameOf: (id: string) => string): EntityDraft {
  return {
    id: entity.id,
    type: entity.type,
    hans: entity.name.hans,
    hant: entity.name.hant,
    en: entity.name.en ?? '',
    aliases: entity.aliases.join('，'),
    parent: entity.parent ? nameOf(entity.parent) : '',
    description: entity.description,
    ambiguousNames: [...entity.ambiguousNames],
    cues: entity.cues.join('，'),
  };
}

export function splitAliases(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；]/)
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  ];
}

/** A stable id from the name: the same entity confirmed in two profiles merges on import. */
export function readerEntityId(hans: string, fold: (text: string) => string): string {
  const key = fold(hans.trim());
  const slug = key.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug && /^[a-z0-9 ._-]+$/.test(key)) return `user:${slug.slice(0, 60)}`;
  // FNV-1a over the folded name: Chinese names have no readable slug.
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `user:n${hash.toString(36)}`;
}

export type DraftProblem =
  | { field: 'hans'; code: 'nameRequired' }
  | { field: 'hans'; code: 'nameTaken'; name: string }
  | { field: 'parent'; code: 'parentUnknown'; name: string };

export interface DraftContext {
  fold: (text: string) => string;
  /** The entity a name (either script, any alias) stands for, bundled or the reader's, or null. */
  entityIdOf: (name: string) => string | null;
  now: number;
  /** The entity being edited (keeps its creation time). */
  existing?: ReaderEntity;
}

const MAX_NAME = 100;
const MAX_CUE = 30;
const MAX_CUES = 20;

/** Distinct by fold, first spelling kept. */
function distinctFolded(items: readonly string[], fold: (text: string) => string): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = fold(item);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The entity the draft describes, or the first problem with it. */
export function entityFromDraft(
  draft: EntityDraft,
  context: DraftContext,
): { ok: true; entity: ReaderEntity } | { ok: false; problem: DraftProblem } {
  const hans = draft.hans.trim().slice(0, MAX_NAME);
  const hant = draft.hant.trim().slice(0, MAX_NAME) || hans;
  if (!hans) return { ok: false, problem: { field: 'hans', code: 'nameRequired' } };
  const id = draft.id ?? readerEntityId(hans, context.fold);
  // A name another entity already has would make two entities of one name.
  const holder = context.entityIdOf(hans);
  if (holder && holder !== id) return { ok: false, problem: { field: 'hans', code: 'nameTaken', name: hans } };
  let parent: string | null = null;
  if (draft.parent.trim()) {
    parent = context.entityIdOf(draft.parent.trim());
    if (!parent || parent === id)
      return { ok: false, problem: { field: 'parent', code: 'parentUnknown', name: draft.parent.trim() } };
  }
  const fold = context.fold;
  const own = new Set([fold(hans), fold(hant)]);
  const aliases = splitAliases(draft.aliases)
    .map((a) => a.slice(0, MAX_NAME))
    .filter((a) => !own.has(fold(a)));
  const en = draft.en.trim().slice(0, MAX_NAME);
  // Only names it still has can be ambiguous (a name edited away takes its tick with it).
  const names = new Set([...own, ...aliases.map(fold)]);
  const ambiguousNames = distinctFolded(
    draft.ambiguousNames.map((n) => n.trim()),
    fold,
  ).filter((n) => names.has(fold(n)));
  // A cue that is one of its own names would let a second everyday use confirm the first.
  const cues = distinctFolded(
    splitAliases(draft.cues).map((c) => c.slice(0, MAX_CUE)),
    fold,
  )
    .filter((c) => !names.has(fold(c)))
    .slice(0, MAX_CUES);
  return {
    ok: true,
    entity: {
      id,
      type: draft.type,
      name: { hans, hant, ...(en && { en }) },
      aliases,
      parent,
      description: draft.description.trim().slice(0, 300),
      ambiguousNames,
      cues,
      createdAt: context.existing?.createdAt ?? context.now,
      updatedAt: context.now,
    },
  };
}
