/**
 * Clause roles: which names in a clause act (agent), undergo (object), are listed or only
 * mentioned, and the frames that decide it: passives (被X, 由X), comparisons (比X, 与X相比),
 * enumerations, owners of a metric or product, counterparts.
 */
import { isPunct, type Token } from './segment';
import {
  COMPARING,
  describesObject,
  GRADED_COMPARING,
  inRelativeClause,
  isModifier,
  objectOfCountedRelative,
  PART_NOUN,
  pastRelativeHead,
} from './modifiers';
import {
  CONSTRUAL,
  isCopula,
  isPredicate,
  isVerb,
  laterPredicate,
  LIST_JOINERS,
  opensRelative,
  prepositionAt,
  properName,
} from './words';
import { type ClaimKind, type Modality, PRODUCT_MAKER_TYPES, PRODUCT_TYPES, type Role } from './vocabulary';
import { COUNTERPART_PREPOSITION, KIND_CUES, MEMBER_NOUN, SCENE_PREPOSITION, SPEECH_VERB } from './cues';
import { VERDICT_NOUN } from './broker-verdict';
import {
  BARE_NOUN,
  comitativeOpening,
  DISPOSAL,
  insideTitle,
  isTyped,
  JOINT_NOUN,
  NEGATED_COPULA,
  inThingInclusion,
  ownsMetric,
  PAIR,
  pluralHead,
  pronounAt,
  RELATION_NOUN,
  ratioNameAt,
} from './subject';
import type { Clause, EntitySubject, ExtractContext, Subject } from './types';
import { GENERIC_LATIN, GIVEN_KIND } from './investors';
import {
  contentClauseRole,
  integratedTool,
  tiedOtherParty,
  originOnly,
  ownerInComplement,
  usersOf,
  venueOf,
} from './passing';

/** Conjunctions that open a concession: 即使 X，也…; 尽管 X，仍…. */
export const CONCESSIVE = /^(即使|即便|尽管|虽然|虽|哪怕|就算|纵然|纵使|不论|无论|不管)/;

/** Passive markers: the subject before them undergoes the act after them (被罚, 遭到攻击). */
const UNDERGOING = /^(被|遭|遭到|遭受)$/;

/** Nouns for what a company runs or sells, whose passive it undergoes: X的App被下架, X的账号被封. */
const OWNED_PART = /(app|应用|产品|手机|平台|服务|业务|网站|账号|帐号|小程序|门店|工厂|芯片|设备|软件|游戏)$/i;

/** Prepositions of cause and time that may frame a passive: X因违规被罚, X自去年起被调查. */
const PASSIVE_FRAME = /^(因|因为|由于|自|从|自从|在|于)$/;

/**
 * The passive 被 (遭) or the doer-marking 由 right after the subject (adverbs and times between; for
 * 被, also a frame of cause or time), or
 * null; "被视为/被称为" reads the subject as something, which it stays the topic of.
 */
export function undergoerMarker(tokens: Token[], subjectEnd: number): '被' | '由' | null {
  let k = tokens.findIndex((t) => t.start >= subjectEnd);
  // ("由杭州起家的这家公司，自去年起被立案调查": a long subject may be set off by a comma before a
  // frame of the passive or its marker; "X，而今已不再被提起" opens a clause of its own.)
  const after = tokens[k + 1];
  if (
    k >= 0 &&
    /^[，,]$/.test(tokens[k]?.word ?? '') &&
    after &&
    (UNDERGOING.test(after.word) || (after.tag === 'p' && PASSIVE_FRAME.test(after.word)))
  )
    k++;
  // ("X的App随后被要求下架", "X出行App被下架": X's product or part right after it undergoes the
  // passive, and so X does; a possessed noun with a verb or a name of its own is no such part.)
  if (tokens[k]?.word !== '由') {
    let n = tokens[k]?.word === '的' ? k + 1 : k;
    const from = n;
    while (
      tokens[n] &&
      n < from + 3 &&
      !tokens[n]!.entityId &&
      /^(n|nz|eng|vn|v)$/.test(tokens[n]!.tag) &&
      !UNDERGOING.test(tokens[n]!.word)
    )
      n++;
    let m = n;
    while (tokens[m] && /^(d|t|ad)$/.test(tokens[m]!.tag)) m++;
    const part = tokens[n - 1];
    if (
      n > from &&
      part &&
      (part.tag === 'eng' || OWNED_PART.test(part.word)) &&
      UNDERGOING.test(tokens[m]?.word ?? '') &&
      // (Only the short passive, the marker right before its verb: "X的产品被各国政府广泛采用"
      // names a doer the clause is about as much as X.)
      !!tokens[m + 1] &&
      isVerb(tokens[m + 1]!)
    )
      k = m;
  }
  while (k >= 0 && tokens[k] && /^(d|t|ad)$/.test(tokens[k]!.tag)) k++;
  // ("X由Y转投Z": before a verb of moving, 由 names whence X comes, not who acts on X.)
  if (tokens[k]?.word === '由') return prepositionAt(tokens, k) === '从' ? null : '由';
  k = pastRelativeHead(tokens, k);
  // "X首次因违规被罚", "X自去年12月起被立案调查": a count of occasions and a frame of cause or
  // time (因…, 自…起, 在…) may stand between the subject and its passive marker; so may 遭/遭到,
  // the adversative passive (X遭到黑客攻击).
  let framed = false;
  for (; k >= 0 && tokens[k] && !UNDERGOING.test(tokens[k]!.word); k++) {
    const t = tokens[k]!;
    if (isPunct(t)) return null;
    if (!framed && t.tag === 'p' && PASSIVE_FRAME.test(t.word)) framed = true;
    // (A localizer closes a frame of time or place: 在发布会上回应…被罚 is the subject's own act.)
    else if (framed && (FRAME_CLOSER.test(t.word) || t.word === '起')) framed = false;
    else if (!framed && !/^(d|t|ad|m|mq)$/.test(t.tag)) return null;
  }
  if (k < 0 || !tokens[k]) return null;
  const construed = tokens.slice(k + 1, k + 5).some((t) => CONSTRUAL.test(t.word));
  // "X被传出有意收购Y", "X被曝正在…": what is reported of X is still X's act; X is not its object.
  const reported = /^(传出|传|曝出|曝|爆出|爆|爆料|指|指出|质疑|疑)$/.test(tokens[k + 1]?.word ?? '');
  // "X遭黑客入侵一事是…所致", "X被罚的消息": a passive closed by a noun it describes is no predicate.
  let end = k + 1;
  while (tokens[end] && !isPunct(tokens[end]!)) end++;
  const nominal = tokens.slice(k + 1, end).some((t) => /^(一事|此事|事件|的|是)$/.test(t.word));
  return construed || reported || nominal ? null : '被';
}

/**
 * Pronouns the proposition acts on or with, and the role each takes:
 * - right after a counterpart preposition (向其, 对该公司, 与它), and jieba's 与其 before a verb
 *   (与其存在差距, which is 与 + 其 there, not "rather than"): the counterpart, `object`;
 * - right after a verb or a disposal marker (要求其提供, 将其列入, 撼动其地位): what the act is
 *   done to, `object`; after a causative (使其成为) the one made to act, and after a verb of
 *   receiving a grant (获其注资) the giver: `agent`, as a name there would be (see causee and
 *   passiveFrame). A verb of saying (称其), a copula (是其) or one in a relative clause is no act on it.
 */
export function counterpartPronouns(tokens: Token[]): Array<{ word: string; start: number; role: Role }> {
  const out: Array<{ word: string; start: number; role: Role }> = [];
  tokens.forEach((t, k) => {
    // "X以16%的份额紧随其后": the idiom (jieba keeps it whole) holds the pronoun for the one ranked
    // before, the standard. (A list of three or more following together names no single one it follows.)
    if (/^(紧随其后|紧跟其后|紧追其后|尾随其后)$/.test(t.word)) {
      if (!listMembers(tokens.slice(0, k)).size) out.push({ word: '其', start: t.start + 2, role: 'object' });
      return;
    }
    if (t.word === '与其' && tokens[k + 1] && isVerb(tokens[k + 1]!))
      out.push({ word: '其', start: t.start + 1, role: 'object' });
    // "落后于对方", "超过对方": 对方 is the other party wherever it stands after the subject.
    if (t.word === '对方' && k > 0) return void out.push({ word: t.word, start: t.start, role: 'object' });
    if (k === 0) return;
    const before = tokens[k - 1]!;
    const counterpart = COUNTERPART_PREPOSITION.test(before.word);
    const acted =
      (isPredicate(tokens, k - 1) || DISPOSAL.test(before.word)) &&
      !isCopula(before) &&
      !SPEECH_VERB.test(before.word) &&
      !/^(为|成为|作为|以|让|使)$/.test(before.word);
    const caused = CAUSATIVE.test(before.word);
    const granted = /^(获|获得|得到|拿到)$/.test(before.word) && GIVEN.test(tokens[k + 1]?.word ?? '');
    if (!counterpart && !acted && !caused) return;
    const pronoun = pronounAt(tokens, k);
    if (!pronoun || BARE_NOUN.test(pronoun.word) || PAIR.test(pronoun.word)) return;
    if (!counterpart) {
      // (After a verb, only a pronoun for a company or a thing, outside quoted words; and not the
      // subject of a clause the verb takes: "并称其综合性能已超过…", "令其中立性备受质疑", nor
      // what a construal characterizes: "把它视为…".)
      const quoted = tokens
        .slice(0, k)
        .reduce((d, x) => d + (/[“「『]/.test(x.word) ? 1 : /[”」』]/.test(x.word) ? -1 : 0), 0);
      if (!OBJECT_PRONOUN.test(pronoun.word) || quoted > 0) return;
      let n = k + pronoun.length;
      while (tokens[n] && /^(n|nz|vn|ng)$/.test(tokens[n]!.tag) && !tokens[n]!.entityId) n++;
      const next = tokens[n];
      if (n > k + pronoun.length && next && (isVerb(next) || /^(d|ad)$/.test(next.tag))) return;
      if (next && CONSTRUAL.test(next.word)) return;
    }
    // "多家机构下调其目标价", "将影响其营收": 其 before a measure or a verdict only owns what the act
    // is done to; with no name before it to act, the one it stands for is who the claim is about,
    // as a name there would be (clauseRoles ownsMetric; README: an analyst's verdict on X → X agent).
    const owner =
      !counterpart &&
      pronoun.word === '其' &&
      (ownsMetric(tokens, k) || VERDICT_NOUN.test(tokens[k + 1]?.word ?? '')) &&
      !tokens.slice(0, k).some((x) => x.entityId);
    out.push({ word: pronoun.word, start: t.start, role: caused || granted || owner ? 'agent' : 'object' });
  });
  return out;
}

/**
 * "X利用其在Y的地位", "X凭借其优势": 其 right after a verb of means, in a clause whose subject is
 * named before it, owns what that subject itself uses; it stands for no one else.
 */
export function ownedByNamedSubject(tokens: Token[], at: number, subject: Subject | null | undefined): boolean {
  const k = tokens.findIndex((t) => t.start === at);
  if (k < 1 || tokens[k]!.word !== '其' || subject?.kind !== 'entity' || subject.end > at) return false;
  return /^(利用|借助|凭借|依靠|依托|借由|动用|发挥|运用)$/.test(tokens[k - 1]!.word);
}

/**
 * Pronouns that stand for a company or a thing as a verb's object: 其, 它, 该公司, 这家公司; and a
 * demonstrative with a kind of product (发布该模型, 下架这款应用, 出口该芯片).
 */
const OBJECT_PRONOUN =
  /^(其|它|它们|该公司|这家公司|该企业|这家企业|该集团|(?:该|这款|此款|该款|这一)(?:模型|大模型|产品|芯片|晶片|应用|App|APP|软件|游戏|手游|手机|车型|系统|平台|工具|服务))$/;

/** Verbs of bringing a product out, which its product can be the subject of: "Y发布后". */
export const BRING_OUT = /^(推出|发布|上线|亮相|问世|面世|登场|开源|上架|首发|发售|公测|内测)$/;

const MAKER_TYPES: ReadonlySet<string> = new Set(['company', 'organization', 'person']);

/** Measure words of time: "上线3天" counts how long, it names nothing brought out. */
const TIME_MEASURE = /^(天|日|周|个月|月|年|小时|分钟|秒|周年)$/;

/**
 * Whether the bring-out verb at `k` has an object of its own ("Y已开源多款模型", "Y发布了新版本"):
 * then the product is the doer, not the thing brought out.
 */
