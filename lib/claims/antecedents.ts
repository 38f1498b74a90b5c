/**
 * Antecedents: whom a pronoun, a demonstrative noun phrase (该公司, 这家大厂) or a zero subject stands
 * for, from the entities that acted earlier in the paragraph.
 */
import { isPunct, type Token } from './segment';
import { CONTINUATION, FEATURE_PHRASE, pronounTypes } from './cues';
import type { Antecedent, Clause, ExtractContext, History } from './types';
import { isVerb } from './words';
import { BARE_NOUN, COUNTED_NP, EXISTENTIAL, PAIR, PLURAL_NP } from './subject';
import type { ClaimKind } from './vocabulary';
import { isVerdict } from './broker-verdict';

/**
 * "X加入Y后，主导了Z", "X上线后，迅速成为…": a clause that opens on its predicate (adverbs, then a
 * verb) has a zero subject, which a when-clause before it supplies. An existential ("也有许多…")
 * or a copula brings a subject of its own after it.
 */
/**
 * 话题链 across sentences: a sentence whose first proposition has no subject of its own, opens on
 * its predicate (after a time or an adverb: 上市后持股约21.6%; 按照规划，年底前还将…) and states a
 * figure or a plan goes on about the agent of the sentence right before it. The chain breaks where
 * that sentence stated nothing or ended on another agent, where another name came between, where
 * a leading frame names someone, and where the sentence names a person jieba finds (who is then its
 * subject) or opens on a one-character verb before a noun (more often a word jieba split, 算/v 力/n).
 */
export function zeroSubjectTopic(
  propClauses: readonly Clause[],
  content: readonly Token[],
  at: number,
  history: History,
  before: History['chain'],
): Antecedent | null {
  if (propClauses.some((c) => c.type !== 'content' && c.tokens.some((t) => t.entityId))) return null;
  if (propClauses.some((c) => c.tokens.some((t) => /^(nr|nrt|nrfg)$/.test(t.tag)))) return null;
  const words = content.filter((t) => !isPunct(t) && !/^(t|m|f|q)$/.test(t.tag));
  const head = words.find((t) => !/^(d|ad)$/.test(t.tag) && !CONTINUATION.test(t.word));
  if (!head || !startsWithPredicate(words)) return null;
  if (head.word.length === 1 && /^(n|k)/.test(words[words.indexOf(head) + 1]?.tag ?? '')) return null;
  const last = history.lastAgent;
  if (!last || last.end <= last.start || last.start >= at) return null;
  if (!before?.entities.some((e) => e.id === last.id && e.role === 'agent')) return null;
  if (history.actors.some((a) => a.at >= last.end && a.at < at && a.id !== last.id)) return null;
  return { id: last.id, at: last.start, end: last.end };
}

export function startsWithPredicate(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  let k = 0;
  while (
    k < words.length &&
    !words[k]!.entityId &&
    // (一度 "at one point" is an adverb jieba tags as a numeral and measure word.)
    (/^(d|ad)$/.test(words[k]!.tag) || CONTINUATION.test(words[k]!.word) || words[k]!.word === '一度')
  )
    k++;
  const head = words[k];
  // ("一度被外界解读为…", "随即遭到…": a passive marker opens the predicate as a verb does.)
  if (head && /^(被|遭|遭到)$/.test(head.word)) return true;
  return !!head && !head.entityId && isVerb(head) && !EXISTENTIAL.test(head.word) && head.word !== '是';
}

/**
 * A pronoun speaking, and the adverbs that may follow it before the speech verb (并 "also", as
 * Taiwan and Hong Kong write it: 他並預估).
 */
export const SPEAKING_PRONOUN =
  /^(他|她|它|其|他们|她们|它们|前者|后者|对方)(?:随后|随即|还|并|也|则|又|曾|曾经|同时|此前|后来|进一步)*$/;

/**
 * A bare or demonstrative noun for an organization speaking: 团队, 公司方面, 官方, 该公司, 这家公司,
 * 该平台 (a platform pointed back to speaks as the company running it; a bare 平台 may be anyone's)
 * (在声明中称 leaves 这家公司 once the place of the statement is cleaned off). 这家 + any noun
 * phrase (这家芯片巨头, 这家新创) is an organization by its classifier, as pronounTypes reads it; and
 * the statement an organization issued (声明指出, 该声明又指) speaks for it, as its spokesperson would.
 */
