/**
 * Moves of office (人事变动): which organization a person leaves and which one takes him on. The
 * organization whose title the person holds or held (X联合创始人…离职, 曾任X负责人的Y, 原X研究员) or
 * that a preposition names as where or whence (在X担任, 从X跳槽) is what the move is about, the
 * object; the one named right after a verb of joining (加盟Y, 出任Y首席科学家, 跳槽至Y) takes him
 * on, the agent (README: the hiring company agent, the company left object). A company that is
 * itself the subject of 加入 (X加入Y联盟) is no move of office, and a named person who joins acts in
 * it himself (the company joined is his counterpart): the agent rule stays out of both.
 */
import type { Token } from './segment';
import { MEMBER_NOUN } from './cues';
import { MOVING_FROM } from './words';
import type { Role } from './vocabulary';

/** Verbs of taking a post or joining an organization. */
const JOINING = /^(加入|加盟|入职|就职|转投|重返|回归|效力|出任|接任|担任|履新|跳槽|投奔|转战)$/;

/** Verbs of a report coming out: X传出…, X再传… . */
const REPORTED = /^(传出|再传|又传|曝出|爆出|传)$/;

/** Words that make the title after an organization's name a past one: 曾任X…, 原X…, 前X…. */
const PAST = /^(曾任|原|前|前任|原任|曾是|曾为)$/;

/** A count of members between the name and the title: X多名高管, X三位联合创始人, X至少两名. */
const COUNT = /^(m|mq|q)$/;

/** Officers a count may stand before: 多名高管, 三位联合创始人, 两名副总裁. */
const OFFICER =
  /^(高管|高层|核心高层|核心成员|联合创始人|联合创办人|创始人|创办人|副总裁|总裁|董事|负责人|技术负责人|首席)/;

/** Whether the name at `k` holds a title after it (a count of people may come between). */
function titled(tokens: Token[], k: number): boolean {
  let n = k + 1;
  // ("X近月亦传出联合创办人离职": times, adverbs and a verb of reporting may stand before the title.)
  let m = n;
  while (tokens[m] && /^(t|d|ad)$/.test(tokens[m]!.tag) && !tokens[m]!.entityId) m++;
  if (REPORTED.test(tokens[m]?.word ?? '')) n = m + 1;
  const from = n;
  while (tokens[n] && n <= from + 2 && (COUNT.test(tokens[n]!.tag) || /^(至少|多达|近|约)$/.test(tokens[n]!.word))) n++;
  const next = tokens[n]?.word ?? '';
  // (After a count only officers: "X多名高管离职"; "X约770名员工中，…" counts the staff; jieba may
  // cut a compound title in two: 核心/n 高层/n.)
  if (n > from) return OFFICER.test(next) || OFFICER.test(next + (tokens[n + 1]?.word ?? ''));
  // ("X技术负责人", "X游戏业务总裁": one plain noun, a unit or a field, may stand before the title.)
  const unit = tokens[n]?.tag === 'n' && !tokens[n]!.entityId && MEMBER_NOUN.test(tokens[n + 1]?.word ?? '');
  return unit || MEMBER_NOUN.test(next) || /^(董事会|联合|共同|首席|前|原)/.test(next);
}

/** Whether the name at `k` follows a verb of joining, directly or after 至/到 (跳槽至Y). */
function joinedAt(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.word ?? '';
  if (JOINING.test(before)) return true;
  return /^(至|到)$/.test(before) && JOINING.test(tokens[k - 2]?.word ?? '');
}

/**
 * The roles a move of office gives the organizations of `tokens` (a clause whose predicate is such
 * a move); `isOrganization` says which names are organizations.
 */
export function officeMoveRoles(tokens: Token[], isOrganization: (id: string) => boolean): Map<string, Role> {
  const out = new Map<string, Role>();
  const verbAt = tokens.findIndex((t) => JOINING.test(t.word));
  // Organizations before the verb that are none of a title's, a past post's or a place's: the company
  // itself joins (X加入Y联盟), so whoever it joins is no employer.
  // So does a named person (奥特曼将加入X: the person acts, X is the counterpart).
  const selfJoins =
    verbAt >= 0 &&
    tokens.slice(0, verbAt).some((t, k) => t.entityId && !(isOrganization(t.entityId) && marked(tokens, k)));
  tokens.forEach((t, k) => {
    if (!t.entityId || !isOrganization(t.entityId)) return;
    if (!selfJoins && joinedAt(tokens, k)) out.set(t.entityId, 'agent');
    else if (marked(tokens, k)) out.set(t.entityId, 'object');
  });
  return out;
}

/** Whether the organization at `k` is named as the holder of a title, a past post, or a place. */
function marked(tokens: Token[], k: number): boolean {
  const placed =
    /^(在|从|自|于|至|到)$/.test(tokens[k - 1]?.word ?? '') ||
    (tokens[k - 1]?.word === '由' && MOVING_FROM.test(tokens[k + 1]?.word ?? ''));
  const past = PAST.test(tokens[k - 1]?.word ?? '') || (tokens[k - 2]?.word === '曾' && tokens[k - 1]?.word === '任');
  return titled(tokens, k) || placed || past;
}

/**
 * Whether a pronoun or definite subject ending at `end` (公司, 该公司, 其) names the holder of the
 * title of the people who move ("该公司两名联合创始人相继离职"): the organization they leave, the
 * object, as a named holder is.
 */
export function subjectLeftBy(tokens: Token[], end: number): boolean {
  const k = tokens.findIndex((t) => t.end === end);
  return k >= 0 && !tokens.slice(k + 1).some((t) => JOINING.test(t.word)) && titled(tokens, k);
}