function bringsOutAnObject(words: readonly Token[], k: number): boolean {
  let i = k + 1;
  while (words[i] && /^(了|过|着)$/.test(words[i]!.word)) i++;
  const next = words[i];
  if (!next) return false;
  if (next.entityId || /^(n|vn|eng)/.test(next.tag)) return true;
  if (next.tag === 'a') return /^(n|vn|eng)/.test(words[i + 1]?.tag ?? '');
  if (next.tag === 'm') return !TIME_MEASURE.test(words[i + 1]?.word ?? '') && words[i + 1]?.tag !== 't';
  return false;
}

/**
 * The maker of a product subject whose first verb brings it out, named as its owner right
 * before it ("X的(文生视频模型)Y…推出"); null when there is none.
 */
export function launchedBy(
  tokens: Token[],
  prop: { subject: Subject | null; clauses: number[] },
  clauses: Clause[],
  context: ExtractContext,
): string | null {
  const subject = prop.subject;
  if (subject?.kind !== 'entity' || subject.ids.length !== 1 || !context.typeOf) return null;
  if (!PRODUCT_TYPES.has(context.typeOf(subject.ids[0]!) ?? '')) return null;
  const words = prop.clauses.flatMap((c) => clauses[c]!.tokens);
  const verbAt = words.findIndex((t, k) => t.start >= subject.end && isVerb(t) && !opensRelative(words, k));
  if (verbAt < 0 || !BRING_OUT.test(words[verbAt]!.word) || bringsOutAnObject(words, verbAt)) return null;
  // Only the product's modifiers (nouns, quotes) may stand between 的 and it.
  let k = tokens.findIndex((t) => t.start === subject.start) - 1;
  while (k >= 0 && !tokens[k]!.entityId && tokens[k]!.word !== '的' && /^(n|vn|eng|x|m|a|b|j|l)/.test(tokens[k]!.tag))
    k--;
  if (tokens[k]?.word !== '的') return null;
  const owner = tokens[k - 1];
  return owner?.entityId && MAKER_TYPES.has(context.typeOf(owner.entityId) ?? '') ? owner.entityId : null;
}

/**
 * "去年10月推出的Y": the product subject right after a relative clause of bringing out with no
 * name in it, at the head of the sentence; the maker is `last` when it is a company.
 */
export function madeByTopic(
  tokens: Token[],
  subject: EntitySubject,
  last: string,
  context: ExtractContext,
): string | null {
  if (subject.ids.length !== 1 || !PRODUCT_TYPES.has(context.typeOf?.(subject.ids[0]!) ?? '')) return null;
  if (!MAKER_TYPES.has(context.typeOf?.(last) ?? '') || context.typeOf?.(last) === 'person') return null;
  // ("华为…。若下半年发布的iPhone 16…": a product the gazetteer knows another maker of is not the
  // topic's; it is the subject of its own clause.)
  const maker = context.parentOf?.(subject.ids[0]!);
  if (maker && maker !== last && context.parentOf?.(maker) !== last) return null;
  const at = tokens.findIndex((t) => t.start === subject.start);
  if (at < 2 || tokens[at - 1]!.word !== '的' || !BRING_OUT.test(tokens[at - 2]!.word)) return null;
  // Nothing but time words and the relative verb before it in its clause.
  let from = at - 2;
  while (from > 0 && !isPunct(tokens[from - 1]!)) from--;
  return tokens.slice(from, at).some((t) => t.entityId) ? null : last;
}

/** Verbs that open an enumeration the next clauses may continue. */
const ENUMERATES = /^(包括|包含|涵盖|囊括|分别是|分别为|还有|有|如|比如|例如|其中有)$/;

/**
 * A clause with no predicate that goes on with an enumeration begun before it: it starts with a
 * list joiner (以及 D) or follows a clause that enumerates ("团队包括A和B，C，…").
 */
export function continuesList(clause: Clause, previous: Clause): boolean {
  const body = clause.tokens.slice(clause.from).filter((t) => !isPunct(t));
  if (!body.length || body.some((t, k) => isVerb(t) && isPredicate(body, k) && !/^(有)$/.test(t.word))) return false;
  if (clause.attribution || CONCESSIVE.test(body[0]!.word)) return false;
  // "…，与A、B正面交锋": after 与/和 a word that is neither a name nor a kind (公司, 品牌) is a
  // predicate jieba tags a noun; the clause is a comitative phrase, not more of the list.
  const kindOrName = (t: Token) =>
    !!t.entityId ||
    LIST_JOINERS.test(t.word) ||
    /^(等|等等)$/.test(t.word) ||
    properName(t) ||
    /(公司|企业|品牌|厂商|机构|巨头|平台|产品|模型)$/.test(t.word);
  if (/^(和|与|跟|同)$/.test(body[0]!.word)) return body.slice(1).every(kindOrName);
  if (/^(以及|及|还有|以及其他|另有)$/.test(body[0]!.word)) return true;
  const words = previous.tokens.slice(previous.from);
  const opens = words.findIndex((t) => ENUMERATES.test(t.word));
  return opens >= 0 && !words.slice(opens + 1).some((t, k) => isPredicate(words.slice(opens + 1), k));
}

/** Who may be named inside a work's title without being the work: companies, bodies and people. */
const TITLED_PARTY_TYPES: ReadonlySet<string> = new Set([...PRODUCT_MAKER_TYPES, 'person']);

/** A clause of names only that goes on with a list: "以及D", "和E等". */
export function continuesTopicList(clause: Clause): boolean {
  const body = clause.tokens.filter((t) => !isPunct(t));
  return (
    body.length > 1 &&
    /^(以及|及|和|与|还有|乃至|甚至)$/.test(body[0]!.word) &&
    body.slice(1).every((t) => t.entityId || LIST_JOINERS.test(t.word) || /^(等|等等)$/.test(t.word))
  );
}

