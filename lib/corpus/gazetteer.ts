/**
 * The entity gazetteer (corpus/entities.yaml): validation and the alias-collision check.
 * Pure: it takes parsed YAML and a fold function, so it is tested in Node with planted errors.
 */
import { ENTITY_TYPES, type EntityType } from '../core/entity-type';

/** A YAML scalar as text (a number such as 360 reads as "360"); a list or map is a problem. */
function scalarText(value: unknown, label: string, problems: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value).trim();
  problems.push(`${label} must be text`);
  return undefined;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: { hans: string; hant: string; en?: string };
  aliases: string[];
  parent: string | null;
  description: string;
  /** Some of its names are also ordinary words: a mention of those needs evidence. */
  ambiguous: boolean;
  /**
   * The names that need evidence (豆包, not 豆包App). `ambiguous: true` in the file means all of
   * them; a list names the ambiguous ones.
   */
  ambiguousNames: string[];
  /** Strings that contain a name but mean something else (阿里山, 豆包馅). */
  blockers: string[];
  /** Words that, near a mention, confirm this sense ("@family" entries name a list in senses.yaml). */
  cues: string[];
  /** Words that, near a mention, point to the everyday sense (food words around 豆包). */
  against: string[];
  /**
   * False when the everyday word belongs to the register of tech prose itself (理想 "ideal",
   * 联想 "to associate"): a page being about tech then says nothing, and only the sentence or
   * paragraph decides. `pageEvidence: false` in the file; absent means true.
   */
  pageEvidence: boolean;
  /**
   * Name stems followed by a version number that mean this entity (Qwen → Qwen3, Qwen2.5-Max),
   * unless the gazetteer lists that version itself.
   */
  versions: string[];
}

/** Named word lists (corpus/senses.yaml) that cues and negative cues refer to as "@name". */
export type SenseFamilies = ReadonlyMap<string, readonly string[]>;

