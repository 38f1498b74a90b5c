/**
 * A broker's verdict on a listed stock: a rating kept, given or moved (维持「买入」评级, 给予「优于大盘」评等,
 * 将X的评级由“买入”下调至“中性”) or a price target (目标价63港元, 目标价上调至160港元), only ever
 * about a company's shares, never about the broker who speaks. One vocabulary
 * for every reader of it: antecedents (whose stock, propositions' cut before a second verdict),
 * modality (the tag a rating or a target takes), drafting (the tag it takes on a rated company) and
 * roles (an analyst's verdict noun owned by the name before it). Text here is folded (Simplified).
 *
 * Two readings of a rating stay apart, as they were tuned apart (joining them changes the output):
 * a rating by its verb (RATING_VERB … 评级/评等: whose stock, what the claim is, where a claim is cut)
 * and a rating by its grade (RATING_GRADE before 评级, or 评级 moved to one: the modality's tag).
 */
import type { Token } from './segment';
import type { ClaimKind, Modality } from './vocabulary';

/** What a broker's verdict states: a rating (an opinion) or a price target (a figure forecast). */
export type Verdict = 'rating' | 'target';

/** The verbs that keep, give or move a rating: 维持, 重申, 给予, 首次覆盖, 下调, 降至, 改为. */
const RATING_VERB = '维持|重申|给予|给出|首次覆盖|上调|下调|调升|调降|升至|降至|改为';
/** The nouns of a rating: 评级, and Taiwan's 评等. */
const RATING_NOUN = '评级|评等';

/**
 * A rating by its verb: 维持「买入」评级, 重申“增持”评级, 给予「优于大盘」评等, 评级由“中性”降至….
 * (A verb within a short phrase before the noun, so that 信用评级 or 评级机构 alone is no verdict.)
 */
const RATING_MOVE = new RegExp(`(?:${RATING_VERB})[^，。；,;]{0,14}(?:${RATING_NOUN})|(?:${RATING_NOUN})由`);

/**
 * A price target as the verb reading of a verdict finds it: 目标价 only, not a product's 目标价格
 * (its intended selling price). (The modality's tag also reads 目标股价, TARGET_PRICE_WORD; the two
 * were tuned apart.)
 */
const TARGET = /目标价(?!格)/;

/** A rating by its verb or a price target: a verdict whose stock the paragraph may name. */
const VERDICT = new RegExp(`${RATING_MOVE.source}|${TARGET.source}`);

/** A clause opening on a price target, after a coordinator or 其: 目标价由…, 并将目标价…, 其目标价…. */
const OPENS_TARGET = /^(?:其|并将|并|且|同时)?目标价(?!格)/;
/** A clause opening on a rating by its verb, after a coordinator or 仍/则/但: 并维持…评级, 但仍给予…评级. */
const OPENS_RATING = new RegExp(`^(?:并|且|同时|仍|则|但仍|但)?(?:${RATING_MOVE.source})`);

/**
 * An analyst's target price for a share as a word of the clause (目标价, 目标股价): what the
 * modality reads, at the start of a word (modality.ts saysWord).
 */
export const TARGET_PRICE_WORD = /目标价(?!格)|目标股价/;

/**
 * The grades brokers give a share (买入, 增持, 中性, 跑赢行业…), folded, and in English.
 * (The mainland's 大盘 for the market as Hong Kong's 大市: 跑输大盘, 优于大盘; and the grades of a
 * rating's direction, 积极 / 正面 / 负面评级, which a broker or a rating agency gives as a view.)
 */
const RATING_GRADE =
  '(买入|买进|强烈推荐|谨慎推荐|审慎推荐|推荐|谨慎增持|增持|持有|中性|中立|减持|卖出|跑赢行业|跑赢大市|跑输行业|跑输大市|优于大市|同步大市|弱于大市|逊于大市|强于大市|跑赢大盘|跑输大盘|优于大盘|同步大盘|弱于大盘|逊于大盘|强于大盘|积极|正面|负面|outperform|underperform|overweight|underweight|equal-weight|buy|hold|sell|neutral)';

/**
 * "维持X“买入”评级", "给予“增持”投资评级", "将X的评级下调至“中性”", Taiwan's 维持「买进」评等: a grade
 * before the rating noun, or the rating moved to one, is the broker's view of the share, `opinion`
 * (tests/claims-eval/README.md). Groups 1 and 5 are the grade.
 */
const GRADES_SHARE = new RegExp(
  `[“「『"]?${RATING_GRADE}[”」』"]?(的)?(投资)?(?:${RATING_NOUN})|(?:${RATING_NOUN})[^，,。；]{0,12}(至|为|到|在)[“「『"]?${RATING_GRADE}`,
  'i',
);

/**
 * An analyst's verdict on a company as a single word, which jieba may tag a verb: 评级, 目标价, and a
 * forecast (预测, 预期) — owned by the name right before it (X评级, 下调其目标价). (Not 评等: as tuned.)
 */
export const VERDICT_NOUN = /^(评级|预测|预期|目标价)$/;

/** Whether `text` moves, keeps or gives a rating by its verb (维持「买入」评级, 评级由…). */
export function movesRating(text: string): boolean {
  return RATING_MOVE.test(text);
}

/** Whether `text` names a price target (目标价). */
export function namesTarget(text: string): boolean {
  return TARGET.test(text);
}

/** Whether `text` is a broker's verdict by its verb or its target: a rating moved or a 目标价. */
export function isVerdict(text: string): boolean {
  return VERDICT.test(text);
}

/** The grade a rating gives the share (买入 in 维持“买入”评级, 中性 in 评级由“买入”下调至“中性”), or null. */
export function gradeOf(text: string): string | null {
  const m = GRADES_SHARE.exec(text);
  return m ? (m[1] ?? m[5] ?? null) : null;
}

/** Whether the words of a clause give the share a grade (gradeOf), the modality's rating. */
export function gradesShare(words: readonly Token[]): boolean {
  return gradeOf(words.map((t) => t.word).join('')) !== null;
}

/**
 * "重申「增持」评级，目标价由62港元升至65港元", "将X目标价上调至180港元，维持「增持」评级": a broker's
 * price target after its rating, or its rating after its target, is a verdict of its own (a figure
 * forecast beside an opinion), a claim of its own as editors cut it. `before` is the open
 * proposition's folded text, `clause` the clause's from its start.
 */
export function verdictAnew(clause: string, before: string): boolean {
  const target = OPENS_TARGET.test(clause);
  const rating = OPENS_RATING.test(clause);
  return (
    (target && movesRating(before) && !namesTarget(before)) || (rating && namesTarget(before) && !movesRating(before))
  );
}

/**
 * What a broker's verdict states, as editors tag it: a price target with its figure is a `figure`
 * forecast (目标价63港元), a rating an `opinion` (维持「买入」评级); null for neither.
 */
export function verdictOf(text: string, figured: boolean): Verdict | null {
  if (namesTarget(text) && figured) return 'target';
  return movesRating(text) ? 'rating' : null;
}

/** The kind and modality editors give a verdict on a rated company (drafting.ts verdictVoice). */
export const VERDICT_TAG: Readonly<Record<Verdict, { kind: ClaimKind; modality: Modality }>> = {
  target: { kind: 'figure', modality: 'forecast' },
  rating: { kind: 'opinion', modality: 'opinion' },
};