export function clauseRoles(
  clause: Clause,
  content: boolean,
  typeOf: ExtractContext['typeOf'],
  subject: Subject | null,
  parentOf?: ExtractContext['parentOf'],
): Array<[string, Role]> {
  const tokens = clause.tokens;
  /**
   * A model or product built into another's: its known maker named apart from the subject, or a
   * named subject that is not its maker ("苹果将ChatGPT接入Siri"); a maker building in its own model
   * ("腾讯把混元接入微信", "这家大厂把混元接入…") acts on it.
   */
  const foreignTool = (id: string) => {
    const maker = parentOf?.(id);
    const named = subject?.kind === 'entity' ? subject.ids : [];
    // (A maker unknown leaves it the object: whose it is cannot be told.)
    // ("元宝已接入微信": a product of the subject's own maker is no other's tool; one house's products
    // built into each other are the two sides of the act, as toolsBuiltInByOthers groups them.)
    if (!maker || named.includes(maker) || named.some((id) => parentOf?.(id) === maker)) return false;
    return named.length > 0 || tokens.some((x) => x.entityId === maker);
  };
  const out: Array<[string, Role]> = [];
  const listed = listMembers(tokens);
  let preposition: string | null = null;
  let afterVerb = false;
  /** The predicate verb the names after it depend on. */
  let verb: Token | null = null;
  let frameEnd = -1;
  // "为了给X提供…", "用于X的推理": names in a purpose phrase are what it is for, not who acts;
  // so are examples of a kind ("如X、Y等").
  let purpose = false;
  let denied = false;
  const inSubject = (t: Token) =>
    subject?.kind === 'entity' && subject.ids.includes(t.entityId!) && t.start >= subject.start && t.end <= subject.end;
  const isHead = (t: Token) => subject?.kind === 'entity' && !!subject.head?.includes(t.entityId!);
  const isPartner = (t: Token) => subject?.kind === 'entity' && !!subject.partners?.includes(t.entityId!);
  /** Whether the name at `i` is the Y of a subject's "X的母公司Y" (X the subject as read). */
  const apposedToTie = (i: number) =>
    tokens.some((x, k) => k < i && !!x.entityId && inSubject(x) && tiedOtherParty(tokens, k) === i);
  // "Y此番出手，距离X推出Z仅过去约两周": a clause after another that opens on a verb of distance in
  // time only says how long after X's act the main event came; X's act is a point of reference, and
  // its names are mentioned (as in the frame before a main clause, clauses.ts). Not where the clause
  // has its own subject before the verb (此次处罚距离X…, 这距离X…).
  const distanceAside = clause.start > 0 && /^(距离|距)$/.test(tokens[clause.from]?.word ?? '');
  tokens.forEach((t, i) => {
    if (i < clause.from || distanceAside) {
      if (t.entityId) out.push([t.entityId, 'mentioned']);
      return;
    }
    // "在制定X时", "从Nova发布以来": what happens inside a frame of time or place only sets the scene;
    // "X自去年推出Y以来": a since-frame after the subject tells what the subject did.
    if (i > frameEnd && FRAME_OPENER.test(t.word) && t.tag === 'p' && !ownSince(tokens, i, subject))
      frameEnd = frameClose(tokens, i);
    // "成为继X之后第二家…": who came first only orders the subject's feat.
    if (t.word === '继' && /^(之后|以后|后)$/.test(tokens[i + 2]?.word ?? '')) frameEnd = i + 2;
    // "主要受X销量疲弱的消息拖累", "受X降价影响": a cause the subject undergoes is background.
    if (i > frameEnd && /^(受|受到)$/.test(t.word)) frameEnd = causeClose(tokens, i);
    if (i < frameEnd) {
      if (t.entityId) out.push([t.entityId, 'mentioned']);
      return;
    }
    if (PURPOSE.test(t.word)) purpose = true;
    // "…多款应用，如A、B等": names given as examples of a kind only illustrate it.
    if (EXAMPLE_LEAD.test(t.word) && !laterPredicate(tokens, i)) purpose = true;
    // "原因在于X未能…", "原因是X…": the clause after a reason frame explains; its names are
    // mentioned, not counterparts of the claim.
    if (/^(原因|主因)$/.test(tokens[i - 1]?.word ?? '') && /^(在于|是)$/.test(t.word)) purpose = true;
    // "并不是X，而是Y": what is denied in a contrast frame is only mentioned.
    if (NEGATED_COPULA.test(t.word)) denied = true;
    // "从ChatGPT到Sora": both ends of a range only say how far something goes.
    if (t.word === '到' && preposition === '从') return;
    // A copula (是) and a relative-clause verb (成立的) do not end the subject.
    if (isPredicate(tokens, i)) {
      afterVerb = true;
      verb = t;
      preposition = (INSTRUMENT.test(t.word) || SERIAL_USE.test(t.word)) && laterPredicate(tokens, i) ? t.word : null;
    }
    // "由A与B联合开发": names joined after 由 are doers together; 与 there is no preposition.
    const joinsDoers = preposition === '由' && !!tokens[i - 1]?.entityId && /^(与|和|及|以及|、)$/.test(t.word);
    if (
      !joinsDoers &&
      (t.tag === 'p' || (COUNTERPART_PREPOSITION.test(t.word) && (t.tag !== 'c' || comitativeOpening(tokens, i))))
    )
      preposition = prepositionAt(tokens, i);
    // (Traditional 藉由, which folding keeps, is one word jieba tags a name.)
    if (/^(藉由|借由|经由)$/.test(t.word)) preposition = '借由';
    // "针对商家的产品X": the preposition's object ends at 的; the noun after it is outside.
    // ("比X的Y": the phrase goes on to the named head Y, which X only owns.)
    if (t.word === '的' && !(tokens[i - 1]?.entityId && namedHeadAfter(tokens, i - 1))) preposition = null;
    // "X将Y收入囊中", "X把Y并入…": 把/将 before a name moves it to before the verb, as its object.
    if (DISPOSAL.test(t.word) && tokens[i + 1]?.entityId) preposition = '把';
    if (!t.entityId) return;
    const id = t.entityId;
    // "流传X将配股的消息", "没有出售X的计划": inside the clause a noun of content (a plan, a report, a
    // rumour) closes, a name is a party to that proposition, not a modifier of the noun (passing.ts);
    // a quote opening right before it (网上流传“X将收购Y”的消息) makes it no title.
    const inContent = contentClauseRole(tokens, i);
    if (inContent && (/^[“「"]$/.test(tokens[i - 1]?.word ?? '') || !isTyped(tokens, t)))
      return out.push([id, inContent]);
    if (isTyped(tokens, t)) return out.push([id, 'mentioned']);
    // "包括X佣金在内的交易服务收入为…": the head is the owner's revenue or range, which X is part of;
    // X is mentioned, and its owner takes the role X had as the subject (README: a unit stands for
    // its owner).
    if (inThingInclusion(tokens, i) >= 0) {
      const owner = parentOf?.(id);
      if (owner && inSubject(t) && clause.type !== 'aside') out.push([owner, content ? 'agent' : 'mentioned']);
      return out.push([id, 'mentioned']);
    }
    // "在《与X同行》一文中", "《X十年》": a company or a person named inside a longer title is what
    // the work is about, not a party to the act (a work, law or product titled so is itself).
    if (insideTitle(tokens, i) && TITLED_PARTY_TYPES.has(typeOf?.(id) ?? '')) return out.push([id, 'mentioned']);
    if (listed.has(t)) return out.push([id, 'listed']);
    if (subject?.kind === 'entity' && subject.described?.includes(id) && !afterVerb) return out.push([id, 'mentioned']);
    if (!afterVerb && eventOwned(tokens, i)) return out.push([id, 'mentioned']);
    // "X的母公司Y股价下跌", "X的竞争对手Y宣布扩产": before the predicate, a name whose parent, rival
    // or supplier the tie noun after it names is only mentioned, and the other party acts in its
    // place (passing.ts tiedOtherParty).
    if (!afterVerb && inSubject(t) && tiedOtherParty(tokens, i) !== null) return out.push([id, 'mentioned']);
    if (!afterVerb && apposedToTie(i)) return out.push([id, 'agent']);
    // ("针对X、Y等平台的问题，…": a name inside a fronted frame of what is dealt with is its topic,
    // even where the subject reader took the last of a list there for the subject.)
    if (clause.type !== 'content' && inSubject(t) && aboutTopicFrame(clause, tokens, i))
      return out.push([id, 'object']);
    if (clause.type !== 'content' && inSubject(t)) return out.push([id, 'agent']);
    if (clause.type !== 'content' && isHead(t)) return out.push([id, 'object']);
    // (Before the predicate, X的Pi is the subject's owner, and X acts through it.)
    if (afterVerb && ownsUnlistedProduct(tokens, i)) return out.push([id, 'mentioned']);
    // "通过X的验证", "打进X的供应链", "对X的规则展开调查": X owns the other side's check, order or
    // standard that the subject passes, enters or acts on, so X is the counterpart (even when a
    // name only says what the head is for: 打进X的Nova供应链).
    if (content && clause.type === 'content' && !inSubject(t) && !purpose && !denied && ownsCounterpartAct(tokens, i))
      return out.push([id, 'object']);
    // "仅次于X的Y", "比X的Y晚", "超过X旗下的Y": the owner of a named head is named in passing; the
    // head takes the role (README: X的Y → X mentioned).
    if (namedHeadAfter(tokens, i) && !inSubject(t)) return out.push([id, 'mentioned']);
    // "采用了与X相同的架构", "获得与X相若的保护水平": a likeness inside a modifier of a noun only says
    // what the noun is like, and X is named in passing (as in 类X, 对标X); a likeness that is the
    // predicate (其性能与X相当) still compares, with X the counterpart.
    if (likenessModifier(tokens, i) || copiedFrom(tokens, i)) return out.push([id, 'mentioned']);
    if (clause.comparison) return out.push([id, 'object']);
    // "X超过Y", "X落后于Y的一半": the standard of a comparison is the counterpart.
    if (content && clause.type === 'content' && standardAt(tokens, i) && !inSubject(t)) return out.push([id, 'object']);
    // "面对X的进攻，…", "面临X、Y等产品的强力竞争": the rival whose pressure is faced is the counterpart.
    if (clause.type !== 'aside' && confrontedRival(tokens, i)) return out.push([id, 'object']);
    // "针对X的垄断问题，…", "对于X，Y表示…", "关于X的收购传闻，…": a name in a fronted frame of what
    // the proposition answers or deals with is its topic, the counterpart (README: a company that is
    // only the topic of a view is `object`).
    if (aboutTopicFrame(clause, tokens, i)) return out.push([id, 'object']);
    if (!content || clause.type !== 'content') return out.push([id, 'mentioned']);
    // ("陈磊是X最早的合作伙伴之一": a name right after a copula that a tie noun follows is the
    // counterpart of the tie even where no name before the copula leaves it the subject.)
    if (tiedByCopula(tokens, i)) return out.push([id, 'object']);
    if (inSubject(t) || (subject?.kind === 'entity' && subject.ids.includes(id) && !afterVerb))
      return out.push([id, 'agent']);
    if (isHead(t) || isPartner(t)) return out.push([id, 'object']);
    // "向X开发者开放…", "入驻X的应用商店": X's users or X's venue are named, not X (passing.ts).
    if (usersOf(tokens, i) || venueOf(tokens, i)) return out.push([id, 'mentioned']);
    if (purpose || denied) return out.push([id, 'mentioned']);
    // "Y接入了X", "将X整合进Y", "核心成员多来自X", "成为X今年业绩的增长引擎": a model built in, a
    // place of origin and the owner of a copula's complement are only mentioned (passing.ts).
    // (The owner of a complement only where a named subject is what the claim is about: "折叠屏市场
    // 是X的主场" is about X.)
    if (
      (integratedTool(tokens, i, typeOf?.(id)) && foreignTool(id)) ||
      originOnly(tokens, i) ||
      (subject?.kind === 'entity' && ownerInComplement(tokens, i))
    )
      return out.push([id, 'mentioned']);
    // "此次处罚距离X对Y启动审查已一年多", "这距X宣布…仅三个月": after a verb of distance in time, a
    // name opening a clause of its own (a verb or a counterpart preposition next) is that event's doer.
    if (embeddedAfterDistance(tokens, i)) return out.push([id, 'agent']);
    // "法官裁定X构成垄断", "调查认定X存在违规": with no named finder, the name a finding verb takes
    // as the subject of its clause is the doer of the conduct found (README: a court's finding of
    // conduct makes the company `agent`).
    if (subject?.kind !== 'entity' && foundToAct(tokens, i)) return out.push([id, 'agent']);
    // "此举使X成为…", "价格战让X陷入亏损": with no named causer, the one made to act is the actor.
    if (causee(tokens, i) && subject?.kind !== 'entity') return out.push([id, 'agent']);
    // "X的降价让Y压力倍增": with a named causer, the one it makes do or undergo something is acted on.
    if (afterVerb && verb && CAUSATIVE.test(verb.word) && causee(tokens, i)) return out.push([id, 'object']);
    // "收购X旗下的芯片业务", "买下X的云计算部门": what is taken is X's unit, so X is the party it is
    // taken from, the counterpart (README: the acquired company is the object).
    if (afterVerb && verb && acquiredUnitOf(tokens, i, verb)) return out.push([id, 'object']);
    // "受X委托开发…", "应X邀请": the party an act is done for or at the request of is its counterpart.
    if (commissionedBy(tokens, i)) return out.push([id, 'object']);
    // "责令X限期整改", "要求X停止…", "允许X接入…": right after a verb of ordering or permitting,
    // the name is the one ordered (the pivot), the act's counterpart, whatever noun follows it.
    if (afterVerb && verb === tokens[i - 1] && ORDERING.test(tokens[i - 1]!.word)) return out.push([id, 'object']);
    // "传闻推动X股价走高", "将决定X下一轮的估值": the owner of a metric the clause is about is its
    // actor when no name is the subject, else the counterpart.
    if (ownsMetric(tokens, i)) return out.push([id, subject?.kind === 'entity' ? 'object' : 'agent']);
    // ("是X最有力的竞争对手": the tie is named after a stative verb, which is no relative clause.)
    if (tiedByCopula(tokens, i)) return out.push([id, 'object']);
    // "推出了名为X的大模型", "收购一家名叫X的公司": the name a verb of naming gives the head noun is
    // that noun in apposition, and takes its role: the predicate's object.
    if (namedAsHead(tokens, i, clause.from)) return out.push([id, 'object']);
    if (describesObject(tokens, i) || objectOfCountedRelative(tokens, i)) return out.push([id, 'mentioned']);
    if (inRelativeClause(tokens, i)) return out.push([id, 'mentioned']);
    if (preposition === '把' && !isModifier(tokens, t)) return out.push([id, 'object']);
    // "使用了X芯片打造…": what a serial verb uses is its means, not its counterpart.
    if (preposition && INSTRUMENT.test(preposition)) return out.push([id, 'mentioned']);
    // ("使用了上万张X芯片打造…": only where a second predicate follows the thing used.)
    if (preposition && SERIAL_USE.test(preposition) && secondVerbAfter(tokens, i)) return out.push([id, 'mentioned']);
    // "由X领投", "由X开发的Y": 由 names who does it.
    if (preposition === '由' && !isModifier(tokens, t)) return out.push([id, 'agent']);
    // "向X员工抛出橄榄枝", "向X的工程师发出邀约": X's own staff, the preposition's object, are part
    // of X, which the act is aimed at (users or customers of X are not: 开放给X使用者).
    if (preposition && COUNTERPART_PREPOSITION.test(preposition) && staffOf(tokens, i)) return out.push([id, 'object']);
    // "开放给所有X使用者": a name modifying the preposition's object only describes it.
    if (preposition && COUNTERPART_PREPOSITION.test(preposition) && isModifier(tokens, t))
      return out.push([id, 'mentioned']);
    // "给X的前景带来…": X owns the counterpart (a plain noun), and is not it; before a verbal
    // noun ("对X的投资") X is what the act is done to.
    if (
      preposition &&
      COUNTERPART_PREPOSITION.test(preposition) &&
      tokens[i + 1]?.word === '的' &&
      tokens[i + 2]?.tag === 'n' &&
      !tokens[i + 2]!.entityId &&
      !JOINT_NOUN.test(tokens[i + 2]!.word) &&
      // ("与X的差距": what lies between is the tie, and X its counterpart.)
      !RELATION_NOUN.test(tokens[i + 2]!.word) &&
      // ("对X的全资收购", "对X的反垄断调查": a noun before an act only says what kind of act it is.)
      !actAfterModifier(tokens, i + 2)
    )
      return out.push([id, 'mentioned']);
    if (preposition && COUNTERPART_PREPOSITION.test(preposition)) return out.push([id, 'object']);
    // "从X挖角", "从X手中收购": what is taken from X takes it from X, the counterpart.
    if ((preposition === '从' || preposition === '自') && takenFrom(tokens, i)) return out.push([id, 'object']);
    if (preposition && SCENE_PREPOSITION.test(preposition)) return out.push([id, 'mentioned']);
    if (isModifier(tokens, t)) return out.push([id, 'mentioned']);
    if (tiedByCopula(tokens, i)) return out.push([id, 'object']);
    if (afterVerb && namesKindOf(tokens, i, typeOf?.(id))) return out.push([id, 'mentioned']);
    if (afterVerb && ownerOnly(tokens, i, verb)) return out.push([id, 'mentioned']);
    if (afterVerb) return out.push([id, 'object']);
    return out.push([id, 'mentioned']);
  });
  return out;
}

/**
 * "苹果…并与OpenAI合作，将ChatGPT接入Siri": once the proposition's actor is known (a zero subject
 * carried from the sentence before, or a pronoun), a model or product it builds in
 * (integratedTool) whose known maker is another is only mentioned, as under a named subject that
 * is not its maker (clauseRoles); a maker building in its own model still acts on it.
 */
export function toolsBuiltInByOthers(
  tokens: Token[],
  roles: Map<string, Role>,
  agentId: string | null,
  context: Pick<ExtractContext, 'typeOf' | 'parentOf'>,
): void {
  if (!agentId || roles.get(agentId) !== 'agent') return;
  const group = (id: string | undefined) => (id ? [id, context.parentOf?.(id)] : []);
  tokens.forEach((t, i) => {
    const id = t.entityId;
    if (!id || id === agentId || roles.get(id) !== 'object') return;
    const maker = context.parentOf?.(id);
    if (!maker || group(agentId).includes(maker) || group(maker).includes(agentId)) return;
    if (integratedTool(tokens, i, context.typeOf?.(id))) roles.set(id, 'mentioned');
  });
}

/** Verbs that give a noun its name: 名为, 名叫, 叫做, 命名为, 代号为. */
const NAMING = /^(名为|名叫|叫做|叫作|取名|命名为|名称为|代号为|代号|称作)$/;

/**
 * "推出了名为X的大模型", "发布一款名为「X」的模型", "收购了一家叫做X的公司": a name after a verb of
 * naming and before 的 and the head noun, after a predicate of its own before the naming verb.
 */
function namedAsHead(tokens: Token[], i: number, from: number): boolean {
  let k = i - 1;
  while (k > from && /^[“「『"《]$/.test(tokens[k]!.word)) k--;
  if (!NAMING.test(tokens[k]?.word ?? '')) return false;
  let after = i + 1;
  while (/^[”」』"》]$/.test(tokens[after]?.word ?? '')) after++;
  if (tokens[after]?.word !== '的' || tokens[after + 1]?.entityId) return false;
  for (let v = from; v < k; v++) if (!NAMING.test(tokens[v]!.word) && isPredicate(tokens, v)) return true;
  return false;
}

/** Nouns of an entity's coming into being or into view: 出现, 发布, 问世, 爆红. */
const COMING_EVENT = /^(出现|发布|推出|成立|上线|问世|面世|爆火|爆红|走红|崛起|入局|诞生|横空出世|亮相|登场)$/;

/**
 * "X的出现等于发现新大陆", "X的发布，让…", "X的爆红带动了…": before the predicate, X的 and a noun of
 * its coming (then a comma, an adverb or a verb) make that event the subject; what the claim says is
 * what the event means or brings about, and X only owns it (README: 「X的爆紅」 and 从X发布至今 are
 * names in a non-actor sense).
 */
function eventOwned(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.word !== '的' || !COMING_EVENT.test(tokens[i + 2]?.word ?? '')) return false;
  // The predicate decides: an event likened to something (等于, 好比, 意味着) or one that makes a
  // named party act (让Y掌握…, Y then the actor) is not X's act; one that brings something about
  // with no party named (X的崛起带动了供应链) is still told of X, as editors annotate it.
  // (Set off by a comma, "X的成立，…", the event is the topic the clause after it comments on.)
  if (!tokens[i + 3] || isPunct(tokens[i + 3]!)) return true;
  for (let k = i + 3; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (LIKENING.test(t.word)) return true;
    if (CAUSATIVE.test(t.word)) return !!tokens[k + 1]?.entityId;
    if (isVerb(t) && !/^(d|c)$/.test(t.tag)) return false;
  }
  return false;
}

/** Predicates that liken or equate the subject to something: 等于, 好比, 意味着, 标志着. */
const LIKENING = /^(等于|等同于|好比|如同|犹如|相当于|意味着|标志着|象征着)$/;

/** Verbs of passing, entering or winning what another party sets or gives: 通过, 打进, 符合, 拿下. */
const PASSING =
  /^(通过|进|打进|进入|打入|挤进|切入|跻身|获得|获|拿下|拿到|赢得|取得|斩获|接获|收到|符合|满足|达到|达不到|不符合)$/;

/** Nouns for a party's check, order, supply chain or standard, which another passes, wins or meets. */
const COUNTERPART_ACT =
  /^(验证|认证|测试|审核|审查|批准|许可|核准|检测|评测|考核|订单|大单|采购|供应链|认可|要求|标准|规则|规定|规范|门槛)$/;

/**
 * "通过X的验证", "打进X的HBM供应链", "拿下X的大单", "符合X的要求", "对X的规则展开调查": after a
 * verb of passing, entering or winning (or the preposition 对/针对), X的 and a noun (a few
 * modifiers, a name among them, may come first) for X's check, order, supply chain or standard make X the party on
 * the other side of the act. A possessor of any other noun keeps its other readings.
 */
function ownsCounterpartAct(tokens: Token[], i: number): boolean {
  let v = i - 1;
  while (v >= 0 && /^(了|过)$/.test(tokens[v]!.word)) v--;
  const before = tokens[v];
  if (!before || !(PASSING.test(before.word) || (/^(对|针对)$/.test(before.word) && before.tag === 'p'))) return false;
  // ("打入X供应链", "通过X认证": the noun may follow the name with no 的.)
  const next = tokens[i + 1];
  if (next && !next.entityId && COUNTERPART_ACT.test(next.word) && PASSING.test(before.word))
    return !/^(n[a-z]*|eng|vn|ENT)$/.test(tokens[i + 2]?.tag ?? '');
  if (next?.word !== '的') return false;
  let k = i + 2;
  for (; k <= i + 4 && tokens[k] && /^(n|nz|eng|b|vn|v|a|an|ENT)$/.test(tokens[k]!.tag); k++)
    if (COUNTERPART_ACT.test(tokens[k]!.word)) return !/^(n[a-z]*|eng|vn|ENT)$/.test(tokens[k + 1]?.tag ?? '');
  return false;
}

/**
 * "X的Y", "X旗下的Y", "X的开源模型Y": after the name at `i` comes 的 and, within a few nouns that
 * say what it is, another name: X owns the named head.
 */
function namedHeadAfter(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.word === '旗下') k++;
  if (tokens[k]?.word !== '的') return false;
  for (k++; k <= i + 5 && tokens[k]; k++) {
    if (tokens[k]!.entityId) return !isTyped(tokens, tokens[k]!);
    if (!/^(n[a-z]*|eng|b|vn)$/.test(tokens[k]!.tag)) return false;
  }
  return false;
}

/**
 * "领先X的Claude与Y的Gemini": a name before 的 and a product name the gazetteer lacks (a Latin word,
 * not a size like 72B, a round's letter nor a common noun like AI) is that product's owner, named in passing; the
 * product is what the verb is about.
 */
function ownsUnlistedProduct(tokens: Token[], i: number): boolean {
  const head = tokens[i + 2];
  if (tokens[i + 1]?.word !== '的' || !head || head.tag !== 'eng' || head.entityId) return false;
  // A round's letter (X的B轮融资) is one letter; a product name is a word.
  return /^[a-z][a-z0-9]/i.test(head.word) && !GENERIC_LATIN.test(head.word);
}

/** Causative verbs: the name after them does what the verb after it says (使X成为, 让X陷入). */
const CAUSATIVE = /^(使|使得|让|令|促使|迫使|逼使|驱使|导致|助力|帮助|协助|有助于|有利于)$/;

/** Whether the name at `i` is made to act: a causative verb before it, a verb (or an adverb) after it. */
function causee(tokens: Token[], i: number): boolean {
  if (!CAUSATIVE.test(tokens[i - 1]?.word ?? '')) return false;
  // "使得X的估值缩水": X's figure or part is made to act, and so X is.
  let k = i + 1;
  if (tokens[k]?.word === '的')
    while (tokens[k + 1] && /^(n|vn|a)/.test(tokens[k + 1]!.tag) && !tokens[k + 1]!.entityId) k++;
  let next = tokens[k === i + 1 ? k : k + 1];
  // ("帮助X“加快…”": quotation marks may open what X is made to do.)
  if (next && /^[“「『"]$/.test(next.word)) next = tokens[tokens.indexOf(next) + 1];
  // ("迫使X重新检讨": an adjective standing as an adverb before the verb, 重新/a, 尽快/a.)
  const then = next && tokens[tokens.indexOf(next) + 1];
  if (next?.tag === 'a' && !next.entityId && then && isVerb(then)) next = then;
  // ("让X压力倍增": a subject-predicate phrase, a noun and its verb, is what X is made to undergo.)
  const after = next && tokens[tokens.indexOf(next) + 1];
  if (next?.tag === 'n' && !next.entityId && after && (isVerb(after) || /^(a|d|ad)$/.test(after.tag))) next = after;
  return !!next && (isVerb(next) || /^(d|ad)$/.test(next.tag));
}

/** Verbs of taking people or assets away from a party: 挖角, 收购, 买下, 接手. */
const TAKING = /^(挖角|挖走|挖来|挖|抢走|夺走|收购|并购|买下|买断|购入|购得|接手|接管|赎回|回购)$/;

/** Verbs of obtaining or buying from a source: 从X获得订单, 自X取得授权, 从X采购芯片. */
const OBTAINING = /^(获得|获取|取得|拿到|赢得|获|接获|得到|采购|购买|购入|进口|引进|租用|订购)$/;

/**
 * "从X挖角", "从X手中收购", "从X获得订单", "自X采购芯片": the name after 从/自 at `i` is who the verb
 * right after it takes, obtains or buys from: the source, the act's counterpart.
 */
function takenFrom(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (/^(手中|手上|手里|那里|处|方面)$/.test(tokens[k]?.word ?? '')) k++;
  // (Adverbs of time or manner may come between: 从X陆续采购, 从X先后获得.)
  while (tokens[k] && /^(d|ad)$/.test(tokens[k]!.tag) && !tokens[k]!.entityId) k++;
  return TAKING.test(tokens[k]?.word ?? '') || OBTAINING.test(tokens[k]?.word ?? '');
}

/**
 * "收购X旗下的Y业务", "并购X的晶片部门", "买下X旗下两家工厂": right after a verb of taking (了 between),
 * X then 旗下 (的) or 的 and a common noun (no name): what is taken is X's, and X is its counterpart.
 */
function acquiredUnitOf(tokens: Token[], i: number, verb: Token): boolean {
  if (!TAKING.test(verb.word)) return false;
  let v = i - 1;
  while (v >= 0 && /^(了|过)$/.test(tokens[v]!.word)) v--;
  if (tokens[v] !== verb) return false;
  let k = i + 1;
  if (tokens[k]?.word === '旗下') k++;
  else if (tokens[k]?.word !== '的') return false;
  if (tokens[k]?.word === '的') k++;
  // (A count may stand first: 旗下两家工厂.)
  while (tokens[k] && /^(m|q|mq)$/.test(tokens[k]!.tag)) k++;
  const head = tokens[k];
  return !!head && !head.entityId && /^(n[a-z]*|vn|eng|l)$/.test(head.tag);
}

/** Whether the name at `i` opens the event a verb of distance in time (距离, 距) measures from. */
function embeddedAfterDistance(tokens: Token[], i: number): boolean {
  if (!/^(距离|距|离)$/.test(tokens[i - 1]?.word ?? '')) return false;
  let k = i + 1;
  while (tokens[k] && /^(d|t)$/.test(tokens[k]!.tag) && !tokens[k]!.entityId) k++;
  const next = tokens[k];
  return !!next && (isVerb(next) || (next.tag === 'p' && COUNTERPART_PREPOSITION.test(next.word)));
}

/** Verbs of facing a rival's pressure: 面对, 面临, 迎战. */
const CONFRONTING = /^(面对|面临|迎战|应对|遭遇)$/;

/** Nouns of a rival's pressure: 竞争, 进攻, 攻势, 挑战, 冲击. */
const RIVALRY = /(竞争|进攻|攻势|挑战|冲击|围剿|夹击|追赶|威胁|挤压)$/;

/**
 * "面对X的进攻", "面临X、Y等产品的强力竞争", "面对来自X的挑战": the name at `i` follows a verb of
 * facing (other names, joiners and 来自 between) and owns, after 的 and a few modifiers, a noun of a
 * rival's pressure.
 */
function confrontedRival(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.entityId || LIST_JOINERS.test(tokens[k]!.word) || tokens[k]!.word === '来自')) k--;
  if (!CONFRONTING.test(tokens[k]?.word ?? '')) return false;
  let n = i + 1;
  while (tokens[n] && tokens[n]!.word !== '的' && !isPunct(tokens[n]!) && n <= i + 8) {
    // (Only more names of the list, 等 and a noun of their kind: 等产品, 在到店团购业务.)
    if (isVerb(tokens[n]!) && !/^(在)$/.test(tokens[n]!.word)) return false;
    n++;
  }
  if (tokens[n]?.word !== '的') return false;
  for (let m = n + 1; m <= n + 4 && tokens[m] && !isPunct(tokens[m]!); m++)
    if (RIVALRY.test(tokens[m]!.word)) return true;
  return false;
}

/**
 * A scene clause opened by a preposition of what is dealt with (针对, 对于, 关于, 就) that is no
 * frame of viewpoint (对X而言, 对于X来说 say whose view or stake it is; aboutFrame reads those).
 */
function aboutTopicFrame(clause: Clause, tokens: Token[], i: number): boolean {
  if (clause.type !== 'scene' && clause.type !== 'topic' && clause.type !== 'content') return false;
  const words = clause.tokens.slice(clause.from);
  const body = words.filter((t) => !isPunct(t));
  const first = body[0];
  if (!first || !(/^(针对|对于|关于)$/.test(first.word) || (first.word === '就' && first.tag === 'p'))) return false;
  if (/^(而言|来说|看来|来看)$/.test(body[body.length - 1]!.word)) return false;
  // (A name that is the subject of a verb in the frame, or comes after one, is in a rumour or an
  // event answered, and stays in it: "对于网传X调用了…的说法", "对于X缺席的原因"; "关于X的收购传闻"
  // is about X.)
  const at = body.findIndex((t) => t.start === tokens[i]!.start);
  if (at < 0 || body.slice(1, at).some(isVerb)) return false;
  let n = at + 1;
  while (body[n] && (body[n]!.entityId || LIST_JOINERS.test(body[n]!.word) || /^等/.test(body[n]!.word))) n++;
  // (After a list's 等, one noun of their kind: 针对X、Y等平台的问题.)
  if (/^等/.test(body[n - 1]?.word ?? '') && /^n/.test(body[n]?.tag ?? '') && !body[n]!.entityId) n++;
  // (Only the name alone or its possessive 的: "X缺席的原因" has X the subject of what is answered.)
  if (body[n] && body[n]!.word !== '的') return false;
  // (A clause read as content is a frame only when a comma closes it and it is a noun phrase, X的
  // and a common noun: "针对X的垄断问题，…"; "针对X推出Y" is a proposition.)
  if (clause.type !== 'content') return true;
  const last = body[body.length - 1]!;
  return (
    /^[，,]$/.test(words[words.length - 1]?.word ?? '') &&
    body.some((t) => t.word === '的') &&
    !last.entityId &&
    /^(n|nz|vn|ng)$/.test(last.tag)
  );
}

/** Nouns for a company's own staff: 员工, 工程师, 研究员, 高管, 团队. */
const STAFF = /^(员工|雇员|工程师|研究员|研究人员|技术人员|高管|高层|骨干|人才|团队|核心团队|核心成员)$/;

/** Whether the name at `i` is followed (的 between or not) by a noun of its own staff. */
function staffOf(tokens: Token[], i: number): boolean {
  const k = tokens[i + 1]?.word === '的' ? i + 2 : i + 1;
  return STAFF.test(tokens[k]?.word ?? '');
}

/** Verbs of a finding or ruling that take a clause: 裁定, 认定, 判定, 查明. */
const FINDING = /^(裁定|认定|判定|裁决|判决|查明|查实|证实|判)$/;

/**
 * Whether the name at `i`, right after a verb of finding, is the subject of the clause it takes: a
 * verb follows it (adverbs and a frame of place between), before any other name or punctuation.
 */
function foundToAct(tokens: Token[], i: number): boolean {
  if (!FINDING.test(tokens[i - 1]?.word ?? '') || tokens[i + 1]?.word === '的') return false;
  for (let k = i + 1; k <= i + 8 && tokens[k] && !isPunct(tokens[k]!); k++) {
    if (tokens[k]!.entityId) return false;
    if (isVerb(tokens[k]!)) return true;
  }
  return false;
}

/** Verbs of ordering, asking or permitting another party to act (a pivot construction). */
const ORDERING = /^(责令|勒令|命令|要求|责成|敦促|督促|委托|授权|允许|批准|准许|禁止|叫停|约谈)$/;

/** Nouns of a commission or request: 受X委托, 应X邀请. */
const COMMISSION = /^(委托|邀请|聘请|委派|嘱托|请求)$/;

/** Whether the name at `i` is who commissions or invites: 受X委托, 应X邀请, 受X之托. */
function commissionedBy(tokens: Token[], i: number): boolean {
  if (!/^(受|受到|应)$/.test(tokens[i - 1]?.word ?? '')) return false;
  let k = i + 1;
  if (tokens[k]?.word === '的' || tokens[k]?.word === '之') k++;
  return COMMISSION.test(tokens[k]?.word ?? '') || tokens[k]?.word === '托';
}

/** Acts done to a party that a noun may qualify: 全资收购, 反垄断调查, 专利诉讼. */
const ACT_ON = /^(收购|并购|投资|注资|入股|调查|起诉|诉讼|罚款|处罚|制裁|审查|控告|指控|封禁|禁令|限制)$/;

/** Whether the noun at `k` (after X的) qualifies an act right after it: 对X的全资/n 收购. */
function actAfterModifier(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return !!next && !next.entityId && (next.tag === 'vn' || ACT_ON.test(next.word));
}

/** Nouns for a tie to another party: 对手, 合作伙伴, 股东, 子公司. */
const TIE_NOUN =
  /^(对手|竞争对手|劲敌|伙伴|合作伙伴|盟友|客户|大客户|供应商|股东|大股东|投资方|投资者|投资人|子公司|母公司|继任者|竞品|创始人|创办人|联合创始人|联合创办人|创始成员)$/;

/**
 * "Y是X最大的竞争对手", "Y是X的股东": after a copula, the name whose tie the subject is named by
 * is the subject's counterpart (a copula is no predicate for the names after it otherwise).
 */
function tiedByCopula(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  // ("Y被视为X最有力的对手", "把Y看作X的伙伴": a verb of construal ties them as a copula does.)
  const construed = !!before && CONSTRUAL.test((tokens[i - 2]?.word ?? '') + before.word);
  if (!before || !(isCopula(before) || CONSTRUAL.test(before.word) || construed)) return false;
  // ("是X在华东最大的竞争对手": a phrase of place and adjectives may come between, and so may a
  // stative verb closed by 的: 最有力的.)
  for (let k = i + 1; k <= i + 6 && tokens[k]; k++) {
    if (TIE_NOUN.test(tokens[k]!.word)) return true;
    // ("联合/创办人": jieba cuts a joint title in two.)
    if (/^(联合|共同)$/.test(tokens[k]!.word) && TIE_NOUN.test(tokens[k + 1]?.word ?? '')) return true;
    const modifying = isVerb(tokens[k]!) && tokens[k + 1]?.word === '的';
    if (tokens[k]!.entityId || isPunct(tokens[k]!) || (isVerb(tokens[k]!) && !modifying)) return false;
  }
  return false;
}

/**
 * "是其最大的外部股东", "是这家公司的客户": a pronoun (or a demonstrative noun phrase) right after a
 * copula that owns a tie noun a few words on; its word and where it is, or null.
 */
export function tiedPronoun(tokens: Token[]): { word: string; at: number; start: number } | null {
  for (let k = 1; k < tokens.length; k++) {
    if (!isCopula(tokens[k - 1]!)) continue;
    const pronoun = pronounAt(tokens, k);
    if (!pronoun || PAIR.test(pronoun.word)) continue;
    for (let m = k + pronoun.length; m <= k + pronoun.length + 5 && tokens[m]; m++) {
      const t = tokens[m]!;
      if (TIE_NOUN.test(t.word)) return { word: pronoun.word, at: k, start: tokens[k]!.start };
      const modifying = isVerb(t) && tokens[m + 1]?.word === '的';
      if (t.entityId || isPunct(t) || (isVerb(t) && !modifying)) break;
    }
  }
  return null;
}

/**
 * "其最大的外部股东是X", "该公司的大客户为X": a subject that is a pronoun owning a tie noun, then a
 * copula and a name: the name holds the tie (X is the shareholder) and the pronoun's referent is
 * its counterpart, as in "X是其股东". The pronoun's word, where it is, and the name's index, or null.
 */
export function tieSubject(tokens: Token[]): { word: string; start: number; holder: number } | null {
  const k = tokens.findIndex((t) => !isPunct(t) && !/^(而|但|但是|不过|且|目前|如今|此前)$/.test(t.word));
  if (k < 0) return null;
  const pronoun = pronounAt(tokens, k);
  if (!pronoun || PAIR.test(pronoun.word)) return null;
  for (let m = k + pronoun.length; m <= k + pronoun.length + 5 && tokens[m]; m++) {
    const t = tokens[m]!;
    if (TIE_NOUN.test(t.word)) {
      let c = m + 1;
      while (tokens[c] && /^(d)$/.test(tokens[c]!.tag)) c++;
      if (!tokens[c] || !(isCopula(tokens[c]!) || tokens[c]!.word === '为')) return null;
      const name = tokens[c + 1];
      return name?.entityId ? { word: pronoun.word, start: tokens[k]!.start, holder: c + 1 } : null;
    }
    const modifying = isVerb(t) && tokens[m + 1]?.word === '的';
    if (t.entityId || isPunct(t) || (isVerb(t) && !modifying)) return null;
  }
  return null;
}

/**
 * Verbs of using or acquiring a supply (使用, 采用, 搭载, 采购), and of building on or fitting it
 * (基于, 接入, 兼容, 适配): the thing is used, its maker supplies it.
 */
const USING =
  /^(使用|采用|搭载|用上|调用|部署|引入|租用|购买|采购|获取|囤积|依赖|兼容|适配|对接|接入|集成|整合|内置|基于)$/;

/**
 * "使用了X的芯片", "采购了X未来两年的产能": after a verb of using, a name before 的 (a time word
 * may come between) is the maker of what is used, named in passing; X's own version (X的新版本)
 * or a tie to X (X的对手) is still X.
 */
function ownerOnly(tokens: Token[], i: number, verb: Token | null): boolean {
  if (!verb || !USING.test(verb.word)) return false;
  let k = i + 1;
  while (tokens[k] && /^(t|m|q|mq)$/.test(tokens[k]!.tag) && !tokens[k]!.entityId) k++;
  if (tokens[k]?.word !== '的') return false;
  const head: Token[] = [];
  for (k++; tokens[k] && /^(n[a-z]*|vn|eng|a|b|j|l|m|q)$/.test(tokens[k]!.tag); k++) head.push(tokens[k]!);
  if (!head.length || head.some((h) => h.entityId)) return false;
  return !head.some((h) => SELF_OR_STAKE.test(h.word) || /版本?$/.test(h.word) || RELATION_NOUN.test(h.word));
}

/**
 * Verbs of copying or following another's way: 复制, 效仿, 借鉴, 学习 — what is copied (X的模式,
 * X的做法) is X's, and X only the model followed, named in passing.
 */
const COPYING = /^(复制|效仿|仿效|模仿|仿照|借鉴|学习|照搬|复刻|沿用|抄袭|跟随|追随|紧跟)$/;

/**
 * "复制了X的模式", "借鉴A与B的合作模式", "紧跟X的步伐": the name at `i` (alone, or one of two joined
 * by 与/和) owns what a verb of copying takes, a way or a model (a plain noun after 的; a tie noun
 * before another, 合作模式, only says which way).
 */
function copiedFrom(tokens: Token[], i: number): boolean {
  let first = i;
  if (/^(与|和|及)$/.test(tokens[i - 1]?.word ?? '') && tokens[i - 2]?.entityId) first = i - 2;
  let v = first - 1;
  if (tokens[v]?.word === '了') v--;
  if (!COPYING.test(tokens[v]?.word ?? '')) return false;
  let k = first === i && /^(与|和|及)$/.test(tokens[i + 1]?.word ?? '') && tokens[i + 2]?.entityId ? i + 3 : i + 1;
  if (tokens[k]?.word !== '的') return false;
  const head: Token[] = [];
  for (k++; tokens[k] && /^(n[a-z]*|vn|eng|a|b|j|l)$/.test(tokens[k]!.tag) && !tokens[k]!.entityId; k++)
    head.push(tokens[k]!);
  if (!head.length || tokens[k]?.entityId) return false;
  return !head.some(
    (h, n) =>
      SELF_OR_STAKE.test(h.word) || /版本?$/.test(h.word) || (RELATION_NOUN.test(h.word) && n === head.length - 1),
  );
}

/** Words of likeness: 相同, 类似, 一样, 相若, 相当. */
const LIKENESS = /^(相同|相似|类似|近似|一样|一致|相若|相当|相近|相仿|同等|同级)$/;

/** Nouns of a level or a degree that a comparison measures: 水平, 水准, 程度. */
const LEVEL = /^(水平|水准|程度|高度|级别|量级|档次)$/;

/** Verbs of reaching a level (not of getting a thing: 获得与X相若的保护水平 only describes it). */
const REACHING = /^(达到|达|达至|追平|赶上|接近|逼近|提升至|提升到|升至|跻身)$/;

/** "与X相同的架构", "和X一样的体验": the name at `i` is the standard of a likeness that modifies a noun. */
function likenessModifier(tokens: Token[], i: number): boolean {
  if (!/^(与|和|跟|同)$/.test(tokens[i - 1]?.word ?? '')) return false;
  if (!LIKENESS.test(tokens[i + 1]?.word ?? '') || tokens[i + 2]?.word !== '的') return false;
  const head = tokens[i + 3];
  if (!head || head.entityId) return false;
  // ("达到与X相当的水平", "追平与X同等的水准": reaching a level like X's is being on a par with X, the
  // predicate of a comparison (其性能与X相当), with X its standard, not a noun's description.)
  if (LEVEL.test(head.word) && REACHING.test(tokens[i - 2]?.word ?? '')) return false;
  // (jieba tags the first noun of a compound a verb: 保护/v 水平/n.)
  return /^(n[a-z]*|vn|eng|a|b)$/.test(head.tag) || (isVerb(head) && /^n/.test(tokens[i + 4]?.tag ?? ''));
}

/** Nouns after a company's name that are the company itself, or a stake in it, or its standing. */
const SELF_OR_STAKE =
  /^(公司|集团|方面|官方|团队|本身|自身|股份|股权|股票|融资|投资|业务|资产|部门|地位|市值|市场|一方|双方)$/;

/**
 * "需要上万张X高端GPU", "整合X技术的新版Y", "获取A100等芯片": after the verb, a company named right
 * before a common noun says whose the thing is (a product named before 等 + noun says what kind);
 * the verb acts on the thing, and the name is mentioned in passing. "收购X公司", "X股份", "X地位"
 * are still X.
 */
function namesKindOf(tokens: Token[], i: number, type: string | undefined): boolean {
  let k = i + 1;
  const example = tokens[k]?.word === '等';
  if (example) k++;
  if (!(example ? !PRODUCT_MAKER_TYPES.has(type ?? '') : PRODUCT_MAKER_TYPES.has(type ?? ''))) return false;
  // An adjective may come first: X高端GPU.
  if (tokens[k]?.tag === 'a' && /^(n|eng)$/.test(tokens[k + 1]?.tag ?? '')) k++;
  if (!/^(n|eng)$/.test(tokens[k]?.tag ?? '')) return false;
  // The noun phrase: "X智能集团" is X's full name; "X手机的安全事件" is about X (its 的 makes a
  // phrase that X's name heads in meaning).
  for (; tokens[k] && /^(n|eng)$/.test(tokens[k]!.tag); k++) {
    const t = tokens[k]!;
    if (t.entityId || SELF_OR_STAKE.test(t.word) || MEMBER_NOUN.test(t.word) || PART_NOUN.test(t.word)) return false;
  }
  return tokens[k]?.word !== '的';
}

/** Words that make the name after them the doer of what happens to the subject. */
const PASSIVE = /^(被|遭|遭到|受到|获得|获|得到|赢得|拿到)$/;

/** After 获得/得到 X 的, only these nouns make X a doer: "获得X的投资". */
const GIVEN = /^(投资|注资|入股|领投|战略投资|青睐|支持|加持|认可)$/;

/**
 * Acts of granting that 获/获得 X takes besides money ("获X授权", "获X邀请", "获得X的采购"): X grants,
 * the subject receives; they name no round, so they give no funding cue. (An approval, 获X批准, is
 * left out: editors make the approved company act in it.)
 */
const GRANTED_ACT = /^(授权|邀请|提名|资助|扶持|力挺|背书|采购|订购|选中|选用)$/;

/**
 * "被X收购", "遭到X的否认", "获得X的投资": the name after a passive marker does the act; the
 * kind comes from the act named after 的 when there is one.
 */
export function passiveFrame(tokens: Token[]): { agent: string; agents: string[]; cue: ClaimKind | null } | null {
  for (let i = 0; i < tokens.length - 1; i++) {
    // "为X所收购", "為X所用": the literary passive 为…所 names its doer between the two.
    if (tokens[i]!.word === '为' && tokens[i + 1]?.entityId && tokens[i + 2]?.word === '所' && tokens[i + 3]) {
      const act = tokens[i + 3]!;
      const cue = KIND_CUES.find(([, pattern]) => pattern.test(act.word))?.[0] ?? null;
      return { agent: tokens[i + 1]!.entityId!, agents: [tokens[i + 1]!.entityId!], cue };
    }
    // "引入X作为战略投资者", "迎来X成为股东": the subject takes X in as its investor; X invests.
    const admitted = admittedInvestor(tokens, i);
    if (admitted) return { agent: admitted, agents: [admitted], cue: 'funding' };
    if (!PASSIVE.test(tokens[i]!.word)) continue;
    let j = /^(了|过)$/.test(tokens[i + 1]!.word) ? i + 2 : i + 1;
    const x = tokens[j];
    if (!x?.entityId) continue;
    // "拿到X和Y(的)投资": joined names give together.
    const agents = [x.entityId];
    while (/^(和|与|及|、)$/.test(tokens[j + 1]?.word ?? '') && tokens[j + 2]?.entityId) {
      agents.push(tokens[j + 2]!.entityId!);
      j += 2;
    }
    // "获得A、B等机构的投资": an open list and a noun for the givers.
    if (/^等等?$/.test(tokens[j + 1]?.word ?? '')) {
      j++;
      while (/^n/.test(tokens[j + 1]?.tag ?? '') && !tokens[j + 1]!.entityId && tokens[j + 2]?.word === '的') j++;
    }
    // "获得X的投资", and with the amount or the round between: "获得X 5亿元B轮投资", or none: "获得X投资".
    let a = j + 1;
    while (tokens[a] && a <= j + 4 && (/^(m|mq|q)$/.test(tokens[a]!.tag) || /轮$/.test(tokens[a]!.word))) a++;
    // ("获X战略投资", "获得X的追加投资": a word of the kind of stake may stand before the act.)
    if (GIVEN_KIND.test(tokens[a]?.word ?? '') && GIVEN.test(tokens[a + 1]?.word ?? '')) a++;
    const possessive = tokens[j + 1]?.word === '的' || GIVEN.test(tokens[a]?.word ?? '');
    const ofAt = GIVEN_KIND.test(tokens[j + 2]?.word ?? '') && GIVEN.test(tokens[j + 3]?.word ?? '') ? j + 3 : j + 2;
    const act = tokens[j + 1]?.word === '的' ? tokens[ofAt] : tokens[a];
    if (!act) continue;
    const granted = /^(获得|获|得到|赢得|拿到)$/.test(tokens[i]!.word);
    const actAt = tokens[j + 1]?.word === '的' ? j + 2 : j + 1;
    // ("获X选为…", "獲X評為…": jieba cuts 选/为 in two.)
    const grant =
      granted &&
      (GRANTED_ACT.test(tokens[actAt]?.word ?? '') ||
        /^(选为|评为|列为|指定为)$/.test((tokens[actAt]?.word ?? '') + (tokens[actAt + 1]?.word ?? '')));
    if (granted && !grant && !(possessive && GIVEN.test(act.word))) continue;
    const cue = KIND_CUES.find(([, pattern]) => pattern.test(act.word))?.[0] ?? null;
    return { agent: x.entityId, agents, cue: granted && !cue && !grant ? 'funding' : cue };
  }
  return null;
}

/** Verbs of taking a party in (引入X作为投资者). */
const ADMITTING = /^(引入|引进|迎来|吸引|接纳)$/;

/** Nouns for a stakeholder that a company takes in: 战略投资者, 股东, 投资方. */
const STAKEHOLDER = /(投资者|投资人|投资方|股东)$/;

/**
 * "引入X作为战略投资者", "引进X为新股东", "迎来X成为第二大股东": a verb of taking in right before
 * the name, then 作为/为/成为 and, a few words on, a noun for an investor or shareholder: the name
 * at `i + 1` invests, and the subject is its investee. The name's id, or null.
 */
function admittedInvestor(tokens: Token[], i: number): string | null {
  const name = tokens[i + 1];
  if (!ADMITTING.test(tokens[i]!.word) || !name?.entityId) return null;
  if (!/^(作为|为|成为)$/.test(tokens[i + 2]?.word ?? '')) return null;
  for (let k = i + 3; k <= i + 6 && tokens[k] && !isPunct(tokens[k]!); k++) {
    if (tokens[k]!.entityId) return null;
    if (STAKEHOLDER.test(tokens[k]!.word)) return name.entityId;
  }
  return null;
}

/** "比Nova慢", "比X高出一倍": 比 before a name compares with it; so do "是X的两倍" and "超过X". */
export function comparesWith(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) => (t.word === '比' && !!tokens[i + 1]?.entityId) || ratioOf(tokens, i) !== null || standardAt(tokens, i),
  );
}

/**
 * Whether the name at `i` is the standard a comparing verb measures against: right after the verb
 * (its 于, 了 or 过 between), alone or as the owner of the figure compared ("超过X的市值").
 */
function standardAt(tokens: Token[], i: number): boolean {
  if (!tokens[i]?.entityId) return false;
  // "仅次于X的Y", "超过X的Y": the standard is the head Y; its owner X is named in passing.
  if (tokens[i + 1]?.word === '的' && tokens[i + 2]?.entityId) return false;
  let k = i - 1;
  if (tokens[k]?.word === '的' && tokens[k - 1]?.entityId) k -= 2;
  // "超过了X", "落后于X", "超过X和Y": an aspect particle, 于, or names joined before it.
  while (k >= 0 && (LIST_JOINERS.test(tokens[k]!.word) || tokens[k]!.entityId) && tokens[k - 1]?.entityId) k -= 2;
  while (k >= 0 && /^(了|过|于)$/.test(tokens[k]!.word)) k--;
  return k >= 0 && (COMPARING.test(tokens[k]!.word) || GRADED_COMPARING.test(tokens[k]!.word));
}

/** "是X的两倍", "只有X的一半": at `i`, the name X a ratio is taken of, or null. */
export function ratioOf(tokens: Token[], i: number): string | null {
  return /^(是|为|只有|仅有|相当于|达到)$/.test(tokens[i]!.word) ? ratioNameAt(tokens, i) : null;
}

/** Words that open a purpose phrase: what follows says what the action is for. */
const PURPOSE = /^(为了|用于|用来|以便|以求|旨在)$/;

/** Verbs of means in a serial-verb phrase: 利用X重塑Y, 借助X实现Y (用X生成 names what it uses, an object). */
const INSTRUMENT = /^(利用|借助|通过|依靠|凭借|借由|经由)$/;

/**
 * Verbs of using a supply that open the first verb of a serial-verb phrase (使用了上万张X芯片打造…,
 * 采用X的芯片训练…): with a second predicate after the thing used, the thing is the means of that
 * act, not its counterpart (as after 利用 / 借助); 用 alone stays out (用X生成 takes X as its object).
 */
const SERIAL_USE = /^(使用|采用|动用|运用)$/;

/** Whether a second predicate follows the thing used at `i` in its clause (not the 等 closing a list of examples). */
function secondVerbAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isPunct(t) && t.word !== '、') return false;
    if (/^等/.test(t.word)) return false;
    // (A whole verb of two or more characters: jieba cuts pieces a verb's tag out of measure
    // words and transliterations, 3奈/vg 米.)
    // (And right after the noun that heads the thing used: 芯片打造, not 最新/a 版本.)
    const head = tokens[k - 1]!;
    if (isPredicate(tokens, k) && t.tag === 'v' && t.word.length >= 2 && (!!head.entityId || /^(n|eng)/.test(head.tag)))
      return true;
  }
  return false;
}

