/**
 * The corpus compiler: cleaned articles + gazetteer → what the extension ships (articles in both
 * scripts, entities with every written form of their names, claims with sources, the name list
 * for the matcher) plus warnings for the editor. Pure: inputs are strings, so it runs in tests.
 */
import { parse as parseYaml } from 'yaml';
import { parseArticle, type Article } from './article';
import { emptyReport } from './clean';
import { parseRepairs } from './parse-repairs';
import {
  expandCues,
  findAliasCollisions,
  GazetteerError,
  namesOf,
  parseGazetteer,
  parseSenseFamilies,
  type Entity,
  type SenseFamilies,
} from './gazetteer';
import { buildLexicon } from './lexicon';
import { splitSentences } from '../text/sentences';
import { isDocumentType, type EntityType } from '../core/entity-type';
import { MIN_NAME_LENGTH, NameMatcher, withNameDots, type NameEntry } from '../match/names';
import { documentTitleForms } from '../match/document-titles';
import type { EvidenceEntity, Mention } from '../match/evidence';
import { Segmenter } from '../claims/segment';
import { nodeJiebaTagger } from '../claims/node-jieba';
import { readableAlone } from '../claims/readable';
import type { Claim } from '../claims/group';
import {
  articleMentions,
  cleanParagraph,
  convertWithNames,
  finishClaims,
  articleClaims,
  type Bilingual,
  type CompiledClaim,
  type TextConverters,
} from './pipeline';
import { findMissingCandidates } from './candidates';
import { recognizerData, type RecognizerData } from '../match/recognizer';
import { Lexicon, type LexiconData } from '../match/segment';

// The shared pipeline's types, still importable from here (the compiler's public shapes).
export type { Bilingual, CompiledClaim, TextConverters };

export interface CorpusSources {
  articles: Array<{ file: string; source: string }>;
  entitiesYaml: string;
  repairsYaml?: string;
  /** Terms an editor reviewed and decided are not entities (AIGC, LLM…). */
  notEntitiesYaml?: string;
  /** Named word lists that cues and negative cues refer to as "@name" (corpus/senses.yaml). */
  sensesYaml?: string;
  /** A general word list with frequencies ("word freq tag" per line: jieba's dict.txt) for word boundaries. */
  wordList?: string;
}

export interface CompiledArticle extends Omit<Article, 'title'> {
  title: Bilingual;
  /** Mentions per paragraph: [paragraph, start, end, entity index]. */
  mentions: Array<[number, number, number, number]>;
}

export interface CompiledEntity {
  id: string;
  type: EntityType;
  name: { hans: string; hant: string; en?: string };
  /** Aliases in each script (Latin ones are the same in both). */
  aliases: { hans: string[]; hant: string[] };
  parent: string | null;
  description: Bilingual;
  ambiguous: boolean;
  /** Folded cue words. */
  cues: string[];
  /** Folded negative cues. */
  against: string[];
  /** Only the sentence or paragraph decides its ambiguous names (see the gazetteer's `pageEvidence`). */
  pageEvidence?: false;
  mentionCount: number;
  articleIds: string[];
  /** The sentence that says most about it, for a card with no claim worth showing. */
  bestSentence?: { text: Bilingual; articleId: string };
  /** Entities the corpus mentions in the same sentences most, most first: [id, shared sentences]. */
  related: Array<[string, number]>;
}

export interface CompiledCorpus {
  version: 1;
  articles: CompiledArticle[];
  entities: CompiledEntity[];
  claims: CompiledClaim[];
  /** Folded names and blockers for the matcher. */
  names: NameEntry[];
}

export interface CompileResult {
  corpus: CompiledCorpus;
  /** What the content script ships: matcher, entity types and evidence, fold table. */
  recognizer: RecognizerData;
  warnings: string[];
}

export class CorpusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusError';
  }
}


function parseStringList(yaml: string | undefined, file: string): string[] {
  if (!yaml) return [];
  const data: unknown = parseYaml(yaml);
  if (!Array.isArray(data)) throw new CorpusError(`${file} must be a list`);
  return data.map(String);
}

/** Digits a version stem is followed by (Qwen3, 通义千问2): the matcher needs each as a name. */
const VERSION_DIGITS = '0123456789';

/** A written form of an entity's name for the matcher, and whether it is also an ordinary word. */
export interface WrittenForm {
  form: string;
  ambiguous: boolean;
}

/**
 * Every written form of an entity's names: each name with its middle dots in Simplified, Taiwan
 * and Hong Kong characters. A document's title is made of ordinary words, so it also takes the
 * regional wording (人工智能法案 → 人工智慧法案) and the forms news writes it in: in title marks,
 * with its issuing body (its parent) outside them (lib/match/document-titles.ts). A form made
 * from an ambiguous name is ambiguous.
 */
