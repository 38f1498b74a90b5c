/**
 * Modifiers and relative clauses: a name or phrase that modifies a noun rather than acting (类Sora,
 * X搭建的Y, 两家公司), where a modifier ends, and the names acting inside a relative clause before its
 * head noun.
 */
import { isPunct, type Token } from './segment';
import { isVerb, laterPredicate, LIST_JOINERS, opensRelative } from './words';
import { MEMBER_NOUN } from './cues';

/**
 * "X专为中国市场推出的A800和H800均被纳入管制": when the subject X acts in a relative clause on a
 * head the gazetteer lacks, the head (its products, for which X stands) is what the predicate is
 * about; returns where the head ends, or `k` when no relative clause opens at `k`.
 */
export function pastRelativeHead(tokens: Token[], k: number): number {
  let of = k;
  while (tokens[of] && !isPunct(tokens[of]!) && tokens[of]!.word !== '的' && !tokens[of]!.entityId) of++;
  if (tokens[of]?.word !== '的' || !tokens.slice(k, of).some(isVerb)) return k;
  let j = of + 1;
  while (
    tokens[j] &&
    !tokens[j]!.entityId &&
    (/^(n|nz|eng|m)$/.test(tokens[j]!.tag) || (/^(和|与|及|、)$/.test(tokens[j]!.word) && j > of + 1))
  )
    j++;
  return j > of + 1 ? j : k;
}

/** "由X开发的Y": the verb after the name at `k` opens a relative clause. */
export function relativeAfter(tokens: Token[], k: number): boolean {
  let v = k + 1;
  while (tokens[v] && (tokens[v]!.entityId || LIST_JOINERS.test(tokens[v]!.word) || tokens[v]!.tag === 'd')) v++;
  return !!tokens[v] && isVerb(tokens[v]!) && opensRelative(tokens, v);
}

/**
 * A name that modifies a noun is not the actor: "OpenAI员工", "Sora背后的团队", and a name inside
 * a place phrase ("阿里云AI峰会上").
 */
export function isModifier(tokens: Token[], t: Token): boolean {
  const at = tokens.indexOf(t);
  for (let i = at + 1; i < tokens.length; i++) {
    const after = tokens[i]!;
    // "X领先Y": a comparing word ends the noun phrase (jieba may tag it a noun).
    if (COMPARING.test(after.word)) return false;
    // "X前首席科学家Y", "X前研究副总裁Y": a former or acting title is X's member too.
    const title = tokens.slice(i + 1, i + 4);
    if (TENURE.test(after.word) && /^(首席|联合|董事会)|^[a-z]{3}$/i.test(title[0]?.word ?? '')) continue;
    if (TENURE.test(after.word) && title.some((x) => MEMBER_NOUN.test(x.word))) return true;
    // "X共同创办人Y": a title jieba cuts in two is still a member of X.
    if (after.word === '共同' && MEMBER_NOUN.test(tokens[i + 1]?.word ?? '')) return true;
    // "X员工人数": a count of X's people is a figure of X's.
    if (MEMBER_NOUN.test(after.word) && COUNT_NOUN.test(tokens[i + 1]?.word ?? '')) return false;
    // "星辰科技下一代Nova": an owner right before its product names whose product it is.
    if (after.entityId) return i - at <= 3 && !(at > 0 && tokens[at - 1]!.entityId);
    // A place localizer ("峰会上") makes it a place; a time one ("推出X以来") does not.
    // "X官方", "X方面" are X itself speaking or acting.
    if (SELF_NOUN.test(after.word)) return false;
    if ((after.tag === 'f' && !TIME_LOCALIZER.test(after.word)) || MEMBER_NOUN.test(after.word)) return true;
    // "X研究院助理教授周明": a person's name after X and the nouns of a post is X's member.
    // (jieba tags stray single characters nr too: 首/周; a name has two or more.)
    if (after.tag === 'nr' && after.word.length >= 2 && i > at + 1 && tokens[i - 1]!.tag === 'n') return true;
    // "欧盟政策制定者", "X开源模型榜首", "X代码链接": a head noun for people or a part of X.
    if (PART_NOUN.test(after.word)) return true;
    // "X开源模型榜首": a verb right before a noun modifies it inside the noun phrase.
    // ("X相关负责人" is still X's spokesperson, who speaks for X.)
    if (
      (isVerb(after) || after.tag === 'vn') &&
      /^(n|vn)$/.test(tokens[i + 1]?.tag ?? '') &&
      !tokens[i + 1]!.entityId &&
      !MEMBER_NOUN.test(tokens[i + 1]!.word)
    )
      continue;
    if (
      !/^(n[a-z]*|eng|m|q|x|t)$/.test(after.tag) ||
      /^[，,。；;：:、]$/.test(after.word) ||
      (after.tag === 'x' && after.word.trim())
    )
      return false;
  }
  return false;
}