/** "X自去年推出Y以来": a since-frame with no subject of its own, after the clause's subject. */
function ownSince(tokens: Token[], i: number, subject: Subject | null): boolean {
  if (!subject || subject.start > tokens[i]!.start || !/^(自|从|自从)$/.test(tokens[i]!.word)) return false;
  const close = frameClose(tokens, i);
  if (close < 0 || !/^(以来|起)$/.test(tokens[close]!.word)) return false;
  const firstVerb = tokens.findIndex((x, k) => k > i && isVerb(x));
  return !tokens.slice(i + 1, firstVerb < 0 ? close : firstVerb).some((x) => x.entityId);
}

/** Whether a 、 list goes on at `i` ("A同B、C…"). */
function listGoesOn(tokens: Token[], i: number): boolean {
  return tokens[i]?.word === '、' && !!tokens[i + 1]?.entityId;
}

/** Where a bracketed stock code opening at `i` ends (past its closing bracket), or -1: （1234）, (1234.TW). */
function stockCodeAt(tokens: Token[], i: number): number {
  if (!/^[（(]$/.test(tokens[i]?.word ?? '')) return -1;
  let k = i + 1;
  let code = '';
  while (tokens[k] && !/^[）)]$/.test(tokens[k]!.word) && k - i <= 4) code += tokens[k++]!.word;
  return tokens[k] && /^[）)]$/.test(tokens[k]!.word) && /^(\d{4,6}|\d{4,6}\.[A-Z]{2}|[A-Z]{1,5})$/.test(code)
    ? k + 1
    : -1;
}