export const BARE_SPEAKER =
  /^(?:该|这家|此|这个|这份)?(公司|团队|集团|官方|企业|管理层|管理团队|声明|(?<=^(?:该|此))平台|(?<=^这家)[\u4e00-\u9fffa-z]{1,6}?)(?:方面|相关负责人)?(?:在.*[时上中]|曾|也|则|还|又|亦|同时|随后|此前|当时|日前|近日|昨日|今天|昨天|(?:在|于)?[\d今去前明本上下一二三四五六七八九十]{1,6}(?:年|月|日|号|周)(?:初|底|末|中|份)?)*$/;

/**
 * A demonstrative and a noun for someone speaking (该负责人, 该人士, 这位发言人, 该高管, 這名官員), then
 * only adverbs: the speaker the text named before, never an unnamed source of its own.
 */
export const DEMONSTRATIVE_SPEAKER =
  /^(?:该|這|这|此)(?:位|名)?(?:有关|相关)?(?:负责人|人士|发言人|高管|官员|主管|分析师)(?:随后|随即|还|也|则|又|同时|进一步|此前|并)*$/;

/**
 * Who a bare speaker stands for: 这家 + its noun phrase as written; a statement, its issuer (a
 * company or any organization: 该机构).
 */
export const bareSpeakerPronoun = (noun: string, words: string) =>
  noun === '声明' ? '该机构' : words.startsWith('这家') ? `这家${noun}` : `该${noun}`;

/**
 * "一位国内AI企业高管曾告诉媒体，2019年他…": 他 stands for a person the sentence describes
 * without a name; the claim reads whole with no named actor.
 */
export function describedPerson(before: string, pronoun: string): boolean {
  return (
    /^(他|她)$/.test(pronoun) &&
    /(一位|一名|某位|某|这位)[^，,。]{0,12}(高管|人士|员工|负责人|工程师|创始人|投资人|分析师|专家|研究员|高层)/.test(
      before,
    )
  );
}

/** The nouns of a phrase for a business: 该公司, 这家企业, 该初创, 这家厂商. */
const COMPANY_NOUN = /公司|企业|大厂|厂商|服务商|供应商|提供商|开发商|运营商|制造商|初创|创企|独角兽|新创|企業|廠商/;

/**
 * The head of a public body's, a union's, a school's or a forum's name (欧盟, 国家数据局,
 * 工业和信息化部, 清华大学, 前沿模型论坛): an organization that is no business.
 */
const INSTITUTION_HEAD =
  /(局|部|署|委员会|委員會|办公室|辦公室|盟|大学|大學|学院|學院|研究所|研究院|科学院|科學院|论坛|論壇|大会|大會|协会|協會|学会|學會|政府|议会|議會|法院|组织|組織|峰会|峰會|联合国|聯合國|国集团|國集團)$/;

/** A demonstrative or 该 with a descriptive noun: "这家企业数据服务商", "该初创公司", "该模型". */
const DEMONSTRATIVE_NP = new RegExp(`^(该|这家|这款|这一|这个|此).|${FEATURE_PHRASE.source}`);

/**
 * The titled speaker a 他/她 at `at` stands for: the last one, when no person the gazetteer knows
 * and no other person's name jieba found came after it.
 */
export function titledSpeakerBefore(at: number, history: History): History['titledSpeaker'] {
  const titled = history.titledSpeaker;
  if (!titled || titled.at >= at) return null;
  const personAfter = history.unknownPersons.some((p) => p >= titled.end && p < at);
  return personAfter ? null : titled;
}

/** Where the sentence holding offset `at` starts in the paragraph. */
function sentenceStartOf(text: string, at: number): number {
  for (let k = at - 1; k >= 0; k--) if (/[。！？!?]/.test(text[k]!)) return k + 1;
  return 0;
}

/** The copula between a holder and the phrase its tie is to: X是这家公司的股东, X也是该公司的客户. */
const TIE_COPULA = /^(也|则|仍|仍然|正|就|一直|已|已经)?(是|为|成为)$/;

