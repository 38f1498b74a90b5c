/**
 * Whom a denial is about when it names no one but the denier.
 *
 * News answers a report with a bare verdict ("对此X回应称“消息不实”", "X随后回应称这只是一次测试"):
 * the answer is about what the report said, and the conventions make the parties of that report
 * (other than the denier) the denial's objects (tests/claims-eval/README.md: the denier `agent`,
 * what it denies about `object`). The report is the latest hearsay: earlier in the sentence, or
 * the rumour carried from the sentence or paragraph before. The denier must have been one of its
 * parties (or own one of them: a company answering a report about its product); an answer from
 * someone the report did not name is left alone.
 */
import type { ClaimDraft } from './types';
import type { Role } from './vocabulary';

/** The agents and objects of a reported claim: who the hearsay was about. */
export function rumourPartiesOf(claim: Pick<ClaimDraft, 'entities'>): string[] {
  return claim.entities.filter((e) => e.role === 'agent' || e.role === 'object').map((e) => e.id);
}

/**
 * The report's other parties, to be the objects of `denier`'s denial; none when the denial names
 * anyone else, or when the denier was not party to the report.
 */
export function deniedParties(
  denier: string,
  roles: ReadonlyMap<string, Role>,
  drafts: readonly Pick<ClaimDraft, 'entities' | 'modality'>[],
  carried: readonly string[] | null | undefined,
  parentOf?: (id: string) => string | undefined,
): string[] {
  // (A denial that names anyone else, "否认了中文版Sora的说法", is about what it names.)
  if ([...roles.keys()].some((id) => id !== denier)) return [];
  const report = [...drafts].reverse().find((d) => d.modality === 'reported');
  const parties = report ? rumourPartiesOf(report) : [...(carried ?? [])];
  const party = parties.some((id) => id === denier || parentOf?.(id) === denier);
  if (!party) return [];
  const others = parties.filter((id) => id !== denier);
  return others.length <= 2 ? others : [];
}
