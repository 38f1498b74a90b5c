/**
 * A later clause of a sentence that opens on a new overt subject of its own: a party the clause
 * before did not speak of, named before its own verb of saying (…，云海集团方面也表示不予置评;
 * …，X随后表示将下调价格; …，而X则强调…), states that party's proposition, not a part of the one
 * before. Chinese news strings the reactions of several parties in one sentence with commas; each
 * editor cuts there, and a card must not show one party's figure as another's words.
 */
import { isPunct, type Token } from './segment';
import { TITLE_PATTERN } from './titles';
import { PRONOUN } from './cues';
import { HAS_METRIC } from './topic-chain';
import type { Clause, EntitySubject } from './types';

/** What may stand before the new party's name: a turn or a contrast (而, 但, 不过, 反观, 相比之下). */
const LEAD_TURN = /^(而|但|但是|不过|不過|然而|反观|反觀|相比之下|与此同时|與此同時|对此|對此)$/;

/**
 * The clause opens (after a turn word) on a name the gazetteer knows, speaking in the clause itself
 * (its verb of saying before the content: `from` > 0) as a person or organization, and that name is
 * neither the subject nor the speaker of the proposition before, which has a subject of its own.
 */
export function newSpeakerLeads(clause: Clause, before: { subjects: readonly string[]; speaker?: string }): boolean {
  const source = clause.attribution;
  if (!source || clause.from <= 0 || clause.subjectSpeaks) return false;
  if (source.kind !== 'person' && source.kind !== 'organization') return false;
  // (The proposition before has a subject of its own to tell the new party from: not a frame,
  // 至于X是否…，X方面表示…, whose party answers it.)
  if (!before.subjects.length) return false;
  const lead: Token[] = clause.tokens.slice(0, clause.from).filter((t) => !isPunct(t));
  let k = 0;
  while (k < lead.length && LEAD_TURN.test(lead[k]!.word)) k++;
  const name = lead[k];
  if (!name?.entityId) return false;
  const speaker = source.entityId ?? name.entityId;
  return ![name.entityId, speaker].some((id) => before.subjects.includes(id) || before.speaker === id);
}

/** The party such a clause names, as the subject its content's own acts are about ("X也表示将跟进"). */
export function newSpeakerOf(clause: Clause): EntitySubject | null {
  const lead = clause.tokens.slice(0, clause.from).filter((t) => !isPunct(t));
  const name = lead.find((t) => !LEAD_TURN.test(t.word));
  return name?.entityId ? { kind: 'entity', ids: [name.entityId], start: name.start, end: name.end } : null;
}

/** A title and another joined to it: 董事会主席兼首席执行官. */
const ENDS_ON_TITLE = new RegExp(`(?:${TITLE_PATTERN})(?:兼(?:${TITLE_PATTERN}))*$`);

/**
 * "…宣布高层调整，首席执行官赵立群将于下月卸任，执行副总裁孙海接任": a clause that opens on an
 * officer's title and a person's name the gazetteer lacks, then its predicate, is that officer's
 * proposition, and an officer outside the gazetteer acts for the organization the sentence is about
 * (tests/claims-eval/README.md): a claim of its own about that organization.
 */
export function officerLeads(body: readonly Token[]): boolean {
  const words = body.filter((t) => !isPunct(t));
  let k = 0;
  while (k < words.length && LEAD_TURN.test(words[k]!.word)) k++;
  // The title: a few words (jieba cuts titles as it likes: 执行/v 副/b 主席/n, 董事会主席/n 兼/v
  // 首席执行官/n; a unit's name may come first, 智能事业群总裁) ending on a title.
  let title = '';
  let end = -1;
  for (let j = k; j < words.length && j - k < 7; j++) {
    if (words[j]!.entityId) break;
    title += words[j]!.word;
    if (ENDS_ON_TITLE.test(title) && /^nr/.test(words[j + 1]?.tag ?? '')) {
      end = j;
      break;
    }
  }
  if (end < 0) return false;
  // The person: a name jieba tags as one (nr), or a surname and a given name (蔡/nr 崇信/nrt).
  let n = end + 1;
  let name = '';
  while (n < words.length && n - end <= 2 && /^nr/.test(words[n]!.tag) && !words[n]!.entityId) name += words[n++]!.word;
  if (name.length < 2 || name.length > 4) return false;
  const next = words[n];
  return !!next && !next.entityId && (/^(d|ad|t|p|c)$/.test(next.tag) || /^v/.test(next.tag));
}