export function resolvePronoun(
  word: string,
  at: number,
  history: History,
  context: ExtractContext,
  /**
   * The clause's own agent, which a pronoun in its counterpart's place never is (向其, 对该公司,
   * 对方): Chinese says 自己/自身 for that.
   */
  agent: string | null = null,
): { id: string; at: number; end: number } | null {
  if (/^(前者|后者)$/.test(word)) return formerOrLatter(word, at, history, agent);
  // A plural noun phrase never stands for one name (antecedentGroup finds its several).
  if (PLURAL_NP.test(word) || COUNTED_NP.test(word)) return null;
  if (word === '对方' && agent) {
    const other = history.actors.filter((a) => a.at < at && a.id !== agent).slice(-1)[0];
    return other ? { id: other.id, at: other.at, end: other.end } : null;
  }
  // 对方 as a subject is the other party of the one that acted last ("X与一家荷兰公司达成合作，
  // 对方将…"): a name other than that agent, else a party the gazetteer lacks — never the agent.
  if (word === '对方') {
    const before = history.actors.filter((a) => a.at < at);
    const last = before.filter((a) => a.role === 'agent').slice(-1)[0];
    const other = before.filter((a) => a.id !== last?.id).slice(-1)[0];
    return other ? { id: other.id, at: other.at, end: other.end } : null;
  }
  const types = pronounTypes(word);
  // A noun for a business (该公司, 这家企业, 該廠商) never stands for a public body, a union of
  // states, a school or a forum the gazetteer files as an organization (欧盟, 国家数据局, 清华大学),
  // as its name's head says.
  const business = COMPANY_NOUN.test(word);
  const named = (id: string, name: string) =>
    !business || context.typeOf?.(id) !== 'organization' || !INSTITUTION_HEAD.test(name);
  const fits = (id: string) => (!types || types.includes(context.typeOf?.(id) ?? '')) && id !== agent;
  const before = history.actors.filter((a) => a.at < at && fits(a.id) && named(a.id, history.text.slice(a.at, a.end)));
  const acted = before.filter((a) => a.role !== 'mentioned');
  // A subject pronoun goes on with the last subject (蓝鲸智能发布了Orion。它还…: 它 is 蓝鲸智能),
  // unless a name that only undergoes something came after that subject's sentence.
  const agents = acted.filter((a) => a.role === 'agent');
  const lastAgent = agents[agents.length - 1];
  const lastActed = acted[acted.length - 1];
  const sameSentence = lastAgent && lastActed && !/[。！？!?]/.test(history.text.slice(lastAgent.at, lastActed.at));
  const subjectPronoun = /^(它|他|她)$/.test(word);
  const latest = subjectPronoun && lastAgent && sameSentence ? lastAgent : (acted.length ? acted : before).slice(-1)[0];
  // A demonstrative noun phrase ("这家公司", "该模型") opening a new sentence refers back to the
  // topic of the sentences before (centering: the preferred antecedent is the last subject), not
  // to whoever acted last ("A完成融资，由B领投。这家公司…": A); a name of its type acting earlier
  // in its own sentence is still nearer.
  const sentenceStart = sentenceStartOf(history.text, at);
  const inSentence = acted.some((a) => a.at >= sentenceStart);
  // Later in the topic's own sentence ("X完成融资，由Y领投，…这家公司估值…") it is that
  // sentence's topic, the company the round is about, not the investor named last.
  // A bare 公司 or 集团 as a subject is a definite noun phrase too ("…。公司随后宣布…").
  // A singular phrase never stands for one of a plural topic ("A与B合计出资…。该公司…"): the
  // topic before it.
  const topics = history.topics.filter((t) => !t.plural);
  // 其 or 它 opening a sentence, or a clause after ；, before anyone else acted in it ("…。其估值已超过…",
  // "…；其市值又…") goes on with the topic too, like a demonstrative: a name that only
  // completed the sentence before (an investor, a standard of comparison, a name in a time
  // frame) is not what the next one is about.
  const clauseStart = Math.max(sentenceStart, history.text.lastIndexOf('；', at - 1) + 1);
  // (The clause's own agent may come first: "B均为其老股东" is still about the topic.)
  const opensOnPossessive = /^(其|它)$/.test(word) && !acted.some((a) => a.at >= clauseStart && a.id !== agent);
  let topic =
    DEMONSTRATIVE_NP.test(word) || BARE_NOUN.test(word)
      ? inSentence
        ? topics.filter((t) => t.at >= sentenceStart && t.at < at && t.id).slice(-1)[0]
        : topics.filter((t) => t.at < sentenceStart).slice(-1)[0]
      : opensOnPossessive
        ? topics.filter((t) => t.at < clauseStart && t.id).slice(-1)[0]
        : undefined;
  // The topic must be of the phrase's first type: "该社区" after "X搭建了Y" is the product Y.
  // The topic is a name no entity covers: the phrase means it, so no known name may take the claim.
  if (topic?.id === '') return null;
  if (topic && (topic.id === agent || !named(topic.id, history.text.slice(topic.at, topic.end)))) topic = undefined;
  const preferred = types?.[0] === 'product' ? ['product'] : types;
  const primary = !preferred || preferred.includes(context.typeOf?.(topic?.id ?? '') ?? '');
  // A phrase for a product (该平台, 该游戏) stands for the last product that acted, before a company
  // named after it ("X推出了Y，超过Z的产品。该平台…": Y).
  const product =
    preferred?.[0] === 'product'
      ? acted.filter((a) => /^(product|model|work)$/.test(context.typeOf?.(a.id) ?? '')).slice(-1)[0]
      : undefined;
  // With no product acting, a phrase for one (该芯片, 新芯片) stands for its maker (README), the topic
  // that launched it, not a supplier or a rival named after it ("X发布新芯片，采用Y的制程。X表示，该芯片…": X).
  const launcher =
    preferred?.[0] === 'product' && !product && types?.includes('company')
      ? (topic ?? topics.filter((t) => t.at < at && t.id && fits(t.id)).slice(-1)[0])
      : undefined;
  const makerTopic =
    launcher && fits(launcher.id) && named(launcher.id, history.text.slice(launcher.at, launcher.end))
      ? launcher
      : undefined;
  const pick = topic && primary ? topic : (product ?? makerTopic ?? latest);
  // Nothing fitting in this paragraph: the topic of the paragraph before, when its type fits
  // ("…。" ¶ "这家公司的…").
  // Only for a paragraph that has named no one yet, and only a definite phrase, 其 or a person
  // pronoun: 它 and plurals more often stand for something the text never named.
  // (A definite phrase for a company after a paragraph about a product or a model, "…。" ¶
  // "公司近月…", stands for its maker, the entity it belongs to.)
  const maker =
    history.before && !fits(history.before.id) && (DEMONSTRATIVE_NP.test(word) || BARE_NOUN.test(word))
      ? context.parentOf?.(history.before.id)
      : undefined;
  const carried =
    history.before &&
    (fits(history.before.id) || (!!maker && fits(maker))) &&
    named(history.before.id, history.before.name) &&
    // (The clause's own agent holding a tie to the phrase is no antecedent: "X是这家公司最大的外部股东";
    // one that acts on it may be, "X的首席科学家宣布离开这家公司".)
    !history.actors.some((a) => a.at < at && !(a.id === agent && TIE_COPULA.test(history.text.slice(a.end, at)))) &&
    (DEMONSTRATIVE_NP.test(word) || BARE_NOUN.test(word) || /^(其|他|她)$/.test(word))
      ? { id: fits(history.before.id) ? history.before.id : maker! }
      : null;
  // A party the gazetteer lacks named after the antecedent (Zentrix公司, 一家德国芯片公司, 飞鸿航空)
  // is as near a referent for 该公司 or 其 as any: no known name may take the claim.
  // (Not 双方 or 两家: the party the gazetteer lacks is one of the two.)
  const forOrganization = (!types || /^(company|organization)$/.test(types[0] ?? '')) && !PAIR.test(word);
  const unknownAfter = (from: number) =>
    forOrganization && !!history.unknownParties?.some((u) => u.start >= from && u.end <= at);
  if (!pick) return carried && !unknownAfter(0) ? { id: carried.id, at: -1, end: -1 } : null;
  if (unknownAfter(pick.end)) return null;
  // 集团 is the group the company in focus belongs to, when the paragraph names it ("阿里巴巴
  // …阿里云…集团营收"); else the company itself.
  const group = /集团/.test(word) ? context.parentOf?.(pick.id) : undefined;
  const parent = group ? history.actors.filter((a) => a.id === group && a.at < at).slice(-1)[0] : undefined;
  if (parent) return { id: parent.id, at: parent.at, end: parent.end };
  // 他 after an unknown person's name refers to that person, not to an entity named earlier.
  if (types?.includes('person') && history.unknownPersons.some((p) => p > pick.at && p < at)) return null;
  // …and so does one after a titled speaker the gazetteer does not know ("X执行长王明表示").
  const titled = history.titledSpeaker;
  if (types?.includes('person') && titled && titled.at > pick.at && titled.at < at) return null;
  return { id: pick.id, at: pick.at, end: pick.end };
}