/** Whether the enumeration going on from `i` has another owner–product pair (X的Y) in it. */
function pairsAhead(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.word === '的') return !!tokens[k + 1]?.entityId;
    if (!t.entityId && !LIST_JOINERS.test(t.word) && !/^[“”「」"]$/.test(t.word)) return false;
  }
  return false;
}

export const EXAMPLE_LEAD = /^(如|比如|例如|譬如|诸如)$/;

export const FRAME_OPENER = /^(在|当|于|从|自|自从|早在|趁)$/;

const FRAME_CLOSER = /^(时|时候|之时|后|之后|以后|前|之前|以前|中|之中|上|以来|至今|为止|之际|期间|里|当中|过程中)$/;

/** Verbs that close a cause frame opened by 受: 受X影响, 受X拖累, 受X带动. */
const CAUSE_CLOSER = /^(影响|拖累|冲击|带动|提振|推动|打压|波及|连累|牵连|刺激|拉动)$/;

/** Where a cause frame opened by 受 at `i` closes (its verb), or -1 when none closes it in the clause. */
function causeClose(tokens: Token[], i: number): number {
  for (let k = i + 1; k < tokens.length && !isPunct(tokens[k]!); k++) if (CAUSE_CLOSER.test(tokens[k]!.word)) return k;
  return -1;
}