/** Adverbs of time and degree between a subject and its copula: 如今已是, 仍是, 也是. */
const COPULA_ADVERB = /^(d|ad|t)$/;

/**
 * "后者如今已是其网络产品的核心", "该公司是国内最大的…": a clause opening on a pronoun for a party
 * (PRONOUN: 后者, 前者, 该公司, 这家公司, 其…), then adverbs and the copula 是: the pronoun is its
 * subject and the clause says what that party is, a proposition of its own.
 */
export function pronounCopula(body: readonly Token[]): boolean {
  const words = body.filter((t) => !isPunct(t));
  const first = words[0];
  if (!first || first.entityId || !PRONOUN.test(first.word) || /^(其|此|该)$/.test(first.word)) return false;
  let k = 1;
  while (k < words.length && COPULA_ADVERB.test(words[k]!.tag) && !words[k]!.entityId) k++;
  // (jieba may fuse the adverbs with the copula: 如今已是/l.)
  const copula = words[k];
  return (
    !!copula &&
    (copula.word === '是' || (/^(l|i)$/.test(copula.tag) && /[已仍也]是$/.test(copula.word))) &&
    k + 1 < words.length
  );
}

/** Nouns of a relation to what was just said: its cause, aim, outcome, cost, weight. */
const POINTS_BACK = /(原因|主因|理由|缘由|目的|用意|结果|后果|代价|影响|意义|关键|前提|背后|动机)$/;

/** Turns a later proposition of a speaker may open on: 但, 不过, 而. */
const SAID_TURN = /^(但|但是|不过|不過|而|同时|同時|此外|另外)$/;

/**
 * "X坦言，12英寸产能仍然吃紧，部分成熟制程的价格已开始小幅上调", "X表示，订单已排到明年，
 * 相关整改工作也已基本完成": after one proposition of a speaker, a clause that opens on a noun
 * phrase of its own — nouns and their modifiers, no name, no pronoun — then its predicate, says
 * a second thing of the speaker's, about something else: a proposition of its own, still the
 * speaker's. Not a metric (营收…，净利润…: a chain of measures is read by the topic chain).
 */
export function saidNounLeads(body: readonly Token[]): boolean {
  const words = body.filter((t) => !isPunct(t));
  let k = 0;
  while (k < words.length && SAID_TURN.test(words[k]!.word)) k++;
  const start = k;
  let nouns = 0;
  for (; k < words.length && k - start < 8; k++) {
    const t = words[k]!;
    if (t.entityId || PRONOUN.test(t.word)) return false;
    if (/^(n|nz|ng|vn|eng)$/.test(t.tag)) nouns++;
    else if (!/^(a|b|uj|m|q|mq|f|s|x|j)$/.test(t.tag)) break;
  }
  if (!nouns || k >= words.length || words[start]!.tag === 'uj') return false;
  const phrase = words
    .slice(start, k)
    .map((t) => t.word)
    .join('');
  // (Nor a noun that points back at what was just said, 原因在于…, 目的是…: it does not read alone.)
  if (HAS_METRIC.test(phrase) || POINTS_BACK.test(phrase)) return false;
  const head = words[k]!;
  // (A plan, 第二代产品也将…, is told by its aspect against the proposition before: aspect.ts.)
  let m = k;
  while (m < words.length && /^(也|还|還|亦|则|則)$/.test(words[m]!.word)) m++;
  if (/^(将|將|预计|預計|计划|計劃|有望|可望|拟|擬)$/.test(words[m]?.word ?? '')) return false;
  return /^(d|ad)$/.test(head.tag) || /^v/.test(head.tag);
}