/**
 * 前者 and 后者 pick one of the last two names before them, by order: "A收购了B。后者…" is B,
 * "A与B…。前者…" is A. A sentence going on "前者…，后者…" counts from its first 前者 or 后者.
 */
function formerOrLatter(
  word: string,
  at: number,
  history: History,
  /** The clause's own subject ("微软已向前者投入…"), which is neither. */
  agent: string | null = null,
): { id: string; at: number; end: number } | null {
  const lastTwo = lastTwoNames(at, history, agent);
  if (!lastTwo) {
    // "国务院…通报微软，后者…": with one known name, ending the clause right before 后者 after
    // someone the gazetteer lacks (the former), 后者 is that name.
    const last = history.actors.filter((a) => a.at < at && a.id !== agent).slice(-1)[0];
    const latter =
      word === '后者' &&
      !!last &&
      /^[，,]$/.test(history.text.slice(last.end, at)) &&
      last.at > sentenceStartOf(history.text, at);
    return latter ? { id: last.id, at: last.at, end: last.end } : null;
  }
  return word === '前者' ? lastTwo[0] : lastTwo[1];
}

/** The last two distinct names before `at` (before the sentence's first 前者/后者), in order. */
export function lastTwoNames(
  at: number,
  history: History,
  except: string | null = null,
  /** The type the pair's noun says (两家公司: companies), when it says one. */
  fits: (id: string) => boolean = () => true,
): [Antecedent, Antecedent] | null {
  const from = sentenceStartOf(history.text, at);
  const first = history.text.slice(from, at).search(/前者|后者|双方|两者|二者/);
  // "A与B接触，讨论在C中使用后者的技术": the two point back past their own clause; a name
  // inside it (a place, a means) is not one of them.
  const clauseStart = Math.max(from, ...[...'，,；;：:'].map((c) => history.text.lastIndexOf(c, at - 1) + 1));
  const cutoff = Math.min(first >= 0 ? from + first : at, clauseStart);
  // In a sentence before, the parties are names that acted (agent or object), not one only
  // mentioned there (在X中); in the pronoun's own sentence no name has a role yet, and any counts.
  const pick = (acting: boolean) => {
    const latest = new Map<string, Antecedent>();
    for (const a of history.actors)
      if (
        a.at < cutoff &&
        a.id !== except &&
        fits(a.id) &&
        (!acting || a.at >= from || a.role !== 'mentioned') &&
        (latest.get(a.id)?.at ?? -1) < a.at
      )
        latest.set(a.id, { id: a.id, at: a.at, end: a.end });
    return [...latest.values()].sort((a, b) => a.at - b.at).slice(-2);
  };
  const acting = pick(true);
  const lastTwo = acting.length === 2 ? acting : pick(false);
  return lastTwo.length === 2 ? [lastTwo[0]!, lastTwo[1]!] : null;
}

