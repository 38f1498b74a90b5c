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
