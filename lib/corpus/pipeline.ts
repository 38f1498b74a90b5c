/**
 * The text pipeline every article goes through, bundled or saved by the reader: clean a
 * paragraph, find its mentions with the same evidence rules as the content script, extract its
 * claims, group them, and give each claim its text in both scripts. The corpus compiler
 * (compile.ts) and the library's processArticle (lib/library/process.ts) both run it, so a saved
 * article reads exactly as a bundled one. Pure, and free of Node-only imports: it runs in an
 * extension page too (the segmenter's backend is the caller's).
 */
import { markRedactions, removePinyin, repairMojibake, restoreFullWidthPunctuation, type CleanReport, type MojibakeRepair } from './clean';
import type { NameMatcher } from '../match/names';
import { resolveMentions, type EvidenceEntity, type Mention } from '../match/evidence';
import { insideTitleMarks } from '../match/document-titles';
import { declaredMentions, declaredNames } from '../match/declared-names';
import type { WordCosts } from '../match/segment';
import { extractParagraph, type ParagraphCarry } from '../claims/extract';
import type { Segmenter } from '../claims/segment';
import { carryDates, type DateRef } from '../claims/quantities';
import { articleCount, groupClaims, linkContradictions, type Claim, type ClaimSource } from '../claims/group';

export interface TextConverters {
  fold: (text: string) => string;
  toSimplified: (text: string) => string;
  toTraditional: (text: string) => string;
  /** Every script/regional form of a name. */
  scriptVariants: (name: string) => string[];
  /** The fold table as [from, to, …] pairs, shipped to the content script. */
  foldPairs: () => number[];
  /** Every written form of an ordinary word, regional vocabulary included (芯片 → 晶片); else scriptVariants. */
  wordVariants?: (word: string) => string[];
}

export interface Bilingual {
  hans: string;
  hant: string;
}

export interface CompiledClaim extends Omit<Claim, 'text'> {
  text: Bilingual;
  /** Each figure's surface text in both scripts, in the order of `figures` (for emphasis). */
  figureText: { hans: string[]; hant: string[] };
  /**
   * Who says so as written (`attribution.text`) in both scripts, for the card; absent on claims
   * saved before it was kept, which show `attribution.text` as written.
   */
  attributionText?: Bilingual;
  articleCount: number;
}

/** Cleaning a paragraph: pinyin after characters, mojibake, redactions, half-width punctuation. */
export function cleanParagraph(paragraph: string, repairs: readonly MojibakeRepair[], report: CleanReport): string {
  return restoreFullWidthPunctuation(markRedactions(repairMojibake(removePinyin(paragraph, report), repairs, report), report), report);
}

/**
 * An article's mentions, per paragraph (offsets within the paragraph), sorted. Evidence is
 * article-wide: an ambiguous name counts when the article is about tech.
 */
export function articleMentions(
  folded: readonly string[],
  matcher: NameMatcher,
  evidence: ReadonlyMap<string, EvidenceEntity>,
  segmentation: WordCosts,
): Mention[][] {
  const whole = folded.join('\n');
  const found = resolveMentions(whole, matcher.findAll(whole), evidence, segmentation);
  // Short names the article declares (（以下简称“X”）) are that entity from there on.
  const all = [...found, ...declaredMentions(whole, declaredNames(whole, found), found)].sort((a, b) => a.start - b.start);
  const out: Mention[][] = folded.map(() => []);
  let offset = 0;
  folded.forEach((paragraph, p) => {
    const end = offset + paragraph.length;
    for (const m of all) {
      if (m.start >= offset && m.end <= end) out[p]!.push({ ...m, start: m.start - offset, end: m.end - offset });
    }
    offset = end + 1;
  });
  return out;
}

export interface ClaimContext {
  articleId: string;
  articleDate: string | null;
  typeOf: (entityId: string) => string | undefined;
  /** The group an entity belongs to (gazetteer `parent`), which 集团 stands for. */
  parentOf?: (entityId: string) => string | undefined;
  segmenter: Segmenter;
}

/** What one paragraph passes to the next of its article. */
interface ParagraphState {
  /** What the paragraph before was about (read and updated by the extractor). */
  carry: ParagraphCarry;
  /** Dates of the paragraphs before (carryDates), for a later 次日 or 当天. */
  earlierDates: readonly DateRef[];
}

/**
 * An article's claims, paragraph by paragraph (not yet grouped, no ids), with what each paragraph
 * passes to the next: the topic a later 这家公司/其 may refer to, and the dates a later 次日/当天
 * goes back to. Bundled and saved articles both read through here, so they read alike.
 */
export function articleClaims(
  paragraphs: readonly string[],
  folded: readonly string[],
  mentions: readonly (readonly Mention[])[],
  context: ClaimContext,
): Claim[] {
  const state: ParagraphState = { carry: { topic: null }, earlierDates: [] };
  return paragraphs.flatMap((paragraph, p) => {
    const claims = paragraphClaims(paragraph, folded[p]!, p, mentions[p]!, context, state);
    state.earlierDates = carryDates(paragraph, context.articleDate, state.earlierDates);
    return claims;
  });
}