export class GazetteerError extends Error {
  constructor(readonly problems: string[]) {
    super(`entities.yaml has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'GazetteerError';
  }
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

function stringList(value: unknown, where: string, problems: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
    problems.push(`${where} must be a list of strings`);
    return [];
  }
  return value.map(String).map((s) => s.trim()).filter(Boolean);
}

/** Validates the parsed YAML; collects every problem before failing, so one run shows them all. */
export function parseGazetteer(data: unknown): Entity[] {
  const problems: string[] = [];
  if (!Array.isArray(data)) throw new GazetteerError(['the file must be a YAML list of entities']);
  const entities: Entity[] = [];
  const ids = new Set<string>();
  data.forEach((raw: unknown, index) => {
    const where = `entry ${index + 1}`;
    if (!raw || typeof raw !== 'object') {
      problems.push(`${where} is not a mapping`);
      return;
    }
    const r = raw as Record<string, unknown>;
    const id = typeof r.id === 'string' ? r.id : '';
    const label = id ? `${where} (${id})` : where;
    if (!ID_PATTERN.test(id)) problems.push(`${label}: id must be lower-case ASCII kebab-case`);
    if (ids.has(id)) problems.push(`${label}: duplicate id`);
    ids.add(id);
    if (!ENTITY_TYPES.includes(r.type as EntityType)) problems.push(`${label}: type must be one of ${ENTITY_TYPES.join(', ')}`);
    const name = (r.name ?? {}) as Record<string, unknown>;
    const hans = typeof name.hans === 'string' ? name.hans.trim() : '';
    const hant = typeof name.hant === 'string' ? name.hant.trim() : '';
    const en = scalarText(name.en, `${label}: name.en`, problems);
    if (!hans || !hant) problems.push(`${label}: name.hans and name.hant are required`);
    const description = typeof r.description === 'string' ? r.description.trim() : '';
    if (!description) problems.push(`${label}: description is required`);
    const parent = typeof r.parent === 'string' || typeof r.parent === 'number' ? String(r.parent) : null;
    if (parent === null && r.parent !== undefined && r.parent !== null) problems.push(`${label}: parent must be an entity id`);
    const names = [hans, hant, ...(en ? [en] : []), ...stringList(r.aliases, `${label}: aliases`, [])];
    let ambiguousNames: string[] = [];
    if (r.ambiguous === true) ambiguousNames = [...new Set(names)];
    else if (Array.isArray(r.ambiguous)) {
      ambiguousNames = stringList(r.ambiguous, `${label}: ambiguous`, problems);
      for (const n of ambiguousNames) if (!names.includes(n)) problems.push(`${label}: ambiguous name "${n}" is not one of its names`);
    } else if (r.ambiguous !== undefined && r.ambiguous !== false) problems.push(`${label}: ambiguous must be true, false or a list of its names`);
    const cues = stringList(r.cues, `${label}: cues`, problems);
    const against = stringList(r.against, `${label}: against`, problems);
    if (ambiguousNames.length && !cues.length) problems.push(`${label}: ambiguous names need cues`);
    if (!ambiguousNames.length && against.length) problems.push(`${label}: against (negative cues) is only for ambiguous names`);
    if (r.pageEvidence !== undefined && r.pageEvidence !== false)
      problems.push(`${label}: pageEvidence is false or absent`);
    if (r.pageEvidence === false && !ambiguousNames.length) problems.push(`${label}: pageEvidence is only for ambiguous names`);
    entities.push({
      id,
      type: r.type as EntityType,
      name: en ? { hans, hant, en } : { hans, hant },
      aliases: stringList(r.aliases, `${label}: aliases`, problems),
      parent,
      description,
      ambiguous: ambiguousNames.length > 0,
      ambiguousNames,
      blockers: stringList(r.blockers, `${label}: blockers`, problems),
      cues,
      against,
      pageEvidence: r.pageEvidence !== false,
      versions: stringList(r.versions, `${label}: versions`, problems),
    });
  });
  for (const entity of entities) {
    if (entity.parent !== null && !ids.has(entity.parent)) problems.push(`${entity.id}: parent "${entity.parent}" is not an entity id`);
    if (entity.parent === entity.id) problems.push(`${entity.id}: is its own parent`);
  }
  if (problems.length) throw new GazetteerError(problems);
  return entities;
}

/** Parses corpus/senses.yaml: a mapping from family name to a list of words. */
export function parseSenseFamilies(data: unknown): Map<string, string[]> {
  const families = new Map<string, string[]>();
  if (data === undefined || data === null) return families;
  const problems: string[] = [];
  if (typeof data !== 'object' || Array.isArray(data)) throw new GazetteerError(['senses.yaml must map family names to word lists']);
  for (const [name, words] of Object.entries(data as Record<string, unknown>)) {
    if (!ID_PATTERN.test(name)) problems.push(`senses.yaml: family name "${name}" must be lower-case ASCII kebab-case`);
    const list = stringList(words, `senses.yaml: ${name}`, problems);
    if (!list.length) problems.push(`senses.yaml: ${name} is empty`);
    families.set(name, list);
  }
  if (problems.length) throw new GazetteerError(problems);
  return families;
}

/**
 * Cue words with "@family" references replaced by the family's words. An unknown family is an
 * error, so a typo cannot silently drop evidence.
 */
export function expandCues(list: readonly string[], families: SenseFamilies, where: string): string[] {
  const out: string[] = [];
  for (const item of list) {
    if (!item.startsWith('@')) {
      out.push(item);
      continue;
    }
    const words = families.get(item.slice(1));
    if (!words) throw new GazetteerError([`${where}: "${item}" is not a family in senses.yaml`]);
    out.push(...words);
  }
  return [...new Set(out)];
}

export function namesOf(entity: Entity): string[] {
  return [...new Set([entity.name.hans, entity.name.hant, ...(entity.name.en ? [entity.name.en] : []), ...entity.aliases])];
}

/**
 * An alias that folds to the same key for two entities is an error unless a rule tells them apart:
 * both entities are marked ambiguous and each has cue words of its own.
 */
export function findAliasCollisions(
  entities: readonly Entity[],
  keysOf: (entity: Entity) => Iterable<string>,
): string[] {
  const owners = new Map<string, Entity[]>();
  for (const entity of entities) {
    for (const key of new Set(keysOf(entity))) {
      const list = owners.get(key) ?? [];
      list.push(entity);
      owners.set(key, list);
    }
  }
  const problems: string[] = [];
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    const toldApart = list.every((e) => e.ambiguous && e.cues.length > 0) && cuesDiffer(list);
    if (!toldApart) {
      problems.push(`the name "${key}" belongs to ${list.map((e) => e.id).join(' and ')} with no rule to tell them apart (mark both ambiguous with distinct cues, or drop the alias from one)`);
    }
  }
  return problems;
}

function cuesDiffer(list: readonly Entity[]): boolean {
  const seen = new Set<string>();
  for (const entity of list) {
    if (entity.cues.every((cue) => seen.has(cue))) return false;
    entity.cues.forEach((cue) => seen.add(cue));
  }
  return true;
}