/** Where a frame opened at `i` closes (the index of its localizer), or -1 when it does not. */
function frameClose(tokens: Token[], i: number): number {
  let verb = false;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isPunct(t) && !/^[《》“”「」"]$/.test(t.word)) return -1;
    if (FRAME_CLOSER.test(t.word)) return verb ? k : -1;
    if (isVerb(t)) verb = true;
  }
  return -1;
}

export function listMembers(tokens: Token[]): Set<Token> {
  const members = new Set<Token>();
  let run: Token[] = [];
  // "A同B、C、D等": A joined by 同 (会同), the lead agency of a joint act, before a list of 、 leads it
  // and is not one of it; "A与B、C、D共同…" joins peers, all listed.
  let leader: Token | null = null;
  // "微软、Google、Meta、亚马逊等": names the gazetteer lacks still count as members.
  let unnamed = 0;
  const flush = () => {
    if (leader && run.length >= 4) run.shift();
    if (run.length + unnamed >= 3 && run.length >= 1) for (const t of run) members.add(t);
    run = [];
    unnamed = 0;
    leader = null;
  };
  /** A proper noun no entity covers, between list joiners or before 等. */
  const unnamedAt = (k: number) => {
    const w = tokens[k];
    const after = tokens[k + 1]?.word ?? '';
    return (
      !!w &&
      !w.entityId &&
      properName(w) &&
      LIST_JOINERS.test(tokens[k - 1]?.word ?? '') &&
      // ("A、B与Edge浏览器等": a common noun saying what it is may stand before 等.)
      (after === '、' ||
        /^等/.test(after) ||
        // ("A、B与C等": a member may end on the joiner before the last one.)
        (LIST_JOINERS.test(after) && (!!tokens[k + 2]?.entityId || properName(tokens[k + 2] ?? w))) ||
        (/^n$/.test(tokens[k + 1]?.tag ?? '') && /^等/.test(tokens[k + 2]?.word ?? '')))
    );
  };
  // "…、C存储及D通信等": after the list's last joiner, a short item the gazetteer lacks closed by 等
  // is its last member (a name jieba may cut in pieces).
  const closesOnExamples = (k: number): boolean => {
    let j = k;
    while (tokens[j] && j - k < 3 && !tokens[j]!.entityId && !isPunct(tokens[j]!) && !/^等/.test(tokens[j]!.word)) j++;
    return j > k && /^等/.test(tokens[j]?.word ?? '') && tokens.slice(k, j).reduce((n, x) => n + x.word.length, 0) <= 6;
  };
  /**
   * "A、B、闲鱼、饿了么、C等App": between enumeration commas, a short item no entity covers is a
   * member whatever jieba makes of it (a common noun, or a name it cuts into pieces). Returns where
   * the item ends (at the next 、, joiner or 等), or -1.
   */
  const itemEnd = (k: number) => {
    let j = k;
    while (
      tokens[j] &&
      j - k < 3 &&
      !tokens[j]!.entityId &&
      !isPunct(tokens[j]!) &&
      !LIST_JOINERS.test(tokens[j]!.word) &&
      // ("、曹操出行等": the item ends at 等.)
      !/^等/.test(tokens[j]!.word)
    )
      j++;
    const end = tokens[j];
    const closes =
      !!end &&
      (end.word === '、' ||
        /^等/.test(end.word) ||
        (LIST_JOINERS.test(end.word) && (!!tokens[j + 1]?.entityId || closesOnExamples(j + 1))));
    const length = tokens.slice(k, j).reduce((n, x) => n + x.word.length, 0);
    return j > k && closes && length <= 6 ? j : -1;
  };
  /**
   * "A、B和美团，": the last item of an enumeration, after its final joiner, may be a name jieba
   * cuts in pieces (美/ns 团/n); a short item opening on a proper noun and closed by punctuation
   * or the next verb is a member. Returns where it ends, or -1.
   */
  const lastItemEnd = (k: number) => {
    if (!tokens[k] || tokens[k].entityId || !properName(tokens[k])) return -1;
    let j = k + 1;
    if (tokens[j] && !tokens[j]!.entityId && /^(n|nz|ns|nr|eng|j)$/.test(tokens[j]!.tag)) j++;
    const length = tokens.slice(k, j).reduce((n, x) => n + x.word.length, 0);
    const next = tokens[j];
    // (What follows the list: punctuation, its verb, an adverb (均, 都), 的 or 等.)
    const closes = !next || isPunct(next) || isVerb(next) || /^(d|ad|uj|p)$/.test(next.tag) || /^等/.test(next.word);
    return closes && length <= 4 ? j : -1;
  };
  /** An unknown proper noun before 、 that a run of members (with a known name) goes on from. */
  const leadsList = (k: number) => {
    const w = tokens[k]!;
    if (w.entityId || !properName(w)) return false;
    // ("亚马逊、Meta及X": the last unknown one may be joined to the known name by 及/和/与.)
    if (LIST_JOINERS.test(tokens[k + 1]?.word ?? '') && tokens[k + 2]?.entityId && unnamed > 0) return true;
    if (tokens[k + 1]?.word !== '、') return false;
    for (let j = k + 2; j < tokens.length; j += 2) {
      if (tokens[j]!.entityId) return true;
      if (!properName(tokens[j]!)) return false;
      if (LIST_JOINERS.test(tokens[j + 1]?.word ?? '') && tokens[j + 2]?.entityId) return true;
      if (tokens[j + 1]?.word !== '、') return false;
    }
    return false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.entityId) {
      // "苹果Apple Intelligence、微软Copilot": an owner right before its product is not a member.
      if (!tokens[i + 1]?.entityId) run.push(t);
      // ("通义、智谱清言、讯飞星火等App": a name and a short product word the gazetteer lacks, then
      // the list's 、 or 等, are one member.)
      // (jieba may cut the product word in pieces a verb's tag: 清/t 言/vg.)
      const inName = (x: Token | undefined) =>
        !!x &&
        !x.entityId &&
        !isPunct(x) &&
        !LIST_JOINERS.test(x.word) &&
        !/^等/.test(x.word) &&
        (!isVerb(x) || /^(vg|ng|t)$/.test(x.tag));
      let j = i + 1;
      while (j < i + 3 && inName(tokens[j])) j++;
      // ("美团打车、高德打车、曹操出行等": a service named by its verb, 打车/v, right before the 、.)
      const service = tokens[i + 1];
      if (
        j === i + 1 &&
        service &&
        isVerb(service) &&
        !service.entityId &&
        service.word.length === 2 &&
        /^(、|等)$/.test(tokens[i + 2]?.word ?? '')
      )
        j = i + 2;
      const after = tokens[j]?.word ?? '';
      const length = tokens.slice(i + 1, j).reduce((n, x) => n + x.word.length, 0);
      if (j > i + 1 && length <= 3 && (after === '、' || (/^等/.test(after) && run.length > 1))) i = j - 1;
      continue;
    }
    // "A（1234）、B（600123）及C等": a stock code in brackets after a member's name is part of
    // that item (Hong Kong and Taiwan news write listed companies so); the list goes on after it.
    const codeEnd = run.length && tokens[i - 1] === run[run.length - 1] ? stockCodeAt(tokens, i) : -1;
    if (codeEnd > 0) {
      i = codeEnd - 1;
      continue;
    }
    if (run.length && unnamedAt(i)) {
      unnamed++;
      continue;
    }
    // "联合发改委、教育部、A、B等": names the gazetteer lacks may open the list before a known one.
    if (!run.length && leadsList(i)) {
      unnamed++;
      i++; // its 、
      continue;
    }
    if (run.length && LIST_JOINERS.test(t.word) && unnamedAt(i + 1)) continue;
    if (run.length >= 2 && /^(和|与|及|以及)$/.test(t.word) && lastItemEnd(i + 1) > 0) {
      unnamed++;
      i = lastItemEnd(i + 1) - 1;
      continue;
    }
    if (run.length && t.word === '、' && !tokens[i + 1]?.entityId && itemEnd(i + 1) > 0) {
      unnamed++;
      i = itemEnd(i + 1) - 1;
      continue;
    }
    if (run.length && LIST_JOINERS.test(t.word) && tokens[i + 1]?.entityId) {
      if (run.length === 1 && /^(同|会同)$/.test(t.word) && listGoesOn(tokens, i + 2)) leader = run[0]!;
      continue;
    }
    if (run.length && t.word === '的' && tokens[i + 1]?.entityId) {
      // "阿里云的通义万相、华为云的盘古": owners and products in pairs are all in the list;
      // "星辰科技的Nova、Orion": one owner before its products names whose they are, and is not one.
      if (!pairsAhead(tokens, i + 1)) run.pop();
      continue;
    }
    flush();
  }
  flush();
  return members;
}

