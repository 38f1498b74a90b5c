/**
 * The clause's subject: the name (or pronoun) before its first predicate verb that is not inside a
 * prepositional phrase, a possessive or a type, with the frames that name it (其背后是X, 以X为代表) and
 * the tests for a typed, titled or joint subject.
 */
import { isPunct, type Token } from './segment';
import {
  CONTINUATION,
  COUNTERPART_PREPOSITION,
  FEATURE_NOUN,
  MEMBER_NOUN,
  NEW_PRODUCT,
  PRONOUN,
  pronounTypes,
  TYPE_PREFIX,
  TYPE_SUFFIX,
} from './cues';
import {
  isPredicate,
  isVerb,
  LIST_JOINERS,
  opensInclusion,
  opensRelative,
  prepositionAt,
  verbalRelative,
} from './words';
import type { Attribution, EntitySubject, ExtractContext, Subject } from './types';
import { insideLongerQuote } from './quotes';
import { OFFICER } from './titles';
import { COMPARING, counted, GRADED_COMPARING, framesNounSubject, isModifier, modifierEnds } from './modifiers';
import { OWNED_METRICS, THING_TYPES } from './vocabulary';

/** Class nouns that describe the name right after them (视频生成模型Y, 数据处理平台Y). */
const DESCRIPTOR_HEAD = /^(模型|大模型|平台|工具|服务|芯片|应用|助手|产品|系统|引擎)$/;

/** Head nouns of an organization's unit (实验室, 研究院, 事业部): a verb before one is part of its name. */
const UNIT_HEAD = /^(实验室|研究院|研究所|研究中心|中心|事业部|事业群|部门|团队|小组)$/;

/** "没有…开放": a negated cue states that something did not happen. */
/** Words after a name that make it the model of a manner: 像 X 一样, 似 X 一般. */
const LIKENESS = /^(一样|一般|那样|这样|似的|般)$/;

/** Entity types that act as a body: what they announce about a product is their own act. */
export const ORGANIZATION_TYPES: ReadonlySet<string> = new Set(['company', 'organization']);

export function startsAsContinuation(tokens: Token[]): boolean {
  // "过去一年更翻了两倍": a leading time does not stop the adverb from continuing the subject.
  const firstWord = tokens.find(
    (t) => !isPunct(t) && t.tag !== 't' && !/^[一二两三四五六七八九十\d]+(年|个月|天)$/.test(t.word),
  );
  if (!firstWord) return false;
  return CONTINUATION.test(firstWord.word);
}

/**
 * "X在北京发布Y，由Z亲自站台演示", "X更换部门负责人，由W接掌": a 由-phrase after a comma that
 * follows a whole predicate of the subject's own (a verb and its object) names who carries out a
 * part of what the subject did; the subject still acts. (Not "X完成融资，由Y领投", a round's
 * investor: see the caller; nor "X成立于2018年，由Y创立", whose verb has no object.)
 */
export function actedBefore(tokens: Token[], subjectEnd: number, by: number): boolean {
  let comma = by - 1;
  while (comma >= 0 && !/^[，,]$/.test(tokens[comma]!.word)) comma--;
  if (comma < 0 || tokens[comma]!.start < subjectEnd) return false;
  // (The 由 opens its clause: "其中「Y」由Z提供" has a subject of its own, which Z acts on.)
  if (tokens.slice(comma + 1, by).some((t) => !/^(d|c)$/.test(t.tag))) return false;
  const own = tokens.slice(0, comma).filter((t) => t.start >= subjectEnd);
  const verb = own.findIndex((t, k) => isPredicate(own, k));
  return verb >= 0 && own.slice(verb + 1).some((t) => !!t.entityId || /^(n|nz|eng|vn)$/.test(t.tag));
}

/** Whether the token at `k` follows a preposition (向X, 对X, 在X), which governs it. */
export function governed(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && (before.tag === 'p' || (COUNTERPART_PREPOSITION.test(before.word) && before.tag !== 'c'));
}

export function firstEntity(tokens: Token[], may: (k: number) => boolean = () => true): Subject | null {
  const ids = tokens.filter((t, k) => t.entityId && may(k) && !isTyped(tokens, t)).map((t) => t.entityId!);
  const first = tokens.find((t, k) => t.entityId && may(k));
  return first && ids.length ? { kind: 'entity', ids: [...new Set(ids)], start: first.start, end: first.end } : null;
}

