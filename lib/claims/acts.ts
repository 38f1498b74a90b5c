/**
 * A new act of the same subject with no connective (流水句): Chinese news strings a subject's acts
 * in one sentence with commas alone — 三星反诉对方侵权，索偿约1亿元; 券商下调目标价，维持“买入”评级;
 * 法院裁定X侵权，须向Y赔偿…. A later clause that opens (after adverbs and a modal of obligation)
 * on a verb of a closed class of acts — claiming or paying damages, keeping or restating a rating,
 * stopping, recalling or withdrawing something, suing or appealing — and goes on with its object
 * states an act of its own: read as a coordinated predicate (并…) is.
 *
 * Not a bare change of a figure (同比增长11%), not a ranking or record after a figure (仅次于X):
 * neither verb is in the class, and both stay with the figure they qualify.
 */
import { isPunct, type Token } from './segment';
import { isVerb } from './words';

/** Verbs of an act complete with its object, that a news sentence chains without 并. */
const ACT_VERB =
  /^(维持|維持|重申|索偿|索償|索赔|索賠|赔偿|賠償|停止|暂停|暫停|终止|終止|召回|撤回|撤销|撤銷|下架|起诉|起訴|上诉|上訴)$/;
/** What may stand before the verb: adverbs of also/still/again, a modal of obligation or will. */
const LEAD = /^(亦|也|还|還|仍|仍然|再|又|另|须|須|需|需要|必须|必須|应|應|应当|應當|将|將|同样|同樣)$/;

/** Whether a clause body (punctuation allowed) opens on an act of ACT_VERB with an object after it. */
export function statesNewAct(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  let k = 0;
  while (k < words.length && !words[k]!.entityId && LEAD.test(words[k]!.word)) k++;
  // (A party it is owed to or done toward may come before the verb: 须向Y赔偿, 向法院起诉.)
  if (/^(向|对|對)$/.test(words[k]?.word ?? '') && words[k + 1]) k += 2;
  const head = words[k];
  return !!head && !head.entityId && ACT_VERB.test(head.word) && k + 1 < words.length;
}

/**
 * Prepositions that open an adverbial before the verb: to or toward whom, for whom, with whom, from
 * where, by what means. (Not 在/于, whose phrase is as often a frame of its own, 但在C端市场，…; nor
 * 由, which names an agent of its own.)
 */
const ADVERBIAL_PREPOSITION = /^(向|对|對|给|給|为|為|与|與|和|跟|同|从|從|按|依照|按照|通过|通過)$/;
/** What may stand before the predicate: adverbs of time, degree, negation and continuation. */
const ADVERB = /^(d|ad|t)$/;
/** Adverbs jieba tags otherwise: 仍 (zg). */
const ADVERB_WORD = /^(仍|仍然|仍旧|依然|亦|已|尚|均|皆|都)$/;
/** Words opening a stretch of time before the verb: 连续三年, 持续两个季度. */
const DURATION = /^(连续|連續|持续|持續)$/;
const adverb = (t: Token) => !t.entityId && (ADVERB.test(t.tag) || ADVERB_WORD.test(t.word));

/**
 * "但至今仍未向公众开放", "不过已向监管部门提交申请": a clause whose predicate comes after an
 * adverbial prepositional phrase (向Y, 对Y, 与Y, 通过Y) — adverbs, the preposition and its object,
 * then the verb — opens on its predicate as much as one with the verb first: it has no subject of
 * its own. Not 是 or 有 (a comment, not an act), nor a comparison frame (与Y相比, a clause's scene).
 */
export function predicateAfterAdverbial(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  let k = 0;
  while (k < words.length && adverb(words[k]!)) k++;
  let j = k;
  let duration = false;
  // (A stretch of time it lasts, 连续五个季度 / 连续三年, is an adverbial too; a phrase may follow.)
  if (DURATION.test(words[j]?.word ?? '') && /^(m|mq)$/.test(words[j + 1]?.tag ?? '')) {
    j += 2;
    while (j < words.length && j - k <= 4 && /^(m|q|mq|n|t)$/.test(words[j]!.tag) && !words[j]!.entityId) j++;
    while (j < words.length && adverb(words[j]!)) j++;
    k = j;
    duration = true;
  }
  if (ADVERBIAL_PREPOSITION.test(words[k]?.word ?? '')) {
    // (The object: a few nouns, names, numbers or a localizer; never a verb.)
    j = k + 1;
    while (
      j < words.length &&
      j - k <= 6 &&
      /^(n|nr|nrt|ns|nt|nz|ng|eng|r|m|q|mq|f|s|uj|a|b|vn|x|ENT)$/.test(words[j]!.tag)
    )
      j++;
    if (j === k + 1 || j >= words.length) return false;
  } else if (!duration) return false;
  while (j < words.length && adverb(words[j]!)) j++;
  const head = words[j];
  return !!head && !head.entityId && isVerb(head) && !/^(是|有|还有|相比|相較|相较|来说|來說|而言)$/.test(head.word);
}
