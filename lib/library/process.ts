/**
 * Processing a saved article: the page's text goes through the corpus's own pipeline
 * (lib/corpus/pipeline.ts: cleaning, mentions with the same evidence rules, claims, grouping,
 * both scripts) against the bundled corpus plus the reader's entities, and its new-name
 * candidates are found. Pure: the caller (the offscreen document) supplies the corpus, the
 * reader's entities, the converters and a segmenter on the wasm backend.
 */
import type { CompiledCorpus } from '../corpus/compile';
import { emptyReport, isBoilerplate } from '../corpus/clean';
import {
  articleMentions,
  cleanParagraph,
  finishClaims,
  articleClaims,
  type NameForms,
  type TextConverters,
} from '../corpus/pipeline';
import { NameMatcher } from '../match/names';
import type { EvidenceEntity } from '../match/evidence';
import { Lexicon, type LexiconData, type WordCosts } from '../match/segment';
import { Segmenter, type Tagger } from '../claims/segment';
import { findCandidates } from './candidates';
import { savedArticleId, textHash } from './ids';
import { readerEvidence, readerNameEntries } from './reader-names';
import { PROCESSOR_VERSION, type ExtractedPage, type ReaderEntity, type SavedArticle } from './model';

export interface ProcessContext {
  /** The bundled corpus (.generated/corpus.json). */
  corpus: CompiledCorpus;
  /** The reader's confirmed entities: recognized like bundled ones. */
  readerEntities: readonly ReaderEntity[];
  /** Folded names the reader dismissed: never proposed again. */
  dismissed: ReadonlySet<string>;
  /** Built with librarySegmenter (the names as user words). */
  segmenter: Segmenter;
  /** opencc-backed converters (lib/text/convert.ts), as the build uses. */
  convert: TextConverters;
  /** Word boundaries around names (the recognizer data's lexicon); without it, none are checked. */
  lexicon?: LexiconData;
}

/** A segmenter with every bundled and reader name as a user word, on the given jieba backend. */
export function librarySegmenter(
  corpus: CompiledCorpus,
  readerEntities: readonly ReaderEntity[],
  convert: TextConverters,
  tagger: Tagger,
): Segmenter {
  const keys = [...corpus.names, ...readerNameEntries(readerEntities, convert)]
    .filter((n) => !n.blocker)
    .map((n) => n.key);
  return new Segmenter(keys, tagger);
}

interface Prepared {
  matcher: NameMatcher;
  evidence: Map<string, EvidenceEntity>;
  segmentation: WordCosts;
  typeOf: Map<string, string>;
  /** The group an entity belongs to, which 集团 stands for (as the compiler passes it). */
  parentOf: Map<string, string>;
  forms: Map<string, NameForms>;
}

/** What processing derives from a context, built once per context object. */
const prepared = new WeakMap<ProcessContext, Prepared>();

function prepare(context: ProcessContext): Prepared {
  const cached = prepared.get(context);
  if (cached) return cached;
  const { corpus, readerEntities, convert } = context;
  const matcher = new NameMatcher([...corpus.names, ...readerNameEntries(readerEntities, convert)]);
  const evidence = new Map<string, EvidenceEntity>(
    corpus.entities.map((e) => [
      e.id,
      {
        id: e.id,
        ambiguous: e.ambiguous,
        cues: e.cues,
        against: e.against,
        ...(e.pageEvidence === false ? { pageEvidence: false as const } : {}),
      },
    ]),
  );
  for (const e of readerEntities) evidence.set(e.id, readerEvidence(e, convert));
  const typeOf = new Map<string, string>([...corpus.entities, ...readerEntities].map((e) => [e.id, e.type]));
  const parentOf = new Map<string, string>(
    [...corpus.entities, ...readerEntities].flatMap((e) => (e.parent ? [[e.id, e.parent] as [string, string]] : [])),
  );
  const forms = new Map<string, NameForms>(
    corpus.entities.map((e) => [e.id, { name: e.name, aliases: [...e.aliases.hans, ...e.aliases.hant] }]),
  );
  for (const e of readerEntities) forms.set(e.id, { name: e.name, aliases: e.aliases });
  const result = { matcher, evidence, segmentation: new Lexicon(context.lexicon ?? []), typeOf, parentOf, forms };
  prepared.set(context, result);
  return result;
}

/** Paragraphs as the pipeline wants them: spaces collapsed, artifacts cleaned, page furniture and empty lines out. */
export function cleanPageParagraphs(paragraphs: readonly string[], fold: (text: string) => string): string[] {
  const report = emptyReport();
  return paragraphs
    .map((p) => cleanParagraph(p.replace(/[ \t\u3000\u00a0]+/g, ' ').trim(), [], report))
    .filter((p) => p && !isBoilerplate(fold(p)));
}

export class ProcessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProcessError';
  }
}

/**
 * A saved article from an extracted page: its mentions, entities (most mentioned first), claims
 * (sources' articleId = the article's id), text hash and new-name candidates.
 * `now`: savedAt and processedAt (ms); to process again, keep the old savedAt (reprocessArticle).
 */
export function processArticle(page: ExtractedPage, context: ProcessContext, now: number): SavedArticle {
  const { convert } = context;
  const paragraphs = cleanPageParagraphs(page.paragraphs, convert.fold);
  if (!paragraphs.length) throw new ProcessError('the page has no article text');
  const { matcher, evidence, segmentation, typeOf, parentOf, forms } = prepare(context);
  const id = savedArticleId(page.url);
  const folded = paragraphs.map(convert.fold);
  const perParagraph = articleMentions(folded, matcher, evidence, segmentation);

  const mentions: SavedArticle['mentions'] = [];
  const counts = new Map<string, number>();
  perParagraph.forEach((list, p) => {
    for (const m of list) {
      mentions.push([p, m.start, m.end, m.entityId]);
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    }
  });
  const drafts = articleClaims(paragraphs, folded, perParagraph, {
    articleId: id,
    articleDate: page.published,
    typeOf: (e: string) => typeOf.get(e),
    parentOf: (e: string) => parentOf.get(e),
    segmenter: context.segmenter,
  });
  const firstAt = new Map<string, number>();
  mentions.forEach(([, , , entityId], i) => firstAt.has(entityId) || firstAt.set(entityId, i));
  const entityIds = [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || firstAt.get(a)! - firstAt.get(b)!,
  );

  const candidates = findCandidates(paragraphs, {
    fold: convert.fold,
    // Anything a name of an entity covers is known, decided as a mention or not (an ambiguous
    // name without cues is still no new name).
    knownSpans: (_paragraph, p) => matcher.findAll(folded[p]!).filter((m) => !m.entry.blocker),
    dismissed: context.dismissed,
    words: (text) => context.segmenter.tokens(text, []),
  }).filter((c) => !matcher.findAll(c.key).some((m) => !m.entry.blocker && m.start === 0 && m.end === c.key.length));

  return {
    ...page,
    paragraphs,
    id,
    textHash: textHash(paragraphs, convert.fold),
    savedAt: now,
    processedAt: now,
    processorVersion: PROCESSOR_VERSION,
    mentions,
    entityIds,
    claims: finishClaims(drafts, `${id}#c`, convert, matcher, (e) => forms.get(e)),
    candidates,
  };
}

/** Processes a saved article again (after the extractor or the reader's entities changed), keeping when it was saved. */
export function reprocessArticle(article: SavedArticle, context: ProcessContext, now: number): SavedArticle {
  const { savedAt, ...page } = article;
  return { ...processArticle(page, context, now), savedAt };
}