/** Words that date a title: 前首席科学家, 原CEO, 时任董事长. */
const TENURE = /^(前|原|时任|现任|新任|首任|前任)$/;

/** Nouns that count what is before them: 员工人数, 用户数量. */
const COUNT_NOUN = /^(人数|数量|总数|规模|数|总量)$/;

/**
 * "X的用户已超过1亿", "X的员工数量达2万": the people of X counted by the predicate (a verb and a
 * number) or by a count noun are a figure of X's, not people acting.
 */
export function counted(tokens: Token[], k: number): boolean {
  while (tokens[k] && /^(n|nz|vn|j|k)/.test(tokens[k]!.tag) && !tokens[k]!.entityId) {
    if (COUNT_NOUN.test(tokens[k]!.word)) return true;
    k++;
  }
  while (tokens[k] && /^(d|ad|t)$/.test(tokens[k]!.tag)) k++;
  if (!tokens[k] || !isVerb(tokens[k]!)) return false;
  const next = tokens[tokens[k + 1]?.word === '了' ? k + 2 : k + 1];
  return next?.tag === 'm';
}

/** Whether the 的 at `i` closes a modifier with a verb in it, after the last preposition. */
export function modifierEnds(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (isVerb(t)) return true;
    if (t.tag === 'p' || isPunct(t)) return false;
  }
  return false;
}

/** "被称为“X”的Y": the verb at `k` is in a modifier that 的 closes before the clause ends. */
export function modifiesNoun(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length; j++) {
    if (tokens[j]!.word === '的') return true;
    if (/^[，,。；;：:！!？?]$/.test(tokens[j]!.word) || (isVerb(tokens[j]!) && j > k + 1)) return false;
  }
  return false;
}

/** After a verb at `i`, the index of a localizer closing a when-frame (V(了)后 + more), or -1. */
/**
 * What follows a when-frame at `k` is a subject noun phrase of its own: a noun, or a verb opening
 * a relative clause before one ("申请试用的用户"); not an adverb or a verb going on with the
 * frame's subject ("X发布后迅速登顶").
 */
export function framesNounSubject(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.entityId) return false;
  if (/^n/.test(t.tag) && t.tag !== 'nr') return true;
  return isVerb(t) && opensRelative(tokens, k);
}

/**
 * "这家源自X的公司", "一家背靠X的初创企业": after a demonstrative or a number and its classifier
 * a noun phrase opens, so "V X的" in it is a relative clause on the head noun (not V acting on
 * X's thing, as in 收购X的股份); X only describes the head and is mentioned.
 */
export function objectOfCountedRelative(tokens: Token[], i: number): boolean {
  const verb = tokens[i - 1];
  const opener = tokens[i - 2];
  if (!verb || !isVerb(verb) || !opener || tokens[i + 1]?.word !== '的') return false;
  if (!/^(这|那|该|此|一)?(家|款|个|位|名|支|种)$/.test(opener.word) && opener.tag !== 'mq') return false;
  return /^(n[a-z]*|vn|eng)$/.test(tokens[i + 2]?.tag ?? '');
}

/**
 * "推出整合X技术的新版Y", "厂商获取X等芯片的渠道正在收窄": a verb, then the name (and nouns, 等),
 * then 的 and a head noun, is a relative clause on that head when it follows another verb (a verb
 * needs its object: 推出 [整合X技术的] Y) or another predicate follows it; the name only
 * describes the head. (With no such verb it is the predicate: 收购了X的股份.)
 */
export function inRelativeClause(tokens: Token[], i: number): boolean {
  let v = i - 1;
  while (v >= 0 && /^(了|过)$/.test(tokens[v]!.word)) v--;
  const verb = tokens[v];
  if (!verb || !isVerb(verb) || INVESTING.test(verb.word)) return false;
  let k = i + 1;
  while (
    tokens[k] &&
    k <= i + 3 &&
    !tokens[k]!.entityId &&
    /^(n|nz|eng|u)$/.test(tokens[k]!.tag) &&
    tokens[k]!.word !== '的'
  )
    k++;
  const head = tokens[k + 1];
  if (tokens[k]?.word !== '的' || !head || !/^(n[a-z]*|eng|a|b|m)$/.test(head.tag)) return false;
  const before = tokens[/^(了|过)$/.test(tokens[v - 1]?.word ?? '') ? v - 2 : v - 1];
  const serial = !!before && isVerb(before) && !before.entityId;
  return serial || laterPredicate(tokens, k + 1);
}

/** Verbs that bound or hedge a figure after them (超过10亿美元, 逾百亿元, 高达), tagged verbs by jieba. */
const FIGURE_HEDGE = /^(超过|超|逾|高达|达|达到|接近|将近|不到|不足|突破)$/;

