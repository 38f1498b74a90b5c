/**
 * The sentence-level extractor: the propositions one sentence states, clause by clause, with
 * subject, roles, kind, modality, figures and dates (see extract.ts for the rules).
 */
import { isPunct, type Token } from './segment';
import { articleCurrencyAfter, carryCurrency, findDates, findFigures } from './quantities';
import type { ClaimDraft, ExtractContext, History } from './types';
import { claimClauses, QUOTATION_ONLY } from './quotes';
import { classify } from './clauses';
import { rumourPartiesOf } from './denials';
import { answersRumour } from './modality';
import type { SentenceFrame } from './frame';
import { draftPropositions } from './drafting';
import { groupPropositions } from './propositions';

/**
 * The claims one sentence states, in its steps: read what is fixed for the sentence (its frame),
 * group its clauses into propositions, draft a claim from each, and hand on to the next sentence.
 */
export function sentenceClaimsOf(
  sentence: string,
  folded: string,
  tokens: Token[],
  offset: number,
  paragraph: string,
  context: ExtractContext,
  history: History,
): ClaimDraft[] {
  // (A name the article introduced, which jieba cut in pieces, is one word: speakers.ts.)
  const frame = frameSentence(sentence, folded, history.people.joinNames(tokens), offset, paragraph, context, history);
  if (!frame) return [];
  const props = groupPropositions(frame);
  const drafts = draftPropositions(frame, props);
  carryToNext(drafts, history);
  return drafts;
}

/**
 * What is fixed while the sentence is read: its figures, dates and classified clauses, with what
 * the sentence before hands on; its names become antecedents. Null for a sentence that states no
 * claim (a question, or one with no name and nothing to go on with).
 */
function frameSentence(
  sentence: string,
  folded: string,
  tokens: Token[],
  offset: number,
  paragraph: string,
  context: ExtractContext,
  history: History,
): SentenceFrame | null {
  // What the sentence before stated, for a metric this one opens on; a sentence stating nothing
  // (a question, a generic subject) breaks the chain for the next.
  const chainBefore = history.chain ?? null;
  // "他表示，…。“我们会继续扩产。”": a sentence that is only a quotation, right after a speaker's
  // claim, goes on quoting that speaker.
  // (So does a later sentence of one quotation that spans several: X表示：“A。B。”)
  const quotedBy = QUOTATION_ONLY.test(folded.trim()) || history.insideQuote ? (history.speakerBefore ?? null) : null;
  history.speakerBefore = null;
  history.chain = null;
  // A Taiwan article's bare 元 counts in the 新台币 it named sentences before (articleCurrencyAfter),
  // read in every sentence, even one that states no claim.
  const carried = context.carry?.currency ?? null;
  const figures = carryCurrency(findFigures(sentence), sentence, carried);
  if (context.carry) context.carry.currency = articleCurrencyAfter(figures, sentence, carried);
  // A question or an exclamation in the writer's voice is rhetoric, not a claim.
  if (/[？?]["”」』]?$/.test(sentence)) return null;
  // A sentence with no name can still continue one through a pronoun ("该社区…") or a deal noun.
  if (
    !tokens.some((t) => t.entityId) &&
    !history.actors.length &&
    !history.before &&
    !history.people.known &&
    !history.deals.deal &&
    !quotedBy
  )
    return null;
  // The paragraph so far anchors 当天, 次日 and 一周后.
  const dates = findDates(sentence, context.articleDate, paragraph.slice(0, offset), context.earlierDates);
  // Every name is an antecedent for a pronoun after it, in this sentence or later ones.
  for (const t of tokens)
    if (t.entityId)
      history.actors.push({ id: t.entityId, at: offset + t.start, end: offset + t.end, role: 'mentioned' });
  history.actors.sort((a, b) => a.at - b.at);
  const clauses = claimClauses(sentence, folded).map((c) => classify(c.start, c.end, sentence, tokens, dates, context));
  // "X方面称，新车的续航在同级产品中最长", "有人士认为，罚款对Y影响有限": a noun and the adjective
  // ending the clause right after the source's clause are what the source says (its content): a
  // named party's words with no name in them (else an aside on something else), or words naming
  // a party (else a bare topic) — from an unnamed source, not a name opening the clause, which
  // there only modifies the noun after it (青鸟发布会很成功).
  for (let k = 1; k < clauses.length; k++) {
    const words = clauses[k]!.tokens.filter((t) => !isPunct(t));
    const adjectiveEnd = words[words.length - 1]?.tag === 'a';
    const source = clauses[k - 1]!;
    const named = !!source.attribution?.entityId;
    if (
      source.type === 'attribution' &&
      ((clauses[k]!.type === 'aside' && named) ||
        (clauses[k]!.type === 'topic' && adjectiveEnd && (named || !words[0]?.entityId)))
    )
      clauses[k]!.type = 'content';
  }
  answersRumour(clauses, folded, history.rumoured);
  return {
    sentence,
    folded,
    tokens,
    offset,
    paragraph,
    context,
    history,
    figures,
    dates,
    clauses,
    quotedBy,
    chainBefore,
  };
}

/** What a sentence's claims hand on to the next sentence: its last claim's chain, hearsay and rumour. */
function carryToNext(drafts: readonly ClaimDraft[], history: History): void {
  history.actors.sort((a, b) => a.at - b.at);
  // Hearsay about an agent the next sentence may go on with.
  const lastDraft = drafts[drafts.length - 1];
  const reportedAgent = lastDraft?.entities.find((e) => e.role === 'agent')?.id;
  // (A medium's report, 据彭博社报道, goes on as a hedge does.)
  history.chain = lastDraft ? { kind: lastDraft.kind, entities: lastDraft.entities } : null;
  history.report =
    (lastDraft?.attribution.kind === 'unnamed' || lastDraft?.modality === 'reported') && reportedAgent
      ? { attribution: lastDraft.attribution, agent: reportedAgent }
      : null;
  const rumour = [...drafts].reverse().find((d) => d.modality === 'reported');
  const rumouredAgent = rumour?.entities.find((e) => e.role === 'agent')?.id;
  if (rumouredAgent) {
    history.rumoured = rumouredAgent;
    history.rumourParties = rumourPartiesOf(rumour);
  }
}
