/**
 * Word classes and token tests shared by the clause readers: which jieba token is a verb, which
 * verb heads a predicate rather than a relative clause or an inclusion (包括…在内), list joiners,
 * negation, the copula.
 */
import { isPunct, PROPER_TAG, type Token } from './segment';
import { MEMBER_NOUN } from './cues';

export const LIST_JOINERS = /^(、|和|与|及|以及|或|跟|同)$/;

export const NEGATION = /^(没有|没|未|尚未|并未|从未|不|并不|未曾|不会|不再|无意)$/;

export const isVerb = (t: Token) => /^v[dgilfx]?$/.test(t.tag);

/** 兼, 联合 before a title ("创始人兼CEO", "联合CEO") join titles; they are not a predicate. */
export const TITLE_JOINER = /^(兼|联合|共同|首席|常务|执行|管理|高级|资深)$/;

/** The preposition token `i` is: 由 after 借 is 借由 (jieba cuts it 借 + 由), a means, not the doer 由 names. */
export function prepositionAt(tokens: Token[], i: number): string {
  const word = tokens[i]!.word;
  if (word === '由' && tokens[i - 1]?.word === '借') return '借由';
  // "由X转投Y", "由X跳槽至Y": before a verb of moving, 由 names whence, as 从 does.
  if (word === '由' && tokens[i + 1]?.entityId && MOVING_FROM.test(tokens[i + 2]?.word ?? '')) return '从';
  // "由7.38万元降至5.58万元", "由9.1%升至…": before a figure, 由 opens where a change of value starts
  // (由…至…), as 从 does; a quantity is never a doer, so 由 names none.
  // (Only with the end it goes to, 至/到, in the clause: "由三位研究员创办" counts the doers.)
  if (word === '由' && figureAt(tokens, i + 1) && changesTo(tokens, i + 1)) return '从';
  return word;
}

/** Words that may lead a figure: a currency named before it (人民币7.38万元), a rate's period (每月20美元). */
const FIGURE_LEAD = /^(人民币|新台币|港币|美金|每月|每年|每股|每辆|每台|单价|约|近|逾)$/;

/** Whether the clause goes on from `k` to the end of a change: 至/到 (降至, 升到) before any punctuation. */
function changesTo(tokens: Token[], k: number): boolean {
  for (; tokens[k] && (!isPunct(tokens[k]!) || /^[.%]$/.test(tokens[k]!.word)); k++)
    if (/^(至|到)$/.test(tokens[k]!.word) || (/(至|到)$/.test(tokens[k]!.word) && isVerb(tokens[k]!))) return true;
  return false;
}

/** Whether a number (after a word that may lead one) starts at `k`. */
function figureAt(tokens: Token[], k: number): boolean {
  if (FIGURE_LEAD.test(tokens[k]?.word ?? '') && !tokens[k]!.entityId) k++;
  const t = tokens[k];
  return (
    !!t &&
    !t.entityId &&
    (/^\d/.test(t.word) || (t.tag === 'm' && /^[一二两三四五六七八九十百千万亿几数]+/.test(t.word)))
  );
}

/** Verbs of moving from one organization to another: 由X转投Y. */
export const MOVING_FROM = /^(转投|跳槽|转战|转会|调任|调往|转至|转到|加盟|加入|出走)$/;

/** A verb that heads a predicate: not a title joiner, not inside a relative clause ("搭建的"). */
export function isPredicate(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!isVerb(t) || t.word === '是' || opensInclusion(tokens, i)) return false;
  if (TITLE_JOINER.test(t.word) && MEMBER_NOUN.test(tokens[i + 1]?.word ?? '')) return false;
  return !opensRelative(tokens, i);
}

/**
 * A verb whose phrase ends in 的 before any other verb or comma modifies the noun after it
 * ("面向企业的模型", "针对场景精调的模型"): it is not the clause's predicate. A name or 了 in
 * between makes 的 a possessive instead ("推出了Nova的新版").
 */