/** Verbs of putting money in: a relative clause with one (由X领投的融资) names the round's investor. */
export const INVESTING = /^(投资|注资|入股|领投|跟投|参投|战略投资)$/;

/**
 * "推出了专为X打造的芯片", "收购了由X孵化的公司": outside the subject, a name inside a relative
 * clause (a verb phrase closed by 的 before its head noun) only describes the thing the verb acts
 * on (also after a verb jieba tags a noun, 主打); the head is the counterpart and the name is
 * mentioned. A round named after 由X领投的 still
 * has X as its investor, and a 的 before any verb makes X an owner instead (X的新品).
 */
export function describesObject(tokens: Token[], at: number): boolean {
  for (let j = at + 1; j < Math.min(tokens.length, at + 6); j++) {
    const t = tokens[j]!;
    // "X自研的" (jieba: 自/p 研/vn), "X去年推出的", "X所看好的", "X GPU组成的": only adverbs, time
    // words, 自/所 and a Latin product word stand between the doer of a relative clause and its
    // verb; "X在…的地位" is X's own.
    const verb = isVerb(t) || (t.tag === 'vn' && tokens[j + 1]?.word === '的');
    if (!verb) {
      // A verbal noun before the verb is its manner (混合/vn 组成).
      const manner = t.tag === 'vn' && !!tokens[j + 1] && isVerb(tokens[j + 1]!);
      if (manner || /^(d|t|eng)$/.test(t.tag) || /^(自|所|独立|联合)$/.test(t.word)) continue;
      return false;
    }
    if (INVESTING.test(t.word) || (isVerb(t) && !opensRelative(tokens, j))) return false;
    // "领投了X超过10亿美元的融资", "X逾百亿元的营收": a verb of bounds right before a number only
    // hedges the amount of X's own head noun; X does nothing in a relative clause.
    if (FIGURE_HEDGE.test(t.word) && tokens[j + 1]?.tag === 'm' && !tokens[j + 1]!.entityId) return false;
    let k = j + 1;
    while (tokens[k] && tokens[k]!.word !== '的') k++;
    const head = tokens[k + 1];
    return !!head && (!!head.entityId || /^(n[a-z]*|vn|eng|m|q|a|b|r)$/.test(head.tag));
  }
  return false;
}

/**
 * Verbs (and adjectives used as verbs) that measure their subject against what follows them: "超过X",
 * "落后于X", "不及X的一半". A closed class matched by word, since jieba tags several as nouns or
 * adjectives (领先/n, 落后/a).
 */
const COMPARING_WORDS =
  '超过|超越|超出|领先|落后|赶超|反超|高于|低于|优于|劣于|逊于|逊色于|不及|不如|胜过|击败|打败|战胜|险胜|力压|完胜|压过|比肩|媲美|追平|追上|赶上|强于|弱于|多于|少于|次于|仅次于|紧随|紧跟|紧追|逼近';

export const COMPARING = new RegExp(`^(${COMPARING_WORDS})$`);

/**
 * A comparing verb jieba fused with a degree adverb before it into one word it tags a name (远高于/nr,
 * 略低于): read where a name's standing in a comparison is decided, not where clauses are cut.
 */
export const GRADED_COMPARING = new RegExp(`^(?:远|略|稍|明显|大幅)(?:${COMPARING_WORDS})$`);

const SELF_NOUN = /^(官方|方面)$/;

/** Head nouns that make a name before them a modifier: people of X, a rank or a link on X. */
export const PART_NOUN = /(制定者|从业者|使用者|人员|人士|官员|榜首|榜单|榜|链接)$/;

export const TIME_LOCALIZER = /^(以来|以后|之后|后|以前|之前|前|起|期内)$/;

/** "投资、并购项目的失败": words listed with 、 that end in 的 modify a noun; they state nothing. */
export function listedModifier(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
    const t = tokens[k]!;
    if (t.word === '的') return true;
    if (t.word === '了' || t.entityId || (isPunct(t) && t.word !== '、')) return false;
  }
  return false;
}

/** The claim's source speaks with a neutral verb of saying (指出, 表示, 说), not one of leaking (透露). */
/** A verb after 的 (and at most one modifier) and before a plain noun is that noun's modifier: X的回应时间. */
export function modifiesNounAfterDe(words: readonly Token[], k: number): boolean {
  const next = words[k + 1];
  if (!next || next.entityId || !/^n(?!r|s|t)/.test(next.tag)) return false;
  const before =
    words[k - 1]?.word === '的' ? 1 : words[k - 2]?.word === '的' && /^(a|ad|b|d)$/.test(words[k - 1]!.tag) ? 2 : 0;
  return before > 0;
}