/** Words for the act just stated, opening a clause: 此举, 这笔(投资), 此次(融资), 这次(合作). */
const DEED = /^(此举|此次|这次|这笔|该笔|此番|这一举动|这一举措)$/;

/** The kind of act a noun after a deed word names: 这笔投资, 此次收购. */
const DEED_KINDS: Array<[RegExp, ClaimKind]> = [
  [/^(投资|融资|注资|交易|入股)/, 'funding'],
  [/^(收购|并购|裁员)/, 'event'],
  [/^(发布|推出|更新|升级)/, 'launch'],
];

/** The claim a clause opening on a deed word is about: the last one, or the last of the kind its noun names. */
export function deedClaim(tokens: Token[], history: History): History['claims'][number] | null {
  const deed = deedAt(tokens);
  if (!deed) return null;
  const noun = tokens[tokens.indexOf(deed) + 1]?.word ?? '';
  const kind = DEED_KINDS.find(([pattern]) => pattern.test(noun))?.[1];
  const fitting = kind ? history.claims.filter((c) => c.kind === kind) : history.claims;
  return fitting[fitting.length - 1] ?? null;
}

/** The deed word a clause opens with (after a conjunction), or null. */
export function deedAt(tokens: Token[]): Token | null {
  const first = tokens.find((t) => !isPunct(t) && !/^(而|但|但是|不过|且|并|更)$/.test(t.word));
  return first && DEED.test(first.word) ? first : null;
}

export const PLURAL_PRONOUN = /^(它们|他们|她们)$/;

/** How many names a plural says it stands for (三家公司, 前三大: 3), or 0 when it does not say. */
export function countOf(word: string): number {
  return COUNT_DIGIT[/[三四五六七八九十]/.exec(word)?.[0] ?? ''] ?? 0;
}

