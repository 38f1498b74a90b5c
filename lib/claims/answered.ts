/**
 * The party a response answers for. A sentence that opens on what it answers — 对于/针对/关于/就 a
 * report, a rumour or a question, then a comma — and goes on with a company noun as its subject
 * (该公司, 这家公司) means by that noun the company the answered report is about, its first name:
 * "对于市场传出X将裁员的消息，该公司回应称…" is X responding. (README: the responder or the silent
 * party is `agent`, stated by dev-2 … dev-12.)
 */
import type { Token } from './segment';

/** Prepositions of what a response answers (jieba may join a leading conjunction: 而针对). */
const ANSWERS = /^(而|但|不过)?(针对|对于|关于|就)$/;

/** A company noun standing for one company named before it. */
const THE_COMPANY = /^(该|这家|此|這家|該)(公司|企业|企業|集团|集團)(?!们|們)/;

/** The company a response answers for, where it is named, and every name of the answered frame. */
export interface AnsweredParty {
  id: string;
  at: number;
  end: number;
  /** The names of the answered frame (the report's others act in the report, not in the response). */
  names: string[];
}

/**
 * The first organization named in the answered frame that opens the sentence, when `word` (a
 * subject or a speaker written at `subjectStart`: 该公司, 该公司相关负责人) is a company noun right after
 * that frame; else null.
 */
export function answeredFrameParty(
  tokens: readonly Token[],
  word: string,
  subjectStart: number,
  isOrganization: (id: string) => boolean,
): AnsweredParty | null {
  if (!THE_COMPANY.test(word)) return null;
  const body = tokens.filter((t) => !/^[\s]*$/.test(t.word));
  let k = 0;
  if (/^(而|但|不过)$/.test(body[k]?.word ?? '')) k++;
  if (!ANSWERS.test(body[k]?.word ?? '')) return null;
  const comma = body.findIndex((t, n) => n > k && /^[，,]$/.test(t.word));
  if (comma < 0) return null;
  // (The subject opens the clause right after the frame: adverbs and times may come first.)
  const next = body.slice(comma + 1).find((t) => !/^(d|t|c)$/.test(t.tag));
  if (!next || next.start !== subjectStart) return null;
  const frame = body.slice(k + 1, comma);
  const named = frame.find((t) => t.entityId && isOrganization(t.entityId));
  if (!named) return null;
  const names = frame.flatMap((t) => (t.entityId ? [t.entityId] : []));
  return { id: named.entityId!, at: named.start, end: named.end, names };
}