export function writtenForms(
  entity: Entity,
  parentOf: (entity: Entity) => Entity | undefined,
  convert: TextConverters,
): WrittenForm[] {
  const document = isDocumentType(entity.type);
  const variantsOf = document ? (convert.wordVariants ?? convert.scriptVariants) : convert.scriptVariants;
  const ambiguousKeys = new Set(entity.ambiguousNames.flatMap((n) => variantsOf(n).map(convert.fold)));
  const parent = document ? parentOf(entity) : undefined;
  const ownerNames = parent ? namesOf(parent).flatMap(withNameDots).flatMap(convert.scriptVariants) : [];
  const forms: WrittenForm[] = [];
  for (const name of namesOf(entity)) {
    const variants = withNameDots(name).flatMap(variantsOf);
    for (const form of variants) forms.push({ form, ambiguous: ambiguousKeys.has(convert.fold(form)) });
    if (!document) continue;
    const ambiguous = entity.ambiguousNames.includes(name);
    for (const form of documentTitleForms(variants, ownerNames, convert.fold)) forms.push({ form, ambiguous });
  }
  return forms;
}

export function nameEntries(entities: readonly Entity[], convert: TextConverters): NameEntry[] {
  const entries: NameEntry[] = [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const parentOf = (entity: Entity) => (entity.parent === null ? undefined : byId.get(entity.parent));
  for (const entity of entities) {
    for (const { form, ambiguous } of writtenForms(entity, parentOf, convert)) {
      const key = convert.fold(form);
      if (key.length >= MIN_NAME_LENGTH) entries.push({ key, entityIds: [entity.id], blocker: false, ambiguous });
    }
    for (const blocker of entity.blockers) {
      for (const variant of convert.scriptVariants(blocker)) entries.push({ key: convert.fold(variant), entityIds: [], blocker: true });
    }
  }
  // Model families: a stem and a version number (Qwen3) is the family unless listed itself, and
  // a listed version (Qwen2) followed by a longer one (Qwen2.5) is the family too.
  const listed = new Set(entries.map((e) => e.key));
  for (const entity of entities) {
    for (const stem of entity.versions) {
      for (const key of new Set(convert.scriptVariants(stem).map(convert.fold))) {
        for (const entry of entries) {
          if (!entry.blocker && entry.key.startsWith(key) && VERSION_DIGITS.includes(entry.key[key.length] ?? '')) entry.family = entity.id;
        }
        for (const digit of VERSION_DIGITS) {
          if (!listed.has(key + digit)) entries.push({ key: key + digit, entityIds: [entity.id], blocker: false, family: entity.id });
        }
      }
    }
  }
  return entries;
}

/** Folded cue words in every written form, "@family" references expanded. */
function foldedCues(list: readonly string[], families: SenseFamilies, where: string, convert: TextConverters): string[] {
  const variants = convert.wordVariants ?? convert.scriptVariants;
  return [...new Set(expandCues(list, families, where).flatMap((c) => variants(c).map(convert.fold)))];
}

export function compileCorpus(sources: CorpusSources, convert: TextConverters): CompileResult {
  const warnings: string[] = [];
  const repairs = parseRepairs(sources.repairsYaml);
  let entities: Entity[];
  try {
    entities = parseGazetteer(parseYaml(sources.entitiesYaml));
  } catch (error) {
    if (error instanceof GazetteerError) throw error;
    throw new CorpusError(`entities.yaml is not valid YAML: ${(error as Error).message}`);
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  const parentOf = (entity: Entity) => (entity.parent === null ? undefined : byId.get(entity.parent));
  const collisions = findAliasCollisions(entities, (e) =>
    writtenForms(e, parentOf, convert).map(({ form }) => convert.fold(form)),
  );
  if (collisions.length) throw new GazetteerError(collisions);

  const articles = sources.articles.map(({ file, source }) => {
    const article = parseArticle(source, file);
    // Cleaning is idempotent: anything it still finds was added by hand and is reported.
    const report = emptyReport();
    article.paragraphs = article.paragraphs.map((p) => cleanParagraph(p, repairs, report));
    const leftovers =
      report.pinyinRemoved + report.mojibakeRepaired.length + report.mojibakeCut.length + report.htmlRemoved.length + report.punctuationRestored;
    if (leftovers) warnings.push(`${file}: cleaned ${leftovers} artifact(s) still in the file; run "npm run corpus -- import" on the raw text`);
    return article;
  });
  const ids = new Set<string>();
  for (const a of articles) {
    if (ids.has(a.id)) throw new CorpusError(`two articles have the id "${a.id}"`);
    ids.add(a.id);
  }

  let families: SenseFamilies;
  try {
    families = parseSenseFamilies(sources.sensesYaml ? parseYaml(sources.sensesYaml) : undefined);
  } catch (error) {
    if (error instanceof GazetteerError) throw error;
    throw new CorpusError(`senses.yaml is not valid YAML: ${(error as Error).message}`);
  }
  const entityIndex = new Map(entities.map((e, i) => [e.id, i]));
  const evidence = new Map<string, EvidenceEntity>(
    entities.map((e) => [
      e.id,
      {
        id: e.id,
        ambiguous: e.ambiguous,
        cues: foldedCues(e.cues, families, `${e.id}: cues`, convert),
        against: foldedCues(e.against, families, `${e.id}: against`, convert),
        ...(e.pageEvidence ? {} : { pageEvidence: false as const }),
      },
    ]),
  );
  const names = nameEntries(entities, convert);
  const matcher = new NameMatcher(names);
  const lexicon = sources.wordList
    ? buildLexicon(
        sources.wordList,
        matcher.entries.filter((e) => !e.blocker).map((e) => ({ key: e.key, ambiguous: !!e.ambiguous })),
        new Set(matcher.entries.map((e) => e.key)),
      )
    : [];
  const segmentation = new Lexicon(lexicon);
  const segmenter = new Segmenter(
    names.filter((n) => !n.blocker).map((n) => n.key),
    nodeJiebaTagger(),
  );
  const typeOf = new Map(entities.map((e) => [e.id, e.type as string]));

  const mentionCount = new Map<string, number>();
  const articlesOf = new Map<string, Set<string>>();
  const cooccur = new Map<string, Map<string, number>>();
  const drafts: Claim[] = [];
  const bestSentences = new Map<string, { score: number; text: string; articleId: string }>();
  const compiledArticles: CompiledArticle[] = [];

  for (const article of articles) {
    const folded = article.paragraphs.map(convert.fold);
    const perParagraph = articleMentions(folded, matcher, evidence, segmentation);
    const compiledMentions: CompiledArticle['mentions'] = [];
    article.paragraphs.forEach((paragraph, p) => {
      const mentions = perParagraph[p]!;
      for (const m of mentions) {
        compiledMentions.push([p, m.start, m.end, entityIndex.get(m.entityId)!]);
        mentionCount.set(m.entityId, (mentionCount.get(m.entityId) ?? 0) + 1);
        const set = articlesOf.get(m.entityId) ?? new Set();
        set.add(article.id);
        articlesOf.set(m.entityId, set);
      }
      for (const sentence of splitSentences(paragraph)) {
        const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
        countCooccurrence(inSentence, cooccur);
        for (const m of inSentence) {
          const score = sentenceScore(sentence.text, m.start - sentence.start);
          if (score > (bestSentences.get(m.entityId)?.score ?? -Infinity)) {
            bestSentences.set(m.entityId, { score, text: sentence.text, articleId: article.id });
          }
        }
      }
    });
    drafts.push(
      ...articleClaims(article.paragraphs, folded, perParagraph, {
        articleId: article.id,
        articleDate: article.date,
        typeOf: (id: string) => typeOf.get(id),
        parentOf: (id: string) => byId.get(id)?.parent ?? undefined,
        segmenter,
      }),
    );
    compiledArticles.push({
      ...article,
      title: { hans: convert.toSimplified(article.title), hant: convert.toTraditional(article.title) },
      mentions: compiledMentions,
    });
  }

  const entityById = new Map(entities.map((e) => [e.id, e]));
  const claims = finishClaims(drafts, 'c', convert, matcher, (id) => entityById.get(id));

  // Bylines and reprint notices name authors and outlets: found there, they are in the corpus.
  const metadata = convert.fold(articles.flatMap((a) => [a.title, a.site ?? '', a.author ?? '', ...a.boilerplate]).join('\n'));
  for (const entity of entities) {
    if (mentionCount.get(entity.id)) continue;
    const inMetadata = namesOf(entity).some((name) => convert.scriptVariants(name).some((v) => metadata.includes(convert.fold(v))));
    if (!inMetadata) warnings.push(`entity ${entity.id} (${entity.name.hans}) is not found in any article`);
  }
  const ignored = new Set(parseStringList(sources.notEntitiesYaml, 'not-entities.yaml').map(convert.fold));
  warnings.push(...findMissingCandidates(articles, matcher, convert.fold, ignored));

  const compiledEntities: CompiledEntity[] = entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: { hans: unique(e.aliases.map(convert.toSimplified)), hant: unique(e.aliases.map(convert.toTraditional)) },
    parent: e.parent,
    description: { hans: convert.toSimplified(e.description), hant: convert.toTraditional(e.description) },
    ambiguous: e.ambiguous,
    cues: [...evidence.get(e.id)!.cues],
    against: [...(evidence.get(e.id)!.against ?? [])],
    ...(e.pageEvidence ? {} : { pageEvidence: false as const }),
    mentionCount: mentionCount.get(e.id) ?? 0,
    articleIds: [...(articlesOf.get(e.id) ?? [])].sort(),
    ...(bestSentences.has(e.id)
      ? {
          bestSentence: {
            // Converted as claims are: names in their own forms, no rare Extension-B characters.
            text: {
              hans: convertWithNames(bestSentences.get(e.id)!.text, 'hans', convert, matcher, (id) => entityById.get(id)),
              hant: convertWithNames(bestSentences.get(e.id)!.text, 'hant', convert, matcher, (id) => entityById.get(id)),
            },
            articleId: bestSentences.get(e.id)!.articleId,
          },
        }
      : {}),
    related: [...(cooccur.get(e.id) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8),
  }));

  const recognizer = recognizerData(
    matcher.entries,
    compiledEntities.map((e) => ({
      id: e.id,
      type: e.type,
      ambiguous: e.ambiguous,
      cues: e.cues,
      ...(e.against.length ? { against: e.against } : {}),
      ...(e.pageEvidence === false ? { pageEvidence: false as const } : {}),
    })),
    shippedFoldPairs(convert.foldPairs(), matcher.entries, compiledEntities, articles, lexicon),
    lexicon,
  );
  return { corpus: { version: 1, articles: compiledArticles, entities: compiledEntities, claims, names: matcher.entries }, recognizer, warnings };
}