/** One paragraph's claims, each with its source in the article (not yet grouped, no id). */
function paragraphClaims(
  paragraph: string,
  folded: string,
  p: number,
  mentions: readonly Mention[],
  context: ClaimContext,
  state: ParagraphState,
): Claim[] {
  const extract = {
    articleDate: context.articleDate,
    typeOf: context.typeOf,
    parentOf: context.parentOf,
    carry: state.carry,
    segmenter: context.segmenter,
    earlierDates: state.earlierDates,
  };
  // The extractor reads a title by its marks, so a mention of 《title》 reaches it without them.
  const spans = mentions.map((m) => insideTitleMarks(folded, m));
  return extractParagraph(paragraph, folded, spans, extract).map((draft) => {
    const source: ClaimSource = { articleId: context.articleId, paragraph: p, start: draft.start, end: draft.end, text: draft.text };
    return {
      id: '',
      kind: draft.kind,
      modality: draft.modality,
      attribution: draft.attribution,
      text: draft.text,
      sources: [source],
      entities: draft.entities,
      figures: draft.figures,
      dates: draft.dates,
      score: 0,
    };
  });
}

/** The written forms of an entity's names, for putting a claim's names into one script. */
export interface NameForms {
  name: { hans: string; hant: string };
  aliases: readonly string[];
}

/**
 * Groups the drafts (the same fact in several articles becomes one claim), links denials to
 * reports, numbers them with `idPrefix` and gives each its text and figures in both scripts.
 */
export function finishClaims(
  drafts: readonly Claim[],
  idPrefix: string,
  convert: TextConverters,
  matcher: NameMatcher,
  formsOf: (entityId: string) => NameForms | undefined,
): CompiledClaim[] {
  const grouped = groupClaims(drafts).map((claim, i) => ({ ...claim, id: `${idPrefix}${i + 1}` }));
  linkContradictions(grouped);
  const inScript = (text: string, script: 'hans' | 'hant') => convertWithNames(text, script, convert, matcher, formsOf);
  return grouped.map((claim) => ({
    ...claim,
    text: { hans: inScript(claim.text, 'hans'), hant: inScript(claim.text, 'hant') },
    figureText: {
      hans: claim.figures.map((f) => convert.toSimplified(f.text)),
      hant: claim.figures.map((f) => convert.toTraditional(f.text)),
    },
    attributionText: {
      hans: inScript(claim.attribution.text, 'hans'),
      hant: inScript(claim.attribution.text, 'hant'),
    },
    articleCount: articleCount(claim),
  }));
}

/**
 * Claim text in one script. A name takes the entity's form for that script (阿里云 → 阿里雲
 * as a name, where character conversion leaves 云); the rest goes through the converter, except
 * where it turns an ordinary character into a rare Extension-B form the reader's fonts may lack
 * (郭明錤 → 郭明𫓹): the source's character stays.
 */
export function convertWithNames(
  text: string,
  script: 'hans' | 'hant',
  convert: TextConverters,
  matcher: NameMatcher,
  formsOf: (entityId: string) => NameForms | undefined,
): string {
  const toScript = script === 'hans' ? convert.toSimplified : convert.toTraditional;
  const folded = convert.fold(text);
  let out = '';
  let at = 0;
  const matches = matcher
    .findAll(folded)
    .filter((m) => !m.entry.blocker && m.entry.entityIds.length === 1)
    // A title in marks takes the entity's form inside them.
    .map((m) => insideTitleMarks(folded, m))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of matches) {
    if (m.start < at) continue;
    const entity = formsOf(m.entry.entityIds[0]!);
    const written = text.slice(m.start, m.end);
    // The entity's own form of the name for this script; an alias converted as a whole.
    const forms = entity ? [entity.name[script], ...entity.aliases.map((a) => keepOrdinary(a, toScript(a)))] : [];
    const form = forms.find((n) => convert.fold(n) === convert.fold(written));
    out += keepOrdinary(text.slice(at, m.start), toScript(text.slice(at, m.start)));
    out += form ?? keepOrdinary(written, toScript(written));
    at = m.end;
  }
  return out + keepOrdinary(text.slice(at), toScript(text.slice(at)));
}

/** Undoes a conversion into a rare Extension-B character where the source had an ordinary one. */
function keepOrdinary(source: string, converted: string): string {
  const from = [...source];
  const to = [...converted];
  if (from.length !== to.length) return converted;
  return to.map((ch, i) => ((ch.codePointAt(0) ?? 0) > 0xffff && (from[i]!.codePointAt(0) ?? 0) <= 0xffff ? from[i]! : ch)).join('');
}
