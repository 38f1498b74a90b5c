/**
 * Parties of a court's ruling: "法院裁定X侵犯Y的专利", "判决X须向Y赔偿…". The court (seldom a
 * gazetteer name) rules; what the claim says is about the party found liable, the `agent`, and the
 * rights holder it wronged or must pay, the `object` (tests/claims-eval/README.md: in a ruling the
 * party found to infringe is `agent` and the patent holder `object`).
 */
import { isPunct, type Token } from './segment';
import type { Role } from './vocabulary';

/** Verbs of a court's finding, whose complement states what a party did or owes. */
const RULING = /^(裁定|判决|判定|判令|判|认定|裁决)$/;
/** What a party found liable did to the holder (侵犯Y的专利) — the holder follows. */
const WRONG = /^(侵犯|侵害|侵权|抄袭|盗用)$/;
/** What a party found liable owes: 须向Y赔偿, 向Y支付. */
const OWE = /^(赔偿|赔|支付|补偿|赔付)$/;

/** The roles a ruling in `tokens` gives its parties, or an empty list when no ruling names them. */
export function ruledParties(tokens: Token[]): Array<[string, Role]> {
  const r = tokens.findIndex((t) => RULING.test(t.word) && /^v/.test(t.tag));
  if (r < 0) return [];
  // The liable party is the first name after the ruling verb, before any other clause.
  let k = r + 1;
  while (k < tokens.length && !tokens[k]!.entityId && !isPunct(tokens[k]!)) k++;
  const liable = tokens[k];
  if (!liable?.entityId) return [];
  const out: Array<[string, Role]> = [];
  let wronged = false;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (/^[。！？；]$/.test(t.word)) break;
    if (WRONG.test(t.word)) {
      wronged = true;
      // "侵犯Y的专利", "侵犯了Y一项专利": the holder right after the verb (an aspect particle between).
      const holder = /^(了|过)$/.test(tokens[j + 1]?.word ?? '') ? tokens[j + 2] : tokens[j + 1];
      if (holder?.entityId && holder.entityId !== liable.entityId) out.push([holder.entityId, 'object']);
    }
    // "须向Y赔偿", "向Y支付…": the one paid, when the debt verb follows within the clause.
    if (t.word === '向' && tokens[j + 1]?.entityId && tokens.slice(j + 2, j + 5).some((x) => OWE.test(x.word))) {
      wronged = true;
      if (tokens[j + 1]!.entityId !== liable.entityId) out.push([tokens[j + 1]!.entityId!, 'object']);
    }
  }
  // Only a finding of a wrong or a debt makes the first name liable ("裁定X胜诉" does not).
  return wronged ? [[liable.entityId, 'agent'], ...out] : [];
}