/**
 * "对X而言，…", "对正在押注Y的X来说", "对X这样的公司来说": the frame names whom the proposition
 * after it is about. The name it ends on (not an example of a kind, X等) is who it is about.
 */
export function aboutFrame(tokens: Token[]): string[] {
  const words = tokens.filter((t) => !isPunct(t));
  if (!/^(对于|对)$/.test(words[0]?.word ?? '') || !/^(而言|来说)$/.test(words[words.length - 1]?.word ?? ''))
    return [];
  // ("对X这样的公司来说" is X itself, though X这样 alone makes a kind.)
  const names = words.filter(
    (t, k) =>
      t.entityId &&
      words[k + 1]?.word !== '等' &&
      (!isTyped(words, t) || /^(这样|这种|这类)$/.test(words[k + 1]?.word ?? '')),
  );
  return names.length ? [names[names.length - 1]!.entityId!] : [];
}

/** Prepositions of what something is about: 有关X的事件 is about X, which nothing there owns. */
const ABOUT = /^(有关|关于|针对|涉及)$/;

/** Verbs of announcing on a company's behalf: 宣布, 公布, 披露, 发布 (not a view: 认为, 表示). */
export const ANNOUNCES_FOR = /(宣布|公布|披露|发布)/;

/**
 * How a gazetteer person speaks in a claim (speaksForCompany), first case that holds:
 * - `as-company`: the words speak as the company (「我们对海外的投入是长期的」);
 * - `own-act-or-view`: what is said is the person's own act or view (他将卸任; 开源模型会越来越落后，闭源才是…);
 * - `announcing`: the person announces it (X创始人Y宣布，两款新模型的价格…下调);
 * - `telling`: none of these, a neutral voice.
 */
export type SpeakingAs = 'as-company' | 'own-act-or-view' | 'announcing' | 'telling';

/**
 * The company a gazetteer person speaks for in a claim (speaker ↦ its gazetteer parent): for a
 * plan told in a neutral voice (modality forecast), or a fact the person announces (`announcing`),
 * where the person is the only actor, and not of the person's own act or view (`own-act-or-view`);
 * also of any modality when the words speak as the company (`as-company`); and of what he tells
 * but does not judge when the text writes him as an officer of a company right before his name
 * (`titledBy`, 星辰科技执行长张明远表示: that company, not his gazetteer parent); else null. (README:
 * a gazetteer executive is `mentioned` when he speaks for his company's act, `agent` of his own
 * views.)
 */