/** Traditional characters seen this often in the corpus are common enough to tell a page's script. */
const SCRIPT_EVIDENCE_MIN_COUNT = 3;

/**
 * The content script needs only the fold pairs that can change a match: those whose Simplified
 * side occurs in a name, blocker, cue or crossing word of the lexicon (鍾朋榮耀 must fold to the
 * 钟朋荣 that beats 荣耀, as 钟朋荣耀 does; folding any other character cannot make or break a
 * match), plus the corpus's frequent Traditional characters, which tell a page's script. This
 * keeps the shipped table well below opencc's thousands of pairs.
 */
function shippedFoldPairs(
  pairs: number[],
  names: readonly NameEntry[],
  entities: readonly CompiledEntity[],
  articles: readonly Article[],
  lexicon: LexiconData,
): number[] {
  const needed = new Set<number>();
  const lexiconText = lexicon.join('').replace(/\s+/g, '');
  for (const text of [...names.map((n) => n.key), ...entities.flatMap((e) => [...e.cues, ...e.against]), lexiconText]) {
    for (let i = 0; i < text.length; i++) needed.add(text.charCodeAt(i));
  }
  const sources = new Set<number>();
  for (let i = 0; i < pairs.length; i += 2) sources.add(pairs[i]!);
  const seen = new Map<number, number>();
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      for (let i = 0; i < paragraph.length; i++) {
        const code = paragraph.charCodeAt(i);
        if (sources.has(code)) seen.set(code, (seen.get(code) ?? 0) + 1);
      }
    }
  }
  const shipped: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const [from, to] = [pairs[i]!, pairs[i + 1]!];
    if (needed.has(to) || (seen.get(from) ?? 0) >= SCRIPT_EVIDENCE_MIN_COUNT) shipped.push(from, to);
  }
  return shipped;
}

/** A sentence that is a statement of readable length, with the name early in it, says most. */
function sentenceScore(text: string, at: number): number {
  const length = text.length;
  const fit = length < 12 ? -3 : length > 110 ? -2 : 0;
  const statement = /[？?]$/.test(text) ? -3 : 0;
  // A sentence cut before its end (a list, a dangling 的) says less than a whole one.
  const whole = readableAlone(text) ? 0 : -2;
  return fit + statement + whole + Math.min(length, 60) / 30 - at / 40;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function countCooccurrence(mentions: readonly Mention[], into: Map<string, Map<string, number>>): void {
  const ids = [...new Set(mentions.map((m) => m.entityId))];
  for (const a of ids) {
    for (const b of ids) {
      if (a === b) continue;
      const row = into.get(a) ?? new Map<string, number>();
      row.set(b, (row.get(b) ?? 0) + 1);
      into.set(a, row);
    }
  }
}