const COUNT_DIGIT: Record<string, number> = { 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * The names a plural pronoun or noun phrase stands for, in text order, or null. "三家公司" takes
 * the last three names of its type; 它们, 这些公司 the last enumeration (names joined only by
 * 、/和/与…). Only names in its own
 * sentence or the one before count: further back, a plural more likely means companies the text
 * never named ("上千家创业公司…这些公司").
 */
export function antecedentGroup(
  word: string,
  at: number,
  history: History,
  context: ExtractContext,
): Antecedent[] | null {
  const plural = PLURAL_NP.exec(word);
  const counted = COUNTED_NP.test(word);
  if (!plural && !counted && !PLURAL_PRONOUN.test(word)) return null;
  // 它们 stands for things and companies, 他们 for people or their companies; a noun says its type.
  // A bare count (三家, 三者, 前三大) counts what the list before it names: firms, their clouds
  // or platforms.
  const types = plural
    ? (pronounTypes(plural[1]!) ?? [])
    : counted || word === '它们'
      ? ['company', 'organization', 'model', 'product']
      : ['company', 'organization', 'person'];
  const sentenceStart = sentenceStartOf(history.text, at);
  const from = sentenceStart > 0 ? sentenceStartOf(history.text, sentenceStart - 1) : 0;
  const seen = new Set<number>();
  const names = history.actors
    .filter((a) => a.at >= from && a.at < at && types.includes(context.typeOf?.(a.id) ?? ''))
    .filter((a) => !seen.has(a.at) && !!seen.add(a.at));
  const count = countOf(word);
  if (count) {
    const latest = new Map<string, Antecedent>();
    // A maker written right before its product (微软Azure) names one member, the product.
    const members = names.filter((a) => !names.some((b) => b.at === a.end));
    for (const a of members) latest.set(a.id, { id: a.id, at: a.at, end: a.end });
    const last = [...latest.values()].sort((a, b) => a.at - b.at).slice(-count);
    if (last.length === count) return last;
    // A bare count after a list of its own sentence that names some members outside the gazetteer
    // ("X占31%，Y以20%居次，Z占12%，三者合计…", X unknown): the known members of that list.
    const own = last.filter((a) => a.at >= sentenceStart);
    return counted && own.length >= 2 ? own : null;
  }
  const group: Antecedent[] = [];
  for (let k = names.length - 1; k >= 0; k--) {
    const a = names[k]!;
    if (group.length && !/^\s*(、|，|,|和|与|及|以及|跟|同|或)\s*$/.test(history.text.slice(a.end, group[0]!.at)))
      break;
    if (!group.some((g) => g.id === a.id)) group.unshift({ id: a.id, at: a.at, end: a.end });
  }
  return group.length >= 2 ? group : null;
}

/**
 * Whether the paragraph names, before `end`, a person or a party the gazetteer lacks: one of them may
 * be what a clause naming no one is about, so the one known party is not.
 */
function namesUnknownBefore(history: History, end: number): boolean {
  return history.unknownPersons.some((p) => p < end) || !!history.unknownParties?.some((p) => p.start < end);
}

/**
 * An unnamed source who comments rather than acts: a hedge alone (据悉, text ''), or a phrase
 * ending in a noun of commentators or witnesses (分析师, 业内人士, 法人, 基金经理, 员工, 外媒…),
 * adverbs after it. A party the gazetteer lacks (小马智行方面, X相关负责人) is no commentator.
 */
const COMMENTATOR =
  /(?:人士|分析师|分析人士|法人|专家|学者|员工|经理|投资人|投资者|券商|研究员|从业者|业内|业界|外界|市场|外媒|媒体|消息|车主|用户|网友|开发者|工程师|律师|支持者|批评者|观察家)(?:也|还|则|又|亦|更|普遍|随后|此前|曾|均|都)*$/;

/**
 * 话题 under comment: "（星辰科技的新厂量产推迟。）有分析师指出，良率仍是最大的难题": a view or
 * report of an unnamed source whose words name no one goes on about what the paragraph is about —
 * the one party it has named so far, acting in its last claim. Null for a source that names someone (`source`, the source's words as written: see
 * COMMENTATOR), and where the paragraph named two parties or more, a person, or a party the
 * gazetteer lacks (who may be what the source speaks of).
 */
export function commentedTopic(
  span: { start: number; end: number },
  source: string,
  history: History,
  typeOf: ((id: string) => string | undefined) | undefined,
): Antecedent | null {
  if (source && !COMMENTATOR.test(source)) return null;
  const at = span.start;
  const named = history.actors.filter((a) => a.at < at);
  if (namesUnknownBefore(history, span.end)) return null;
  const ids = new Set(named.map((a) => a.id));
  // The one name is the topic where the paragraph's last claim has it act (a name only mentioned,
  // 与阿里巴巴相比, is not what the text is about). (Not the paragraph before's topic, at a
  // paragraph's opening: a comment opening a paragraph is as often on the whole story or on the
  // party the article is about as on the last one named.)
  const lastClaim = history.claims[history.claims.length - 1];
  const topic = ids.size === 1 ? [...ids][0]! : null;
  if (!topic || lastClaim?.roles.get(topic) !== 'agent') return null;
  if (!typeOf || /^(person)?$/.test(typeOf(topic) ?? '')) return null;
  const last = named[named.length - 1]!;
  return { id: topic, at: last.at, end: last.end };
}

/**
 * The head noun of a common noun phrase for a part of a business, what it makes or a figure of it: a
 * plant (第二座厂), a unit or line of business (创新业务, 子品牌), a product or its parts (伺服器, 加速卡,
 * 架构, 车型), a share class (配售股份) or a metric (营收, 净利, 毛利率, 集资总额, 售价).
 */
const PART_HEAD =
  /(厂|廠|产线|產線|芯片|晶片|处理器|處理器|伺服器|服务器|架构|架構|产品|產品|业务|業務|事业部|事業部|子品牌|车型|車型|机型|機型|加速卡|股份|股本|营收|營收|收入|营业额|營業額|利润|利潤|净利|淨利|毛利率|总额|總額|规模|規模|销量|銷量|出货量|出貨量|交付量|售价|售價|占比|佔比|功耗|效能)$/;

/** A noun phrase naming a party of its own (another company, a client, a rival, a regulator, people). */
const PARTY_WORD =
  /公司|集团|集團|厂商|廠商|对手|對手|客户|客戶|政府|监管|監管|机构|機構|投资|投資|券商|投行|银行|銀行|分析|媒体|媒體|法院|委员会|委員會|用户|用戶|员工|員工|消费者|消費者|市场|市場|股东|股東|合作|伙伴|夥伴|大厂|大廠|个股|個股|对象|對象/;

/** A leading frame of the source or the angle: 依规划, 根据公告, 获利方面, 以部门来看, 就地区而言. */
const FRAME =
  /^(?:(?:依|据|根据|按|按照|依照)[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{1,6}方面|(?:以|从|就)[\u4e00-\u9fff]{1,6}(?:来看|而言|区分|来说))$/;

/** Tags a common noun phrase is made of: nouns, places, names of things, numbers, measures, modifiers. */
const NP_TAG = /^(n|ng|nz|ns|an|eng|m|mq|q|a|b|f|x|uj|j|zg)$/;

/**
 * 话题链 on a part: "（星辰科技公布季报，）新一代处理器则预计明年量产", "第二座厂将导入2纳米制程": a clause
 * whose subject is a common noun phrase for a plant, unit, product or metric (PART_HEAD) and names no
 * one is about the business it belongs to — the one party the paragraph has named so far, acting in its
 * last claim (the editors' convention: a product or plant the gazetteer lacks stands for its owner).
 * Null where the paragraph named two parties or more, a person or a party the gazetteer lacks, where
 * the noun phrase names a party (PARTY_WORD), and where no predicate follows it.
 */
export function partSubjectTopic(
  content: readonly Token[],
  span: { start: number; end: number },
  history: History,
  typeOf: ((id: string) => string | undefined) | undefined,
): { id: string; name: string } | null {
  // (A name of a part jieba reads as a person's, 加速卡/nr, is still the part; nrt, which jieba
  // also gives to words it splits wrongly, 5纳米/nrt, counts as a person in the subject only.)
  const person = (t: Token) => /^(nr|nrfg|nt)$/.test(t.tag) && !PART_HEAD.test(t.word);
  if (content.some((t) => t.entityId || person(t))) return null;
  let words = content.filter((t) => !isPunct(t) || /^[，,]$/.test(t.word));
  // (A frame of the source or the angle may come first: 依规划，…; 获利方面，…; 以部门来看，…)
  const comma = words.findIndex((t) => /^[，,]$/.test(t.word));
  const frame =
    comma > 0
      ? words
          .slice(0, comma)
          .map((t) => t.word)
          .join('')
      : '';
  if (FRAME.test(frame)) words = words.slice(comma + 1);
  words = words.filter((t) => !isPunct(t));
  let k = 0;
  // (A conjunction or a time may come first: 不过，…; 回顾过去，…)
  while (k < words.length && /^(c|t)$/.test(words[k]!.tag)) k++;
  const np: Token[] = [];
  while (k < words.length) {
    const t = words[k]!;
    // (A verb before the head modifies it: 创新业务, 发行股本; 等 closes a list: 汽车等创新业务.)
    const modifier =
      (isVerb(t) || t.tag === 'vn') && PART_HEAD.test(words[k + 1]?.word ?? '') && !PART_HEAD.test(t.word);
    if (!(modifier || t.word === '等' || (NP_TAG.test(t.tag) && !isVerb(t)) || PART_HEAD.test(t.word))) break;
    np.push(t);
    k++;
    // (The phrase ends on its head: 三座厂合计将…)
    if (PART_HEAD.test(t.word) && !PART_HEAD.test(words[k]?.word ?? '') && !/^(n|ng|nz|eng)$/.test(words[k]?.tag ?? ''))
      break;
  }
  const next = words[k];
  if (!np.length || !next || !(isVerb(next) || /^(d|ad|p|vn|zg)$/.test(next.tag))) return null;
  const head = np[np.length - 1]!;
  if (np.some((t) => t.tag === 'nrt' && !PART_HEAD.test(t.word))) return null;
  const phrase = np.map((t) => t.word).join('');
  // (A possessor names whose part it is, 数据的规模, and a set of things, 多档个股, 各平台, is no one's part.)
  if (np.some((t) => t.word === '的') || /^(多|各|部分|所有|不少|其他|其它|一些)/.test(phrase)) return null;
  if (next.word === '相关' || next.word === '有关') return null;
  // (同期收入…: a figure dated by the clause before, whose date drafting cannot yet place, stays out.)
  if (/^(同期|同比|上年同期)/.test(phrase)) return null;
  if (!PART_HEAD.test(head.word) || PARTY_WORD.test(phrase)) return null;
  const at = span.start;
  if (namesUnknownBefore(history, span.end)) return null;
  // The one party that acted in the paragraph so far, with no other name after its last mention;
  // in a paragraph that has named no one yet, what the paragraph before was about.
  const named = history.actors.filter((a) => a.at < at);
  const ids = new Set(named.filter((a) => a.role === 'agent').map((a) => a.id));
  const last = named[named.length - 1];
  const topic = !last
    ? history.before
    : ids.size === 1 && last.id === [...ids][0]
      ? { id: last.id, name: history.text.slice(last.at, last.end) }
      : null;
  if (!topic || !typeOf || /^(person)?$/.test(typeOf(topic.id) ?? '')) return null;
  return topic;
}

/**
 * Whose stock a rating or a price target naming no one is on: "（大行普遍看好X。）摩根士丹利重申
 * 「增持」评级，目标价由62港元升至65港元" is about X, which editors make the `object` (the broker,
 * a house the gazetteer lacks, is the source). The one company the paragraph has named so far (in
 * any role: 上调X目标价 leaves X a name only mentioned); in a paragraph naming none yet, what the
 * paragraph before was about. Null where two companies or more were named (a rating of which?), or
 * where the clause is not a rating.
 */
export function ratedCompany(
  contentText: string,
  at: number,
  history: History,
  mentioned: ReadonlyArray<{ id: string; at: number; end: number }>,
  typeOf: ((id: string) => string | undefined) | undefined,
): { id: string; name: string } | null {
  if (!isVerdict(contentText) || !typeOf) return null;
  const named = [...history.actors, ...mentioned]
    .filter((a) => a.at < at && typeOf(a.id) === 'company')
    .sort((a, b) => a.at - b.at);
  // (A person, a product or a public body named in the paragraph leaves the company in doubt too.)
  if (history.actors.some((a) => a.at < at && typeOf(a.id) !== 'company')) return null;
  const ids = new Set(named.map((a) => a.id));
  if (ids.size > 1) return null;
  const last = named[named.length - 1];
  if (last) return { id: last.id, name: history.text.slice(last.at, last.end) };
  return history.before && typeOf(history.before.id) === 'company' ? history.before : null;
}