/** A name used as a type or a quoted term ("类Sora", "国产Sora", “OpenAI公司”) names no actor. */
export function isTyped(tokens: Token[], t: Token): boolean {
  const i = tokens.indexOf(t);
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const lead = tokens
    .slice(Math.max(0, i - 3), i)
    .map((x) => x.word)
    .join('');
  // "新版X", "最新版X" are X itself, not a type of it.
  const bare = lead.replace(/[“”"「」『』‘’]/g, '');
  if (TYPE_PREFIX.test(bare) && !/(新版|最新版|升级版|正式版)$/.test(bare)) return true;
  // "清华系", "阿里系" make a type; "X系列", "X系统" are X's own line of products or X itself.
  if (after && TYPE_SUFFIX.test(after.word) && !/^系(列|统)/.test(after.word)) return true;
  // ("X同款", "X平替": jieba may cut the suffix in two, 同/款, 平/替.)
  if (after && !TYPE_SUFFIX.test(after.word) && /^(同款|平替)/.test(after.word + (tokens[i + 2]?.word ?? '')))
    return true;
  // "X背后的公司", "X视频模型背后的Y": what stands behind X heads the phrase; X only locates it.
  for (let m = i + 1; m <= i + 6 && tokens[m] && !tokens[m]!.entityId && !isPunct(tokens[m]!); m++)
    if (/^(背后|身后|幕后)$/.test(tokens[m]!.word) && tokens[m + 1]?.word === '的') return true;
  // "有X背景的Y", "X血统": a pedigree is a kind; "X供应链企业", "X产业链公司": firms in X's chain are
  // other firms, as X概念股 are other companies' shares.
  if (after && /^(背景|血统|基因|出身)$/.test(after.word)) return true;
  if (
    after &&
    /^(供应链|产业链|生态链|生态)$/.test(after.word) &&
    /^(企业|公司|厂商|厂家|个股|股|龙头|成员|玩家)/.test(tokens[i + 2]?.word ?? '')
  )
    return true;
  // "像Nova、Orion一样": a name (or a list) a comparison of manner is made with.
  let k = i + 1;
  while (tokens[k] && (tokens[k]!.entityId || LIST_JOINERS.test(tokens[k]!.word))) k++;
  if (LIKENESS.test(tokens[k]?.word ?? '') && !namesExamples(tokens, i, k)) return true;
  // Quotation marks name a product (打造了“绘蛙”); after 的 they set off a type ("一个…的“OpenAI公司”").
  if (before && /[“「『‘"]$/.test(before.word) && after && /^[”」』’"]/.test(after.word))
    return tokens[i - 2]?.word === '的';
  if (insideLongerQuote(tokens, i)) return true;
  return false;
}

/** Words that open a comparison of manner before a name: 像X一样, 如X这样, 类似X那样. */
const LIKENESS_OPENER = /^(像|好像|就像|如|如同|犹如|类似|类似于|正如|仿佛|似)$/;

/**
 * "A、B这样的老牌厂商不得不应战": names right before 这样的 and a noun, with no 像/如 opening
 * them, are the noun phrase's own members, named as its instances; they act in its place. (像X这样的
 * N, X一样, X那样 compare with X and keep it a type.) `i` is the name, `k` the likeness word.
 */
function namesExamples(tokens: Token[], i: number, k: number): boolean {
  if (tokens[k]!.word !== '这样' || tokens[k + 1]?.word !== '的' || !/^n/.test(tokens[k + 2]?.tag ?? '')) return false;
  let first = i;
  while (first > 0 && (tokens[first - 1]!.entityId || LIST_JOINERS.test(tokens[first - 1]!.word))) first--;
  return !LIKENESS_OPENER.test(tokens[first - 1]?.word ?? '');
}

/** Whether the name at `i` is one of several words inside book-title marks (《与X同行》, 《X十年》). */
export function insideTitle(tokens: Token[], i: number): boolean {
  let open = i - 1;
  while (open >= 0 && !/[《》]/.test(tokens[open]!.word)) open--;
  let close = i + 1;
  while (close < tokens.length && !/[《》]/.test(tokens[close]!.word)) close++;
  return tokens[open]?.word === '《' && tokens[close]?.word === '》' && close - open > 2;
}

/**
 * "X发言人", "X执行长周明", "X相关负责人": the name at `i` is followed (within the noun phrase) by a
 * serving officer's title and no other name, so the officer is X speaking or acting. A former
 * officer (X前CEO) no longer acts for X.
 */
function officerOf(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (/^(相关|的)$/.test(tokens[k]?.word ?? '')) k++;
  while (/^(首席|联合|高级|资深|集团|公司)$/.test(tokens[k]?.word ?? '')) k++;
  if (!OFFICER.test(tokens[k]?.word ?? '')) return false;
  // (A person the gazetteer knows after the title is the subject himself.)
  const after = tokens[k + 1];
  return !after?.entityId && !(after?.word === '兼' && tokens[k + 3]?.entityId);
}

/** Pronoun phrases span two tokens: 该 + 公司, 这家 + 大厂. */
export function pronounAt(tokens: Token[], i: number): { word: string; length: number } | null {
  const t = tokens[i]!;
  // A mention is a name, even one written 后者 or 该产品 (a product standing for its maker).
  if (t.entityId) return null;
  const next = tokens[i + 1];
  // "这家企业数据服务商", "该初创公司": the whole noun phrase, whose nouns say what it stands for.
  const phrase = () => {
    let k = i + 2;
    while (k < tokens.length && /^(n|nz|eng)$/.test(tokens[k]!.tag) && !tokens[k]!.entityId) k++;
    return {
      word: tokens
        .slice(i, k)
        .map((x) => x.word)
        .join(''),
      length: k - i,
    };
  };
  if (next && /^(该|这家|这款|这一|此|这个)$/.test(t.word) && /^n/.test(next.tag) && PRONOUN.test(t.word + next.word))
    return phrase();
  // "新模型可即时处理…", "新车预计于明年推出": 新 and a kind of product opening a clause (after times
  // and adverbs at most) is a definite description of the product just named, as 该模型 is.
  // (Not one in apposition to the name that follows it: 新车YU7, 新机《X》.)
  // (Inside a quotation the description points into the speaker's world, not back in the text.)
  const opening =
    tokens.slice(0, i).every((x) => isPunct(x) || /^(t|d|c)$/.test(x.tag)) &&
    !tokens.slice(0, i).some((x) => /^[“「『"]$/.test(x.word));
  const named = (k: number) =>
    !!tokens[k] && (!!tokens[k].entityId || /^(eng|nz|m)$/.test(tokens[k].tag) || /^[《「“"]/.test(tokens[k].word));
  if (opening && NEW_PRODUCT.test(t.word) && !named(i + 1)) return { word: t.word, length: 1 };
  if (opening && next && t.word === '新' && NEW_PRODUCT.test(t.word + next.word) && !named(i + 2))
    return { word: t.word + next.word, length: 2 };
  // "该作首周下载量…", "这部作品", "该款手机": a work or a product by its kind (jieba tags 作 a verb).
  if (next && /^(该|此|该款|此款|这部)$/.test(t.word) && PRONOUN.test(t.word + next.word))
    return { word: t.word + next.word, length: 2 };
  // ("这家短视频平台": a one-character adjective jieba cuts off may open the noun phrase.)
  if (
    next?.tag === 'a' &&
    next.word.length === 1 &&
    /^(该|这家|这款)$/.test(t.word) &&
    /^n/.test(tokens[i + 2]?.tag ?? '') &&
    !tokens[i + 2]!.entityId &&
    !NOT_ENTITY_NOUN.test(tokens[i + 2]!.word)
  )
    return phrase();
  // "该消息", "这个说法" point back to words, not to a named entity.
  if (next && /^(该|这家|这款|这个)$/.test(t.word) && /^n/.test(next.tag) && !NOT_ENTITY_NOUN.test(next.word))
    return phrase();
  // "这项功能", "该项服务": a feature or service of the product named before.
  if (next && /^(这项|该项|这一)$/.test(t.word) && FEATURE_NOUN.test(next.word))
    return { word: t.word + next.word, length: 2 };
  // "这家AI企业", "该SaaS厂商": a Latin word of the trade modifying the head noun.
  if (next?.tag === 'eng' && !next.entityId && /^(该|这家|这款)$/.test(t.word) && latinModifiedHead(tokens, i + 2))
    return phrase();
  // "该计划", "这份报告": a document or a policy named before, when one of its type was.
  if (next && /^(该|此|这|这项|这份|这一|这部|该项)$/.test(t.word) && DOCUMENT_NOUN.test(next.word))
    return { word: t.word + next.word, length: 2 };
  // "公司方面对此不予置评": the company's side (方面) opening the clause speaks and acts for it, as
  // the bare noun does.
  const after = tokens[i + 2];
  if (
    i === 0 &&
    /^(公司|集团)$/.test(t.word) &&
    next?.word === '方面' &&
    after &&
    (isVerb(after) || /^(d|p)$/.test(after.tag))
  )
    return { word: t.word, length: 2 };
  if (next && NOT_ENTITY_NOUN.test(next.word)) return null;
  if (PRONOUN.test(t.word) && (t.tag === 'r' || t.word.length > 1)) return { word: t.word, length: 1 };
  // "两者", "双方", "这两家公司": the two names before.
  if (PAIR.test(t.word)) return { word: t.word, length: 1 };
  // "这些公司", "三家公司", "这几家企业": several names before, as one subject.
  for (let length = 3; length >= 2; length--) {
    const words = tokens.slice(i, i + length);
    if (words.length === length && !words.some((x) => x.entityId) && PLURAL_NP.test(words.map((x) => x.word).join('')))
      return { word: words.map((x) => x.word).join(''), length };
  }
  // "三家合计…", "三者合计超过六成", "前三大厂商合计拿下七成": a count standing for the list
  // named just before (antecedentGroup) — not one counting a noun after it (三家银行).
  for (let length = 5; length >= 1; length--) {
    const words = tokens.slice(i, i + length);
    const after = tokens[i + length];
    if (words.length < length || words.some((x) => x.entityId || isPunct(x))) continue;
    const word = words.map((x) => x.word).join('');
    if (COUNTED_NP.test(word) && after && (isVerb(after) || /^(d|p|vn)$/.test(after.tag))) return { word, length };
  }
  const pairAt = t.word === '这' && next?.word === '两家' ? i + 1 : t.word === '两家' ? i : -1;
  if (pairAt >= 0 && /^(公司|企业|机构|厂商)$/.test(tokens[pairAt + 1]?.word ?? ''))
    return { word: '两家', length: pairAt + 2 - i };
  // "X的CEO宣布，公司将…": a bare 公司 or 团队 opening a clause is the organization named before,
  // as 该公司 is.
  // "这是公司首次…": after a demonstrative's copula, the bare noun is who did the act it names.
  const opens =
    i === 0 ||
    /^(这|此|这也|这已|这已经|这还)是$/.test(
      tokens
        .slice(0, i)
        .map((x) => x.word)
        .join(''),
    );
  if (opens && BARE_NOUN.test(t.word) && next && (isVerb(next) || /^(d|p|t|m)$/.test(next.tag)))
    return { word: t.word, length: 1 };
  // "公司股价…", "集团季度总营收为…": a bare 公司/集团 owning the subject noun is who it is about
  // (its people are not: "公司员工称").
  if (
    tokens.slice(0, i).every((x) => x.tag === 't' || isPunct(x)) &&
    /^(公司|集团)$/.test(t.word) &&
    next &&
    /^n/.test(next.tag) &&
    !next.entityId &&
    !MEMBER_NOUN.test(next.word) &&
    !RANK_AND_FILE.test(next.word) &&
    tokens.slice(i + 2).some((x) => isVerb(x) || /^(为|达|约为)$/.test(x.word))
  )
    return { word: t.word, length: 1 };
  return null;
}

/** Whether a head noun of a type (企业, 公司, 产品…) follows a Latin modifier at `k`: 这家AI企业. */
function latinModifiedHead(tokens: Token[], k: number): boolean {
  const head = tokens[k];
  return !!head && /^n/.test(head.tag) && !head.entityId && pronounTypes(tokens[k - 2]!.word + head.word) !== null;
}

/** Words for a version of a named product: X Turbo, X满血版, X Pro. */
const VERSION_WORD = /^(turbo|pro|max|plus|mini|ultra|lite|满血版|旗舰版|标准版|完整版|正式版|最新版)$/i;

/**
 * "是Y的两倍", "是Y满血版的一半", "是Y Turbo的40%", "只有Y的一半": after the word at `i` (a copula or a
 * verb of measure), the name Y a ratio is taken of (a version word may follow it, a bound may open the
 * ratio: 近十倍, 超过一半), or null.
 */
export function ratioNameAt(tokens: Token[], i: number): string | null {
  const name = tokens[i + 1];
  if (!name?.entityId) return null;
  let k = i + 2;
  if (tokens[k]?.word.trim() === '') k++;
  if (VERSION_WORD.test(tokens[k]?.word ?? '')) k++;
  if (tokens[k]?.word !== '的') return null;
  const rest = tokens
    .slice(k + 1, k + 5)
    .map((t) => t.word)
    .join('');
  // (A fraction too: 三分之一, 十分之一, 几分之一, and 零头, a tiny fraction.)
  return /^(近|约|大约|将近|接近|超过|超|逾|不到|不足|足足|高达|仅|只有)?(([\d.]+|[一二两三四五六七八九十几数百]+)倍|一半|[\d.]+%|[一二两三四五六七八九十百千万几]+分之[一二两三四五六七八九十几]+|零头)/.test(
    rest,
  )
    ? name.entityId
    : null;
}

/** The subject of a clause: the name or pronoun before its first predicate, outside a preposition. */
export function findSubject(tokens: Token[]): Subject | null {
  let preposition: string | null = null;
  // A possessor ("Qwen2的72B模型") is the subject only when no better name follows.
  let possessor: Subject | null = null;
  // Who acts in a relative clause before the head noun ("X搭建的Y", "由X开发的Y").
  let relative: EntitySubject | null = null;
  let byAgents: Token[] = [];
  /** Where the verb of `relative`'s clause is. */
  let relativeVerb = -1;
  let i = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "最引人关注的是微软对OpenAI的…": past a copula with no subject before it.
    // ("X的速度是Y满血版的两倍": a copula before a ratio of another name is the predicate.)
    if (t.word === '是' && i > 0 && ratioNameAt(tokens, i)) break;
    if (t.word === '是') {
      preposition = null;
      continue;
    }
    // "其背后是X", "Sora背后是OpenAI": X stands behind what comes before 背后, which it made.
    const behind = behindAt(tokens, i);
    if (behind) return behind;
    // "以X和Y为代表的头部公司仍…", "以X为首的厂商纷纷…": the names a class is led or represented
    // by stand for it, and are the subject.
    const led = representedAt(tokens, i);
    if (led) return led;
    // "交易完成后这家公司…", "发布时X…": a verb closed by a time localizer is a when-frame
    // inside the clause; the subject comes after it.
    if (isVerb(t) && whenFrameEnd(tokens, i) > 0) {
      i = whenFrameEnd(tokens, i);
      possessor = null;
      continue;
    }
    // "由X自然语言处理实验室孵化的Y": a verb inside the name of a unit (处理 before 实验室) is
    // part of the noun, not the relative clause's verb.
    // So is one in a descriptor right before a name ("旗下视频生成模型Y生成的…": 生成 before 模型Y).
    if (isVerb(t) && byAgents.length && UNIT_HEAD.test(tokens[i + 1]?.word ?? '')) continue;
    if (isVerb(t) && DESCRIPTOR_HEAD.test(tokens[i + 1]?.word ?? '') && tokens[i + 2]?.entityId) continue;
    // "一款名为X的模型上周发布": the name a verb of naming gives the head noun stands for it.
    if (NAMING_VERB.test(t.word) && tokens[i + 1]?.entityId && tokens[i + 2]?.word === '的') continue;
    if (isVerb(t) && !EXISTENTIAL.test(t.word) && !opensInclusion(tokens, i)) {
      // A verb before 的 opens a relative clause ("阿里云推出的Qwen2"): its subject is not ours,
      // but "由X领衔策划的Y" names who made the head noun.
      if (opensRelative(tokens, i)) {
        if (byAgents.length) {
          relative = { ...entitySubject(byAgents), byDoer: true };
          relativeVerb = i;
        }
        byAgents = [];
        preposition = null;
        // (A name that set the time before it is still what the clause is about.)
        if (!(possessor?.kind === 'entity' && possessor.framed)) possessor = null;
        // ("成立于2015年的X": the 于 of V于 is the verb's, not a preposition governing the name.)
        if (tokens[i + 1]?.word === '于') i++;
        continue;
      }
      if (!isPredicate(tokens, i)) continue;
      break;
    }
    // "X领先Y" (领先/n): a comparing word is the predicate whatever jieba tags it.
    // ("不如预期的X" is a relative clause, as a verb's would be.)
    if (!isVerb(t) && COMPARING.test(t.word) && !preposition && !opensRelative(tokens, i)) break;
    // (So is one jieba fused with a degree adverb and tagged a name: 远高于/nr X.)
    if (GRADED_COMPARING.test(t.word) && !t.entityId && !preposition) break;
    if (
      !conjoinsUnknownName(tokens, i) &&
      (t.tag === 'p' ||
        (COUNTERPART_PREPOSITION.test(t.word) && (t.tag !== 'c' || comitativeOpening(tokens, i))) ||
        // ("将其列入": 其 after 将/把 is the disposed object, not the subject.)
        (DISPOSAL.test(t.word) && (tokens[i + 1]?.entityId || /^(其|它|它们)$/.test(tokens[i + 1]?.word ?? ''))))
    ) {
      preposition = prepositionAt(tokens, i);
      continue;
    }
    // ("由X研究院教授Y创立的Z": X only says where the doer Y works.)
    if (preposition === '由' && t.entityId && !isTyped(tokens, t) && !isModifier(tokens, t)) byAgents.push(t);
    // "在…被视为标杆的X", "面向C端的X": a prepositional phrase inside a modifier ends at its 的
    // (one with a verb; "与X的Y" is a possessive inside the phrase).
    if (preposition && t.word === '的' && modifierEnds(tokens, i)) {
      preposition = null;
      continue;
    }
    if (preposition) continue;
    const pronoun = pronounAt(tokens, i);
    // "责令其停止…", "要求其提供…": a pronoun right after a verb of ordering or asking (a pivot
    // verb, 兼语动词) is that verb's object and the doer of what follows, not the clause's subject.
    if (pronoun && /^(其|它|他|她)$/.test(pronoun.word) && PIVOT_VERB.test(tokens[i - 1]?.word ?? '')) continue;
    if (pronoun) {
      // "其背后的OpenAI亦…": a pronoun before a name is a possessor; the name is the subject.
      const rest = tokens.slice(i + pronoun.length);
      // ("这家成立仅两年的X…": a verb whose phrase ends in 的 describes the name after it, as one
      // right before 的 does.)
      const verbAt = rest.findIndex(
        (x, k) => (isVerb(x) || NEGATED_COPULA.test(x.word)) && rest[k + 1]?.word !== '的' && !opensRelative(rest, k),
      );
      const upToVerb = rest.slice(0, verbAt < 0 ? rest.length : verbAt);
      // …but "它还与X合作": a name after a preposition is its object, and the pronoun is the subject.
      const prepAt = upToVerb.findIndex(
        (x) => x.tag === 'p' || (COUNTERPART_PREPOSITION.test(x.word) && x.tag !== 'c'),
      );
      const nameBefore = upToVerb.slice(0, prepAt < 0 ? upToVerb.length : prepAt).some((x) => x.entityId);
      if (!nameBefore)
        return { kind: 'pronoun', word: pronoun.word, start: t.start, end: tokens[i + pronoun.length - 1]!.end };
      i += pronoun.length - 1;
      continue;
    }
    // "X旗下(的)平台Y已…": X owns the subject; with no known name after it (a product the
    // gazetteer lacks), X stands for it, as the possessor of X的Y does (README: a product
    // outside the gazetteer stands for its maker).
    if (t.entityId && tokens[i + 1]?.word === '旗下' && !isTyped(tokens, t)) {
      // "X旗下自动驾驶出行服务平台Y又…": a descriptor of nouns (its verbs compounded into them)
      // between 旗下 and a known name says what Y is; Y heads the subject, as after X旗下的, and
      // X only owns it.
      const head = describedUnitAt(tokens, i + 2);
      if (head > 0) {
        i = head - 1;
        continue;
      }
      possessor ??= { kind: 'entity', ids: [t.entityId], start: t.start, end: t.end };
      continue;
    }
    // "X发言人否认…", "X执行长周明曾在…签名": an officer the gazetteer does not know acts for X,
    // so X heads the subject (README: a company's executive outside the gazetteer is the company
    // acting).
    // "X股价…", "X账上的现金…": the owner of a metric heading the subject is what it is about.
    if (t.entityId && !isTyped(tokens, t) && ownsMetric(tokens, i)) {
      // ("X旗下的Y用户数…", "X的Y营收…": the metric is the named head's, and X only owns Y.)
      if (!possessor || ownerBefore(tokens, i, possessor))
        possessor = { kind: 'entity', ids: [t.entityId], start: t.start, end: t.end };
      continue;
    }
    if (t.entityId && !isTyped(tokens, t) && officerOf(tokens, i))
      return relative ? { ...relative, head: [t.entityId] } : entitySubject([t]);
    if (!t.entityId || isTyped(tokens, t) || isModifier(tokens, t)) continue;
    // "X上线后申请试用的用户数量远超预期": a name whose verb closes a when-frame, with a noun
    // phrase after the frame, only says when; the noun phrase is the subject.
    const frame = tokens[i + 1] && isVerb(tokens[i + 1]!) ? whenFrameEnd(tokens, i + 1) : -1;
    if (frame > 0 && framesNounSubject(tokens, frame + 1)) {
      possessor ??= { kind: 'entity', ids: [t.entityId], start: t.start, end: t.end, framed: true };
      i = frame;
      continue;
    }
    const next = tokens[i + 1];
    if (next?.word === '的' && tokens[i + 2]?.tag !== 'vn') {
      // "字节的友商们": the possessor of people is not the actor; nor is the object of a verbal
      // noun before it ("出售Nova的计划").
      if (!possessor && (!pluralHead(tokens, i + 2) || counted(tokens, i + 2)) && tokens[i - 1]?.tag !== 'vn')
        possessor = { kind: 'entity', ids: [t.entityId], start: t.start, end: t.end };
      continue;
    }
    const members = [t];
    let j = i + 1;
    while (tokens[j] && LIST_JOINERS.test(tokens[j]!.word) && tokens[j + 1]?.entityId) {
      // "苹果Apple Intelligence、微软Copilot", "X的Nova和Y的Orion": an owner before its product
      // names whose it is; the product is the one joined.
      // ("A、X旗下的B也在…": so does an owner before 旗下的.)
      const k = tokens[j + 2]?.entityId
        ? j + 2
        : tokens[j + 2]?.word === '的' && tokens[j + 3]?.entityId
          ? j + 3
          : tokens[j + 2]?.word === '旗下' && tokens[j + 3]?.word === '的' && tokens[j + 4]?.entityId
            ? j + 4
            : j + 1;
      members.push(tokens[k]!);
      j = k + 1;
    }
    // "A与B达成合作", "A和B签署协议": before a verb of joint action 与 introduces A's counterpart.
    let partners: string[] | undefined;
    // "A与B的差距", "A和B的合作": the gap or the tie between them is A's, with B as counterpart.
    // ("A与B的市值差距": nouns may say what the gap is in; "A与B之间的差距": 之间 says it is theirs.)
    const of = /^(之间|间)$/.test(tokens[j]?.word ?? '') ? j + 1 : j;
    let head = of + 1;
    // (jieba may cut the noun in two: 营/n 收/v.)
    while (
      head < of + 3 &&
      /^(n|v)/.test(tokens[head]?.tag ?? '') &&
      !tokens[head]!.entityId &&
      !RELATION_NOUN.test(tokens[head]!.word)
    )
      head++;
    const between = tokens[of]?.word === '的' && RELATION_NOUN.test(tokens[head]?.word ?? '');
    if (members.length === 2 && COMITATIVE.test(tokens[i + 1]!.word) && (between || jointAction(tokens, j))) {
      partners = [members.pop()!.entityId!];
    }
    // "X搭建的Y", "X所看好的Y": X acts in a clause that describes Y; Y is what it made or chose.
    let v = j;
    while (tokens[v] && (tokens[v]!.word === '所' || tokens[v]!.tag === 'd')) v++;
    // ("X投资的Y": a verb jieba tags a noun of action still describes the name after 的.)
    if (tokens[v] && (isVerb(tokens[v]!) || verbalRelative(tokens, v)) && opensRelative(tokens, v)) {
      relative = entitySubject(members);
      relativeVerb = v;
      possessor = null;
      byAgents = [];
      i = v;
      continue;
    }
    if (relative)
      return describedHead(tokens, i, j)
        ? { ...entitySubject(members), described: relative.ids }
        : { ...relative, head: members.map((m) => m.entityId!) };
    return partners ? { ...entitySubject(members), partners } : entitySubject(members);
  }
  // "由X孵化的初创公司推出了…", "X投资的一家芯片企业宣布…": a head the gazetteer lacks, told by
  // where it comes from or who backs it, with a predicate of its own: X only describes it. (Not X推出的
  // 付费方案每月…: a product outside the gazetteer stands for its maker.)
  if (relative && i < tokens.length && relativeVerb >= 0 && ORIGIN.test(tokens[relativeVerb]!.word)) {
    const of = tokens.findIndex((t, k) => k > relativeVerb && t.word === '的');
    const head = tokens[of + 1];
    // (Not a verb of origin with another verb after it: "X分拆上市的时间表可能…" is X's own
    // listing, which X acts in.)
    const compound = tokens.slice(relativeVerb + 1, of).some((t) => isVerb(t) || t.tag === 'ns');
    if (of > 0 && of < i && head && !head.entityId && /^(n|nz|nt|eng|j|vn)$/.test(head.tag) && !compound)
      return { ...relative, described: relative.ids };
  }
  return relative ?? possessor;
}

/** Verbs that tell a company by its origin or its backers: 孵化, 创立, 投资, 控股, 看好. */
const ORIGIN =
  /^(孵化|创立|创办|创建|成立|投资|注资|入股|参股|控股|持股|收购|看好|青睐|支持|扶持|资助|背靠|孕育|分拆|剥离|闻名|著称)$/;

/**
 * "由X孵化的Y推出了Z", "以X闻名的Y宣布…", "X推出的Y上线首日用户破百万": when the head Y of a fronted
 * relative clause (named from `at` to before `after`) is followed by a predicate of its own in the
 * clause, the relative clause only describes Y, and the claim is Y's; the doers named in it are
 * background. Not a head with no predicate after it ("X所看好的Y": X's choice is the claim), nor
 * a work in a title, which stays what its authors made (由X执笔的《Y》一书…).
 */
function describedHead(tokens: Token[], at: number, after: number): boolean {
  if (tokens[at - 1]?.word === '《') return false;
  for (let k = after; k < tokens.length && !isPunct(tokens[k]!); k++) {
    if (tokens[k]!.entityId) return false;
    if (isPredicate(tokens, k) || COMPARING.test(tokens[k]!.word)) return true;
  }
  return false;
}

/** Nouns (and counts) for parties: a head of these after 包括…在内的 makes the names in it members. */
const PARTY_HEAD =
  /(公司|企业|厂商|厂家|平台|巨头|品牌|玩家|机构|集团|车企|银行|对手|股|家|者|方|们|国|成员|团队|实验室)$/;

/**
 * "包括X佣金在内的交易服务收入", "包含X在内的多项业务": the names inside an inclusion closed by 在内的
 * whose head is no party (a revenue, a range of goods) only say what the head takes in; the index
 * of 在内 when the name at `i` is inside one, else -1. (包括X在内的多家公司: X is one of them.)
 */
export function inThingInclusion(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (isPunct(tokens[k]!) && tokens[k]!.word !== '、') return -1;
    if (!opensInclusion(tokens, k)) continue;
    const close = tokens.findIndex((x, m) => m > i && x.word === '在内');
    if (close < 0 || tokens[close + 1]?.word !== '的') return -1;
    // (A counted head, 多款模型, 三家厂商, is a set the names are members of.)
    for (let m = close + 2; m <= close + 6 && tokens[m] && !isPunct(tokens[m]!) && !/^(v|p)/.test(tokens[m]!.tag); m++)
      if (
        PARTY_HEAD.test(tokens[m]!.word) ||
        /^(m|q|mq)$/.test(tokens[m]!.tag) ||
        /^(多|众多|诸多|各|数)/.test(tokens[m]!.word)
      )
        return -1;
    return close;
  }
  return -1;
}

/** Verbs that make 旗下 the subject's own predicate (X旗下有Y, X旗下拥有Y), never a descriptor's. */
const HOLDING_VERB = /^(有|拥有|包括|包含|涵盖|共有|还有|设有|持有)$/;

/**
 * The index of the known name a descriptor starting at `k` (right after 旗下, 的 allowed first)
 * leads to: nouns, with verbs compounded into them (自动驾驶出行服务平台), and a noun (or a
 * title mark after one) right before the name; -1 when a predicate stands there
 * (旗下多款手机侵犯Y专利: a verb before Y) or no name follows within six words.
 */
function describedUnitAt(tokens: Token[], k: number): number {
  const from = tokens[k]?.word === '的' ? k + 1 : k;
  for (let m = from; m < from + 6 && tokens[m]; m++) {
    const t = tokens[m]!;
    if (t.entityId) {
      if (m === from) return -1;
      let before = m - 1;
      if (/^[《「“]$/.test(tokens[before]!.word)) before--;
      return before >= from && /^(n|nz|nt|j)$/.test(tokens[before]!.tag) ? m : -1;
    }
    if (isPunct(t) && !/^[《「“]$/.test(t.word)) return -1;
    if (HOLDING_VERB.test(t.word) || /^(了|过|着|的|与|和|及|向|对|被|将|把)$/.test(t.word)) return -1;
  }
  return -1;
}

/** Whether the name at `i` is the named head of `owner` (X的Y, X旗下的Y, X旗下Y, with X the owner). */
function ownerBefore(tokens: Token[], i: number, owner: Subject): boolean {
  if (owner.kind !== 'entity') return false;
  // (旗下 is a noun of ownership: with or without 的 after it, X旗下Y names Y as X's.)
  const k =
    tokens[i - 1]?.word === '旗下'
      ? i - 2
      : tokens[i - 1]?.word !== '的'
        ? -1
        : tokens[i - 2]?.word === '旗下'
          ? i - 3
          : i - 2;
  return !!tokens[k]?.entityId && tokens[k].start === owner.start;
}

/** Verbs of ordering, asking and allowing, whose object does what follows (兼语): 责令其停止. */
const PIVOT_VERB = /^(要求|责令|命令|勒令|敦促|督促|请求|要|叫|派|允许|禁止|准许|邀请|委托|授权|指示)$/;

/** Nouns for a policy or a document, which 该/这份 before them refer to: 该计划, 这份报告. */
const DOCUMENT_NOUN = /^(计划|行动|法案|政策|办法|条例|规定|法规|措施|报告|白皮书|规划|意见|通知)$/;

/** An organization noun standing alone for the one named before ("公司将…"); unresolved, it names no one. */
export const BARE_NOUN = /^(公司|团队|集团)$/;

/** Pronouns for an organization: what its own document says is about it. */
const DOCUMENT_PRONOUN = /^(其|该公司|这家公司|该集团|公司)$/;

/**
 * "X称，公司与多家厂商均有交流": a company speaking calls itself 公司; the bare noun in its words
 * is the speaker, named before it in the sentence. (A person speaking, "X的CEO Y表示，公司将…",
 * is left to the usual antecedent.) Paragraph offsets, or null.
 */
export function selfNamed(
  word: string,
  attribution: Attribution,
  tokens: Token[],
  from: number,
  before: number,
  context: ExtractContext,
  offset: number,
): { id: string; at: number; end: number } | null {
  const speaker = attribution.entityId;
  // ("X发布的财报显示，该公司…", "根据X提交的数据，其…": a pronoun right after an organization's
  // own document is that organization, whatever the sentence before was about.)
  // ("X也表示，其…": 其 right after a company or a product speaking is the speaker too.)
  const own =
    word === '公司' ||
    (attribution.kind === 'data' && DOCUMENT_PRONOUN.test(word)) ||
    (attribution.kind === 'organization' && word === '其');
  if (!own || !speaker) return null;
  const type = context.typeOf?.(speaker) ?? '';
  if (!ORGANIZATION_TYPES.has(type) && !(word === '其' && THING_TYPES.has(type))) return null;
  const named = tokens.filter((t) => t.entityId === speaker && t.start >= from && t.end <= before).slice(-1)[0];
  return named ? { id: speaker, at: offset + named.start, end: offset + named.end } : null;
}

/** Joiners that can also be a preposition of company (与X合作). */
export const COMITATIVE = /^(与|和|跟|同)$/;

/**
 * "并与X合作", "还和X签约": 与 with no name before it in its clause joins nothing, so it is the
 * preposition of company, whatever jieba tags it, and X is the counterpart of a zero subject.
 */
export function comitativeOpening(tokens: Token[], i: number): boolean {
  if (!COMITATIVE.test(tokens[i]!.word)) return false;
  return tokens.slice(0, i).every((t) => isPunct(t) || /^(c|d|ad|t)$/.test(t.tag));
}

/** The copula of a pseudo-cleft, after its headless relative: …的是X, …的还包括X, …的有X. */
export const CLEFT_COPULA = /^(是|为|就是|正是|便是|包括|还包括|还有|有|当属|首推)$/;

/**
 * The names a pseudo-cleft focuses on ("表现最亮眼的是X", "参与联合印发的还包括A、B、C等部门"): a
 * headless relative clause with a verb and no name, closed by 的, then a copula (with adverbs
 * before it) and the names of the noun phrase after it; none when the clause is not one.
 */
export function cleftFocus(tokens: Token[]): string[] {
  const words = tokens.filter((t) => !isPunct(t));
  const de = words.findIndex((t) => t.word === '的');
  if (de < 1 || words.slice(0, de).some((t) => t.entityId) || !words.slice(0, de).some(isVerb)) return [];
  let k = de + 1;
  while (words[k] && /^(d|ad)$/.test(words[k]!.tag) && !CLEFT_COPULA.test(words[k]!.word)) k++;
  if (!CLEFT_COPULA.test(words[k]?.word ?? '')) return [];
  const names: string[] = [];
  // (A name after a preposition or a verb in the noun phrase is in a modifier: 基于X开发的…客户.)
  for (k++; words[k] && !isVerb(words[k]!) && words[k]!.tag !== 'p'; k++)
    if (words[k]!.entityId) names.push(words[k]!.entityId!);
  return [...new Set(names)];
}

/** Verbs that share a predicate out among the names before them: A与B分列第四、第五. */
const DISTRIBUTIVE = /^(分列|并列|同为|均为|皆为)$/;

/**
 * "传音与X分列第四、第五", "某厂与X均…": 与 after a name the gazetteer lacks (the clause's only
 * words before it) and before a name that an adverb or a verb of sharing makes one subject with
 * it joins two subjects; it is no preposition, and X is a subject.
 */
function conjoinsUnknownName(tokens: Token[], i: number): boolean {
  if (!COMITATIVE.test(tokens[i]!.word) || !tokens[i + 1]?.entityId || i === 0) return false;
  const before = tokens.slice(0, i).filter((t) => !isPunct(t));
  if (!before.length || !before.every((t) => !t.entityId && /^(n|nr|nrt|nrfg|ns|nz|nt|eng|j)$/.test(t.tag)))
    return false;
  const after = tokens[i + 2]?.word ?? '';
  return COLLECTIVE.test(after) || DISTRIBUTIVE.test(after);
}

/** Verbs of a joint action, which take a counterpart with 与: 合作, 联手, 签约, 竞争. */
export const JOINT_VERB =
  /^(合作|联手|携手|结盟|合资|竞争|较量|谈判|洽谈|签约|合并|交手|角逐|和解|对簿公堂|牵手|联姻)$/;

/** What a light verb's object names when the action is joint: 达成合作, 签署协议, 建立伙伴关系. */
export const JOINT_NOUN =
  /合作|协议|合约|合同|备忘录|意向书|联盟|伙伴|谈判|竞争|关系|合资|纠纷|官司|争端|口水战|价格战/;

/** Nouns for what lies between two: 差距, 合作, 竞争. */
export const RELATION_NOUN = /^(差距|距离|差异|合作|竞争|关系|分歧|纠纷|官司|谈判|合约|协议)$/;

/** Adverbs that make two joined names one subject: 都, 共同, 分别, 先后. */
export const COLLECTIVE = /^(都|均|共同|一起|一同|分别|各自|先后|相继|同时|双双|联合|也)$/;

/**
 * Whether the predicate from `k` is a joint action (合作, 达成合作, 签署协议) with no adverb making
 * its two names one subject ("A和B都…", "A与B共同…").
 */
function jointAction(tokens: Token[], k: number): boolean {
  const adverbial = (t: Token) => /^(d|ad|t)$/.test(t.tag) || /^(宣布|正式|已|已经|将|正在)$/.test(t.word);
  for (; tokens[k] && (adverbial(tokens[k]!) || tokens[k]!.word === '在'); k++) {
    if (COLLECTIVE.test(tokens[k]!.word)) return false;
    // "A与B在上海签署协议", "A与B在云市场的竞争": a phrase of place runs to the verb or to 的.
    if (tokens[k]!.word !== '在') continue;
    while (tokens[k + 1] && !isVerb(tokens[k + 1]!) && tokens[k + 1]!.word !== '的' && !isPunct(tokens[k + 1]!)) k++;
    if (tokens[k + 1]?.word === '的') return RELATION_NOUN.test(tokens[k + 2]?.word ?? '');
  }
  const verb = tokens[k];
  if (!verb || verb.entityId) return false;
  if (JOINT_VERB.test(verb.word)) return true;
  if (!isVerb(verb)) return false;
  // "达成合作", "签署协议", "达成和解": a light verb whose object names the joint act.
  for (let m = k + 1; m < Math.min(tokens.length, k + 6) && !isPunct(tokens[m]!); m++)
    if (!tokens[m]!.entityId && (JOINT_NOUN.test(tokens[m]!.word) || JOINT_VERB.test(tokens[m]!.word))) return true;
  return false;
}

/** Whether the noun phrase from `k` is people of the owner: 友商们, 投资人, 员工. */
export function pluralHead(tokens: Token[], k: number): boolean {
  // The head is the phrase's last noun: "X的投资人" is people, "X的用户规模" a size.
  let head: Token | null = null;
  for (; k < tokens.length && !tokens[k]!.entityId && !isPunct(tokens[k]!); k++) {
    if (!/^(n|nz|vn|j|k)/.test(tokens[k]!.tag)) break;
    head = tokens[k]!;
  }
  return !!head && (/们$/.test(head.word) || MEMBER_NOUN.test(head.word));
}

function whenFrameEnd(tokens: Token[], i: number): number {
  const k = tokens[i + 1]?.word === '了' ? i + 2 : i + 1;
  const after = tokens[k + 1];
  if (!/^(后|之后|以后|时|之时|之际)$/.test(tokens[k]?.word ?? '') || !after || isPunct(after)) return -1;
  return k;
}

/** "其背后是X" / "Y背后(的)?是X" starting at `i`: X is the subject, Y (or 其's antecedent) its work. */
function behindAt(tokens: Token[], i: number): EntitySubject | null {
  const t = tokens[i]!;
  if (!t.entityId && !(t.tag === 'r' && /^(其|它)$/.test(t.word))) return null;
  let k = i + 1;
  if (tokens[k]?.word !== '背后') return null;
  k++;
  if (tokens[k]?.word === '的') k++;
  if (!/^(是|站着)$/.test(tokens[k]?.word ?? '')) return null;
  const x = tokens[k + 1];
  if (!x?.entityId) return null;
  const subject = entitySubject([x]);
  return t.entityId ? { ...subject, head: [t.entityId] } : { ...subject, behind: { word: t.word, start: t.start } };
}

/** "以X、Y为代表的N", "以X为首的N" starting at `i`: the names that lead the class N, or null. */
function representedAt(tokens: Token[], i: number): EntitySubject | null {
  if (tokens[i]!.word !== '以' || !tokens[i + 1]?.entityId) return null;
  const members = [tokens[i + 1]!];
  let j = i + 2;
  while (/^(、|和|与|及)$/.test(tokens[j]?.word ?? '') && tokens[j + 1]?.entityId) {
    members.push(tokens[j + 1]!);
    j += 2;
  }
  const words = `${tokens[j]?.word ?? ''}${tokens[j + 1]?.word ?? ''}`;
  const of = /^为首/.test(words) || /^为代表/.test(words) ? (tokens[j]!.word === '为' ? j + 2 : j + 1) : -1;
  return of > 0 && tokens[of]?.word === '的' ? entitySubject(members) : null;
}

function entitySubject(members: Token[]): EntitySubject {
  return {
    kind: 'entity',
    ids: [...new Set(members.map((m) => m.entityId!))],
    start: members[0]!.start,
    end: members[members.length - 1]!.end,
  };
}

/**
 * 有, 还有: "不得不提的还有X" states that X exists; the name after it is still the topic. So with an
 * adverb jieba writes into one verb with 有 (已有, 也有, 另有, 仍有…): "已有X等厂商接入Y" says X did.
 */
export const EXISTENTIAL = /^(有|还有|已有|也有|早有|另有|仍有|尚有)$/;

const METRIC_NOUNS = new Set([...OWNED_METRICS.flatMap((m) => m.nouns), '现金', '账上现金']);

/**
 * "X股价", "X的营收", "X账上的现金", "X下一轮的估值": the name at `i` owns the metric (a closed class:
 * OWNED_METRICS) the noun phrase after it heads. The figure is X's, so X takes the role the noun
 * phrase has, not a mere owner's mention.
 */
export function ownsMetric(tokens: Token[], i: number): boolean {
  let k = i + 1;
  // (Where it is kept, a period or a round between: X账上的现金, X下一轮的估值, X今年的营收.)
  while (
    k <= i + 3 &&
    tokens[k] &&
    !tokens[k]!.entityId &&
    (/^(账|账上|账面|账面上)$/.test(tokens[k]!.word) || /^(t|m|mq|f)$/.test(tokens[k]!.tag))
  )
    k++;
  if (tokens[k]?.word === '的') k++;
  return METRIC_NOUNS.has(tokens[k]?.word ?? '') && !/^(的|目标|预期|指引|占比)$/.test(tokens[k + 1]?.word ?? '');
}

/** 把 and 将 before a name: the disposal construction, whose name is the verb's object. */
export const DISPOSAL = /^(把|将)$/;

/** A negated copula: "不是X", "并非X" says what something is not. */
export const NEGATED_COPULA = /^(不是|并不是|并非|而非|不再是)$/;

/** Members of an organization who do not speak for it. */
export const RANK_AND_FILE = /^(员工|前员工|用户|粉丝|股东|网友|工程师|研究员)$/;

const NOT_ENTITY_NOUN =
  /^(消息|说法|传闻|报道|事件|问题|方面|领域|行业|趋势|现象|情况|计划|政策|举措|行动|技术|方向|数据|观点|言论|声明|交易|合作|项目)$/;

/** jieba's tags for proper nouns (place, person, organization, other) and Latin words. */
const PROPER_TAG = /^(ns|nr|nt|nz|eng)$/;

/**
 * The name that opens a sentence as its subject when no entity covers it: a run of nouns with a
 * proper noun among them, then a time word, an adverb or a verb ("青木数据今天宣布", "Moonshot发布").
 */
export function leadingUnknownName(tokens: readonly Token[]): { start: number; end: number } | null {
  let k = 0;
  while (k < tokens.length && (tokens[k]!.tag.startsWith('n') || tokens[k]!.tag === 'eng') && !tokens[k]!.entityId) k++;
  if (k === 0 || k >= tokens.length) return null;
  if (!tokens.slice(0, k).some((t) => PROPER_TAG.test(t.tag))) return null;
  const next = tokens[k]!;
  // ("上市首日，", "开幕当天，": a noun and a time word that end their clause are a time frame, the
  // day of an event — jieba tags 上市 a place name — not a subject, which goes on to its predicate.)
  if (next.tag === 't') {
    let j = k;
    while (j < tokens.length && /^(t|m|f)$/.test(tokens[j]!.tag)) j++;
    if (j >= tokens.length || isPunct(tokens[j]!)) return null;
  }
  // ("美国财政部10日将…": a day of the month may come before its verb.)
  const day = next.tag === 'm' && /^(日|号)$/.test(tokens[k + 1]?.word ?? '');
  if (!/^(t|d|v)/.test(next.tag) && !day) return null;
  return { start: tokens[0]!.start, end: tokens[k - 1]!.end };
}

/** Pronouns for the two names before: 两者, 二者, 双方, (这)两家公司. */
export const PAIR = /^(两者|二者|双方|两家)$/;

/**
 * Counts that stand for the list named before: 三家, 三者, 这三家, 前三大厂商 (the first three of a
 * ranking just given).
 */
export const COUNTED_NP =
  /^(?:这|上述)?(?:[三四五六七八九十](?:家|者)|前[三四五六七八九十]大(?:公司|企业|厂商|业者|品牌|玩家|巨头|大厂)?)$/;

/** Plural noun phrases that stand for several names before: 这些公司, 三家公司, 这几家企业, 上述厂商. */
export const PLURAL_NP =
  /^(?:这些|上述|这批|这几家|几家|这?[三四五六七八九十]家)(公司|企业|厂商|机构|巨头|大厂|创企|模型|产品|平台)$/;

/** Verbs that give a noun its name: 名为, 名叫, 叫做, 命名为. */
const NAMING_VERB = /^(名为|名叫|叫做|叫作|命名为|代号为)$/;

/** Words of a predicate, never of a relative clause: modals of the future and perfective 了. */
const MODAL_OR_DONE = /^(将|会|要|拟|计划|准备|了)$/;

/** Verbs of role that open a clause describing who follows: 作为X, 身为X. */
const ROLE_FRAME = /^(作为|身为)$/;

/**
 * "身为行业龙头的X，…", "作为国内最早布局大模型的X，…": a clause opened by a verb of role whose noun
 * phrase ends on 的 and a name has that name as its head. The phrase only describes the name, which
 * is the subject of the clause after it (as "X，近日…" would be); not "作为X的老对手，Y…", whose head
 * is a common noun (the frame's name is only mentioned and Y acts).
 */
export function framedHead(tokens: readonly Token[]): EntitySubject | null {
  const words = tokens.filter((t) => !isPunct(t));
  const last = words[words.length - 1];
  if (!last?.entityId || words[words.length - 2]?.word !== '的' || words.length < 4) return null;
  // (Only a clause the comma sets off before the predicate: "X将推出支持中文的Y。" is X's own.)
  if (!/^[，,]$/.test(tokens[tokens.length - 1]?.word ?? '')) return null;
  if (isTyped(words, last)) return null;
  // "总部位于深圳的X，…", "成立仅两年的X，…": so does a relative clause with no predicate of its own
  // and no other name (with one, "Y推出的X，…", Y is the maker: findSubject reads that).
  const described = words.slice(0, -2);
  // (Not "是今年起施行的X": after a copula the name is the predicate's, not a topic.)
  // (Nor a modal or 了, which a predicate has and a relative clause does not: "X将推出支持中文的Y，".)
  if (described.some((t) => CLEFT_COPULA.test(t.word) || NEGATED_COPULA.test(t.word) || MODAL_OR_DONE.test(t.word)))
    return null;
  // (Nor a clause whose doer 由 names, "由X创立的Y，…": findSubject reads who made the head.)
  // ("在去年还被视为标杆的X，…": nor one that opens on a preposition, whose phrase findSubject ends at 的.)
  if (described.some((t) => t.word === '由') || described[0]?.tag === 'p') return null;
  // (Nor an example given, "比如X大力发展的Y，…": it illustrates, and names no topic.)
  if (/^(比如|例如|譬如|如|像|好比)$/.test(words[0]!.word)) return null;
  // ("X去年发布的Y，官方披露…": a doer named in the description, Y is still the topic after the
  // comma, as describedHead reads X推出的Y上线首日… without one.)
  if (ROLE_FRAME.test(words[0]!.word)) return entitySubject([last]);
  // (A relative clause it must be: a verb whose phrase ends at 的, none heading a predicate, no
  // comparing word — "仅次于X的Y" ranks, and names no topic.)
  if (described.some((t, k) => isPredicate(words, k) || COMPARING.test(t.word))) return null;
  return described.some((t, k) => isVerb(t) && opensRelative(words, k)) ? entitySubject([last]) : null;
}
