/**
 * Two parties speaking together: "A与B均表示，…", "A和B都称…", "A、B昨日同时回应…". Chinese joins
 * two subjects of one verb of saying with 与/和/及/、, often with 均/都/皆 after them; both say it,
 * so both act in what is said as the first does (README: two names joined by 和/与 are both
 * `agent`, dev-6, dev-8, dev-9; both parties of a silence, dev-5).
 */
import type { Token } from './segment';

const JOINER = /^(与|和|及|跟|同|、|與)$/;
/** What may stand between the pair and its verb: times, adverbs (均, 都, 皆, 同时, 也, 分别). */
const BETWEEN = /^(d|t|ad|c)$/;
/** Verbs of saying and answering. */
const SAYING =
  /^(表示|称|稱|指出|强调|強調|透露|回应|回應|声明|聲明|宣布|公布|证实|證實|否认|否認|拒绝|拒絕|坦言|承认|承認|說|说)/;

/**
 * The one other party joined to `speaker` as a subject of a verb of saying in `tokens` (a
 * sentence's), or null (none, or three or more: an enumeration is `listed`, read elsewhere).
 */
export function coSpeaker(tokens: readonly Token[], speaker: string): string | null {
  const at = tokens.findIndex((t) => t.entityId === speaker);
  if (at < 0 || !JOINER.test(tokens[at + 1]?.word ?? '')) return null;
  const other = tokens[at + 2];
  if (!other?.entityId || other.entityId === speaker) return null;
  // (A third name joined after it makes a list.)
  if (JOINER.test(tokens[at + 3]?.word ?? '') && tokens[at + 4]?.entityId) return null;
  let k = at + 3;
  while (tokens[k] && BETWEEN.test(tokens[k]!.tag) && !SAYING.test(tokens[k]!.word)) k++;
  return SAYING.test(tokens[k]?.word ?? '') ? other.entityId : null;
}