export function opensRelative(tokens: Token[], i: number): boolean {
  // "成为不小的风险", "成了最大的赢家": after a verb of becoming, an adjective's 的 phrase is its
  // object; the verb is the predicate.
  if (/^(成为|成了|变成|沦为)$/.test(tokens[i]!.word) && /^(a|ad|d)$/.test(tokens[i + 1]?.tag ?? '')) return false;
  // "成立于2015年的X", "总部位于深圳的X", "诞生于去年的X": a verb with 于 after it (V于, the place or
  // time of the act) is one verb; its phrase still ends in 的 before the noun it describes.
  const yu = tokens[i + 1]?.word === '于' && tokens[i + 1]?.tag === 'p';
  for (let j = i + 1; j < Math.min(tokens.length, i + (yu ? 8 : 7)); j++) {
    const t = tokens[j]!;
    // (Not "成立于2015年的夏天": a time after 的 is the date's own head.)
    if (t.word === '的') return !yu || !/^(t|m|f|q)$/.test(tokens[j + 1]?.tag ?? '');
    if (yu && j === i + 1) continue;
    // "上涨到如今的80亿": 的 after a time word belongs to the time, not to a relative clause.
    // (But "成立于去年的X": after V于, a time before 的 and a name is when the name's act was.)
    // (Nor "成立仅五年的X": a bounded length of time after the verb says how long, and 的 is the clause's.)
    const span = /^[一二两三四五六七八九十几数\d]+(年|个月|天|周)$/.test(t.word) && tokens[j - 1]?.tag === 'd';
    if (t.tag === 't' && tokens[j + 1]?.word === '的' && !(yu && tokens[j + 2]?.entityId) && !span) return false;
    // A serial verb ("开放使用的") belongs to the same phrase.
    if (isVerb(t) && j === i + 1) continue;
    if (t.entityId || t.word === '了' || t.word === '着' || isPunct(t) || isVerb(t) || t.tag === 'p') return false;
  }
  return false;
}

/**
 * "X投资的Y", "X孵化的Y": jieba tags some verbs nouns of action (vn); right after a name and before
 * 的 and another name they still open a relative clause that describes the name after.
 */
export function verbalRelative(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.tag === 'vn' && !t.entityId && tokens[i + 1]?.word === '的' && !!tokens[i + 2]?.entityId;
}

/** "包括X在内的Y": 包括 opens a phrase inside the subject, not the predicate. */
export function opensInclusion(tokens: Token[], i: number): boolean {
  if (!/^(包括|包含)$/.test(tokens[i]!.word)) return false;
  for (let k = i + 1; k < tokens.length; k++) {
    if (tokens[k]!.word === '在内') return true;
    if (isPunct(tokens[k]!) && tokens[k]!.word !== '、') return false;
  }
  return false;
}

/** Verbs of reading something as a fact, after 被: 被解读为, 被视为, 被看作. */
export const CONSTRUAL = /^(解读|解读为|解读成|视为|看作|看成|理解为|认为是|称为|形容为)$/;

export function laterPredicate(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) {
    if (isPunct(tokens[k]!) && tokens[k]!.word !== '、') return false;
    if (isPredicate(tokens, k)) return true;
  }
  return false;
}

/** Names in an enumeration of three or more (A、B、C等; A、B以及C) are listed. */
/**
 * A name jieba tags as proper, or a body's name it tags as a plain noun: 教育部, 工信部, 证监会
 * (a government body ends on 部, 委, 局, 署, 办 or 会).
 */
export function properName(t: Token): boolean {
  return PROPER_TAG.test(t.tag) || (t.tag === 'n' && /^..+(部|委|局|署|办|会)$/.test(t.word));
}

/** A passive of construal (被X解读为, 被视为, 被看作): the words say how someone reads it. */
export function construed(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      (/^(解读|解读为|解读成|视为|看作|看成|理解为|认为是|誉为|形容为)$/.test(t.word) &&
        tokens.slice(Math.max(0, i - 5), i).some((x) => x.word === '被')) ||
      // "X把Nova称之为行业标杆", "X将Y比作Z": someone characterising what 把 takes (称之为 always
      // does), a view of theirs; naming it (把Y称为Z, 命名为) is not here.
      t.word === '称之为' ||
      (CHARACTERISE.test(t.word) && tokens.slice(Math.max(0, i - 5), i).some((x) => /^(把|将)$/.test(x.word))),
  );
}

/** Verbs that characterise what 把 takes: likening it or praising it as something. */
const CHARACTERISE = /^(誉为|比作|比喻为|喻为|形容为|形容成|视作|奉为|捧为|贬为)$/;

/** 是, 成为, 正是: what follows says what the subject is, not what it did. */
export const isCopula = (t: Token) => /^(是|正是|就是|便是|即是|成为|成了)$/.test(t.word);

/** A negation earlier in the same clause scopes over the verb ("没有面向公众开放使用X"). */
export function negatedAt(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    // ("一位不愿具名的员工透露": a negation before 的 is inside a modifier of a noun before the verb;
    // "并未回应外界…的猜测" still negates, the verb there being the noun 的 modifies.)
    if (isPunct(t) || (t.word === '的' && k < i - 1)) return false;
    if (NEGATION.test(t.word)) return true;
  }
  return false;
}
