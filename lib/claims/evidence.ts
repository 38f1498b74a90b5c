/**
 * What a card can trust a claim to say about one entity, from the claim's own words: whether it
 * asserts anything at all about the entity (an open question asserts nothing), and how the entity
 * is named in it (as the owner of the subject rather than the subject). Used by rankFor
 * (group.ts); works on either script and needs no segmenter.
 */
import type { Attribution, Role } from './extract';
import type { DateRef, Figure } from './quantities';
import { openQuotations } from './quotes';
import { displayText } from './readable';

/**
 * The parts of a claim (group.ts's Claim) these checks read, spelled out here so that group.ts can
 * import this module without a cycle.
 */
interface Evidence {
  entities: ReadonlyArray<{ id: string; role: Role }>;
  figures: readonly Figure[];
  dates?: readonly DateRef[];
}

/**
 * Interrogatives that make a clause an embedded question (X何时推出…, X能否追上…, X有没有能力…,
 * X会如何回应…): the clause names a possibility, not an event.
 */
const INTERROGATIVE = new RegExp(
  '何时|何時|何种|何種|何以|为何|為何|为什么|為什麼|什么时候|什麼時候|能否|是否|会否|會否|可否|' +
    '会不会|會不會|能不能|有没有|有沒有|是不是|多大|多久|多少|如何|怎样|怎樣|怎么|怎麼|哪(?:个|個|家|些|种|種|一)',
);

/**
 * Predicates that say the question is open (仍是未知数, 尚不明确, 成了悬念, 仍是个问号, 有待观察): what
 * the embedded question names has not happened, or nobody knows.
 */
const STILL_OPEN = new RegExp(
  '未知数|未知數|不明确|不明確|不清楚|不明朗|不得而知|有待|成谜|成謎|悬念|懸念|问号|問號|' +
    '尚无定论|尚無定論|难以预料|難以預料|难以判断|難以判斷|还不确定|還不確定|尚未确定|尚未確定|拭目以待',
);

/** Clause breaks inside a sentence. */
const CLAUSE = /[，,；;：:]/;

/**
 * Whether the claim only asks about the entity: it is a question (ends in ？), or every clause that
 * names the entity is an embedded question and the sentence says the question is open ("X何时推出
 * 新模型，仍是未知数", "X的新模型何时上线，成了最大的悬念", "X有没有能力追上Y，仍是个问号"). It asserts
 * nothing a reader could check about X: not a launch, a comparison or a plan. A clause that names
 * X outside the question still states something ("X的月活有望突破5000万，但能否留住用户仍是未知数").
 */
export function openQuestion(text: string, names: readonly string[]): boolean {
  const shown = displayText(text).trim();
  if (/[？?][”」』"]?$/.test(shown)) return true;
  if (!STILL_OPEN.test(shown)) return false;
  const clauses = shown.split(CLAUSE);
  const naming = clauses.filter((clause) => names.some((n) => n && clause.toLowerCase().includes(n.toLowerCase())));
  return naming.length > 0 && naming.every((clause) => INTERROGATIVE.test(clause));
}

/**
 * Whether the claim is someone's words cut from inside a quotation without its speaker: its text
 * opens a quotation it does not close, or closes one it did not open (the second sentence of
 * 张明远表示：“…。…。”, the first of “…。…。”X说), and who says so is left as the article. A card
 * would show the speaker's view, forecast or boast as the article's own statement.
 */
export function unattributedQuote(claim: { attribution?: Attribution }, text: string): boolean {
  if (claim.attribution && claim.attribution.kind !== 'article') return false;
  return openQuotations(text) !== 0;
}

/**
 * The entity named only as the owner of the claim's subject, at its head ("X的新办公楼已经落成",
 * "X的回归，恰好与…撞在一起"): what the claim says is about the owned thing. With a figure
 * ("X的用户规模已突破2亿") the owned thing is the entity's measure and the claim is its fact.
 */
export function ownerAtHead(text: string, names: readonly string[]): boolean {
  const shown = displayText(text);
  const lower = shown.toLowerCase();
  let owner = false;
  for (const name of names) {
    const key = name.toLowerCase();
    if (!key) continue;
    const at = lower.indexOf(key);
    if (at < 0) continue;
    // Named again further on in its own right: not only the owner.
    if (at > 2 || !/^[的之]/.test(shown.slice(at + key.length)) || lower.includes(key, at + key.length)) return false;
    owner = true;
  }
  return owner;
}

/**
 * Nothing a reader can check pins the claim down: no figure, no resolved date, no counterpart, no
 * second name it relates the entity to.
 */
export function unanchored(claim: Evidence): boolean {
  return (
    claim.figures.length === 0 &&
    !(claim.dates ?? []).some((d) => d.iso) &&
    !claim.entities.some((e) => e.role === 'object') &&
    claim.entities.length < 2
  );
}

/**
 * What a claim loses on a card for naming the entity only as the owner of its subject with nothing
 * to pin it down (see `ownerAtHead`, `unanchored`): it stays on the card, after the claims that
 * are about the entity itself.
 */
export const OWNER_ONLY = 2;

export function evidencePenalty(claim: Evidence, text: string, names: readonly string[]): number {
  return unanchored(claim) && ownerAtHead(text, names) ? OWNER_ONLY : 0;
}
