/**
 * Claim extraction: whole propositions the corpus states about entities. Works on a paragraph,
 * sentence by sentence, clause by clause, on jieba's words and part-of-speech tags:
 *
 * - A clause is a qualifier (when: "去年11月", "Sora发布不久"; where or as what: "在…背后",
 *   "作为…之一"; who says so: "据知情人士透露", "X表示", "有消息称"), a topic (a name and no
 *   verb: "智谱，"), or content (a predicate verb or a figure). Qualifiers and a topic are kept
 *   with the proposition that follows them; content clauses with no subject of their own
 *   continue the open proposition (zero anaphora).
 * - The subject is the name (or pronoun) before the clause's first predicate verb that is not
 *   inside a prepositional phrase, a possessive or a type ("类Sora", "国产Sora"). Names after a
 *   counterpart preposition (对/向/与…) or after the verb are objects; three or more names in an
 *   enumeration (、/和/以及…等) are listed; the rest are mentioned.
 * - Names in a relative clause before the head noun act in it ("X搭建的Y", "由X…的Y": X agent,
 *   Y object); "包括X在内的", "以X为例", "其背后是X" name the subject; names in a purpose phrase
 *   (为了, 用于), a means phrase (借助), a range (从X到Y), a denied complement (不是X而是Y) or
 *   before a head noun for their people or rank (政策制定者, 榜首) are only mentioned; 被X,
 *   遭到X的否认, 获得X的投资 make X the doer; after a verb of evidence (体现出, 说明) the clause it
 *   introduces has the actor.
 * - A pronoun or zero subject (其, 他, 该公司, 这家大厂) takes the latest entity of a fitting type
 *   in the paragraph that acted (agent or object); 它/他 go on with the last subject; a
 *   demonstrative noun phrase opening a sentence (这家企业数据服务商, 该初创公司) takes the topic
 *   of the sentences before (the subject of the last one's first proposition; for an investor,
 *   the company it invests in) when its type fits; when none
 *   fits, the proposition is dropped (unless the sentence describes the person: 一位…高管…他).
 *   A bare 团队/公司 or a pronoun speaking is resolved the same way; so is a speaker after a
 *   closing quote ("“…”X说") or before a colon ("X：…").
 * - A short paragraph without closing punctuation is a heading and states nothing.
 * - Kind, modality and attribution come from the closed-class words in cues.ts.
 * - A proposition needs a predicate, an entity with a real role, and a kind; else it is dropped.
 */
import type { ClaimDraft, ExtractContext, SentenceMention } from './types';
import { extractParagraph } from './paragraph';

export type { ClaimKind, Modality, Role } from './vocabulary';
export type { Attribution, SentenceMention, ClaimDraft, ExtractContext, ParagraphCarry } from './types';
export { extractParagraph } from './paragraph';

/** Claims of one sentence (offsets within the sentence). */
export function extractClaims(
  sentence: string,
  folded: string,
  mentions: readonly SentenceMention[],
  context: ExtractContext,
): ClaimDraft[] {
  return extractParagraph(sentence, folded, mentions, context);
}