export function speaksForCompany(
  speaker: string,
  modality: Modality,
  roles: ReadonlyMap<string, Role>,
  context: ExtractContext,
  speakingAs: SpeakingAs,
  titledBy: string | null = null,
): string | null {
  if (speakingAs === 'own-act-or-view') return null;
  // (Written as an officer of a company, "X执行长Y表示", he tells X's facts too; a judgement stays his.)
  const titledTelling = !!titledBy && speakingAs === 'telling' && modality !== 'opinion';
  if (
    speakingAs !== 'as-company' &&
    modality !== 'forecast' &&
    !(speakingAs === 'announcing' && modality === 'fact') &&
    !titledTelling
  )
    return null;
  if (context.typeOf?.(speaker) !== 'person' || roles.get(speaker) !== 'agent') return null;
  if ([...roles].some(([id, role]) => role === 'agent' && id !== speaker)) return null;
  const company = titledBy ?? context.parentOf?.(speaker);
  return company && context.typeOf?.(company) === 'company' ? company : null;
}

export function ownersOfPatient(tokens: Token[]): string[] {
  const words = tokens.filter((t) => !isPunct(t));
  const owners = new Set<string>();
  words.forEach((t, k) => {
    if (!t.entityId || isTyped(words, t)) return;
    if (k > 0 && (COUNTERPART_PREPOSITION.test(words[k - 1]!.word) || ABOUT.test(words[k - 1]!.word))) return;
    // ("离开X，当天首席研究官…": the noun phrase X owns does not run on past a comma.)
    if (isPunct(tokens[tokens.indexOf(t) + 1] ?? t)) return;
    // ("要求X出售…", "责令X限期整改": the one ordered is the pivot, whatever word follows it.)
    if (k > 0 && ORDERING.test(words[k - 1]!.word) && /^v/.test(words[k - 1]!.tag)) return;
    // ("是X最早的合作伙伴之一": the party a tie is to is the counterpart, not the owner of a patient.)
    if (tiedByCopula(words, k)) return;
    // (A number or a Latin word right after the name makes a product of its own: X 365个人版.)
    // (A year is a period, not a version: X2024年的营收.)
    const year =
      /^\d{4}(年|财年)?$/.test(words[k + 1]?.word ?? '') &&
      /年/.test((words[k + 1]?.word ?? '') + (words[k + 2]?.word ?? ''));
    // (Nor is a quarter or a half: X第三季的营收, X上半年营收.)
    const part = /^(第.{1,2}(季|季度|财季)|[上下]半年|全年|前三季)$/.test(words[k + 1]?.word ?? '');
    if (/^(m|eng)$/.test(words[k + 1]?.tag ?? '') && !year && !part) return;
    let j = k + 1;
    // (A frame of place may come between: X在游戏市场的实力.)
    if (words[j]?.word === '在') {
      const de = words.slice(j, j + 6).findIndex((x) => x.word === '的');
      if (de < 0) return;
      j += de;
    }
    let de = words[j]?.word === '的';
    if (de) j++;
    // (A span of periods too: X2024年至2026年的收入预测.)
    while (
      words[j] &&
      !words[j]!.entityId &&
      (/^(t|m|mq|a|b)$/.test(words[j]!.tag) ||
        (/^(至|到)$/.test(words[j]!.word) &&
          /^(t|m)$/.test(words[j - 1]?.tag ?? '') &&
          /^(t|m)$/.test(words[j + 1]?.tag ?? '')))
    )
      j++;
    if (words[j]?.word === '的') {
      j++;
      de = true;
    }
    const head = words[j];
    // (After 的 a verb is a noun: X的下滑; so is an analyst's verdict on X with none: X评级.)
    if (
      !head ||
      head.entityId ||
      !(/^(n|nz|ng|vn)$/.test(head.tag) || (head.tag === 'v' && (de || VERDICT_NOUN.test(head.word))))
    )
      return;
    // (Nor a title further on: X智能集团董事长 is a post in X.)
    let n = j;
    while (words[n] && /^(n|nz|ng|vn)$/.test(words[n]!.tag) && !words[n]!.entityId) {
      if (MEMBER_NOUN.test(words[n]!.word) || PART_NOUN.test(words[n]!.word)) return;
      n++;
    }
    owners.add(t.entityId);
  });
  return owners.size === 1 ? [...owners] : [];
}

export function topicOwners(tokens: Token[]): string[] {
  const words = tokens.filter((t) => !isPunct(t) || t.word === '、');
  let k = 0;
  while (words[k] && /^(d|t|c)$/.test(words[k]!.tag) && !words[k]!.entityId) k++;
  const inFrame = words[k]?.word === '在';
  if (inFrame) k++;
  const owners: string[] = [];
  // ("《X十年》一书出版": a company or a person named inside a longer title is what the work is
  // about, not the owner of the noun phrase; the work, not X, is the topic.)
  while (words[k]?.entityId && !isTyped(words, words[k]!) && !insideTitle(tokens, tokens.indexOf(words[k]!))) {
    owners.push(words[k]!.entityId!);
    k++;
    if (words[k]?.word !== '、' && words[k]?.word !== '和' && words[k]?.word !== '与') break;
    if (!inFrame) return [];
    k++;
  }
  if (!owners.length) return [];
  // ("X的竞争对手也在加速": the noun names another party, X's rival, which is the topic.)
  if (tiedOtherParty(words, k - 1) !== null) return [];
  if (words[k]?.word === '的') k++;
  while (words[k] && /^(t|m|mq)$/.test(words[k]!.tag)) k++;
  if (words[k]?.word === '的') k++;
  const head = words[k];
  if (!head || head.entityId || !/^(n|nz|vn|ng)$/.test(head.tag) || MEMBER_NOUN.test(head.word)) return [];
  if (PART_NOUN.test(head.word) || pluralHead(words, k)) return [];
  // (A frame of place needs its localizer: 在X的营收中.)
  if (inFrame && !words.slice(k, k + 4).some((t) => /^(中|里|上|内)$/.test(t.word))) return [];
  return owners;
}

/**
 * "X以低价开源模型搅动市场之后", "随着X下调价格", "在X、Y等大公司相继推出Z之后": the names that
 * open a when-clause (after its opener), one or a run joined by 、/和/与 (with 等 and the kind they
 * are of), and act in it with a verb of their own; empty when there are none, when the clause only
 * tells the names' coming (X发布之后, X问世以来, 随着X入局: a name in a non-actor sense, README) or
 * names another party before its verb.
 */
export function whenClauseActors(clauses: readonly Clause[]): string[] {
  for (const clause of clauses) {
    const body = clause.tokens.slice(clause.from).filter((t) => !isPunct(t));
    // (随着 opens a frame of what goes along, whatever type the clause was given.)
    if (clause.type !== 'time' && body[0]?.word !== '随着') continue;
    let k = 0;
    while (
      body[k] &&
      !body[k]!.entityId &&
      (FRAME_OPENER.test(body[k]!.word) || /^(随着|自从|早在)$/.test(body[k]!.word))
    )
      k++;
    const name = body[k];
    if (!name?.entityId || isTyped(body, name)) continue;
    // The run of names the clause opens on: "X、Y", "X与Y", then "等" and the kind they are of.
    const names = [name];
    // (The body has no punctuation: names that followed a 、 stand side by side.)
    for (;;) {
      const step = body[k + 1]?.entityId ? 1 : LIST_JOINERS.test(body[k + 1]?.word ?? '') ? 2 : 0;
      const joined = step ? body[k + step] : undefined;
      if (!joined?.entityId || isTyped(body, joined)) break;
      names.push(joined);
      k += step;
    }
    let last = k;
    if (/^(等|等等)$/.test(body[k + 1]?.word ?? '')) {
      k++;
      while (/^(a|b|n|nz|ng|l|j)$/.test(body[k + 1]?.tag ?? '') && !body[k + 1]!.entityId) k++;
      last = k;
    }
    // ("X手机业务回暖后": a name owning the clause's subject is not its actor.)
    else if (/^(n|nz|ng|vn|l|j|eng|uj)$/.test(body[k + 1]?.tag ?? '')) continue;
    const v = body.findIndex((t, j) => j > last && isVerb(t) && !FRAME_CLOSER.test(t.word));
    if (v < 0 || v > last + 8) continue;
    // (No other party named before the verb; what the verb is done to may be named: "X发布Y之后".)
    if (body.slice(last + 1, v).some((t) => t.entityId)) continue;
    // (A single name acts only where it is the only one named: "X发布Y之后" sets the scene of Y's coming.)
    if (names.length === 1 && body.filter((t) => t.entityId).length !== 1) continue;
    let next = v + 1;
    while (body[next] && /^(了|过)$/.test(body[next]!.word)) next++;
    // (Its coming with no object: X发布之后, 从X发布到现在.)
    // ("推出类Y的模型": a modified noun after it is its object all the same.)
    const bare =
      (!body[next] || !(body[next]!.entityId || /^(n|nz|vn|eng|m)/.test(body[next]!.tag))) &&
      !body.slice(next).some((t) => t.word === '的');
    if (COMING_EVENT.test(body[v]!.word) && bare) continue;
    return [...new Set(names.map((t) => t.entityId!))];
  }
  return [];
}

/** What a regulator, a court or a government does to a company: a fine, a probe, a ban, a suit. */
const SANCTION =
  /^(罚单|罚款|罚金|巨额罚款|处罚|惩罚|制裁|调查|反垄断调查|审查|问询|约谈|诉讼|起诉|指控|禁令|限制|整改|条件|额外条件|追责|问责)$/;

/** Verbs of facing or receiving what is done to one: 面临调查, 收到罚单, 受到处罚. */
const FACING = /^(面临|面对|遭遇|遭受|受到|遭到|收到|接到|领到|吃到|吃下|承受)$/;

/** Modals before a sanction verb with its doer left out. */
const MODAL = /^(应当|应该|应|须|必须|需|理应|将|会|可能|恐)$/;

/** Verbs of a sanction done to the subject with its doer left out: 应当从严处罚. */
const SANCTION_VERB = /^(处罚|罚款|查处|惩处|制裁|追责|问责|处以)$/;

/**
 * The subject undergoes a sanction: "X面临反垄断调查", "X仍可能面对额外条件", "X受到处罚" (a verb
 * of facing before a sanction noun, with no other verb between); "X的行为依法应当从严从重处罚" (a
 * modal before a sanction verb with nothing after it: a notional passive); "X这张罚单是…" (the
 * subject's own sanction, the topic). `verbAt` is the clause's predicate.
 */
export function undergoesSanction(tokens: Token[], subjectEnd: number): boolean {
  const from = tokens.findIndex((t) => t.start >= subjectEnd);
  if (from < 0) return false;
  // (The subject's sanction: X这张罚单, X的罚款, X所受罚单.)
  let k = from;
  while (/^(的|这|该|此|其|所受|所获|此次|这次)$/.test(tokens[k]?.word ?? '') || tokens[k]?.tag === 'q') k++;
  if (
    k > from - 1 &&
    SANCTION.test(tokens[k]?.word ?? '') &&
    /^(是|为|系|成为|创下|高达|达|达到)$/.test(tokens[k + 1]?.word ?? '')
  )
    return true;
  // (Modals and adverbs may stand before the verb of facing: 仍可能面对.)
  let v = from;
  while (
    tokens[v] &&
    !isPunct(tokens[v]!) &&
    (MODAL.test(tokens[v]!.word) ||
      /^(d|ad|zg|t)$/.test(tokens[v]!.tag) ||
      /^(曾|曾经|正|正在|已|已经|目前)$/.test(tokens[v]!.word))
  )
    v++;
  if (FACING.test(tokens[v]?.word ?? '')) {
    for (let j = v + 1; j < tokens.length && !isPunct(tokens[j]!); j++) {
      if (SANCTION.test(tokens[j]!.word)) return true;
      if (j > v + 1 && /^v/.test(tokens[j]!.tag)) return false;
    }
    return false;
  }
  // "X的行为依法应当从严从重处罚": a sanction verb ending the clause after a modal and adverbs of
  // manner, with no doer (对X, 被X) anywhere.
  let end = tokens.length - 1;
  while (end >= from && isPunct(tokens[end]!)) end--;
  if (end < from || !SANCTION_VERB.test(tokens[end]!.word)) return false;
  // (One clause: a sanction ending a long sentence is not what its first clause's subject does.)
  if (tokens.slice(from, end).some((t) => t.entityId || isPunct(t) || /^(对|被|遭|向|由)$/.test(t.word))) return false;
  let m = end - 1;
  while (m >= from && !MODAL.test(tokens[m]!.word) && (/^(d|ad)$/.test(tokens[m]!.tag) || MANNER.test(tokens[m]!.word)))
    m--;
  return m >= from && MODAL.test(tokens[m]!.word);
}

/** Adverbs of manner before a sanction verb (jieba tags some verbs or nouns). */
const MANNER = /^(从严|从重|从快|严肃|严厉|依法|予以|给予|严格)$/;
