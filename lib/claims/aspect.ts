/**
 * Aspect turns within what one party says: "X表示，A已开始量产，B也将在下半年供货", "X称，已完成
 * 实测，预计明年可商用". A clause whose own aspect marks a thing done (已, 已经, 了) states a fact; a
 * clause after it, with no subject the gazetteer knows, that opens on a word of what is to come
 * (将, 预计, 计划, 有望…) states a plan: two claims, each with the tag its own words give, not one
 * forecast covering the done fact (tests/claims-eval/README.md: a tag comes from the piece's words).
 */
import { isPunct, type Token } from './segment';
import { FORECAST_WORDS } from './cues';
import { isVerb } from './words';

/** Markers of a thing done: 已, 已经, 业已, 已于 (jieba may join 已 with 于), or 了 after a verb. */
const DONE = /^(已|已经|已經|业已|業已|已于|已於)$/;
/** Words opening a statement of what is to come. */
const AHEAD =
  /^(将|將|预计|預計|预期|預期|预估|預估|计划|計劃|拟|擬|有望|可望|即将|即將|将于|將於|将在|將在|将会|將會)$/;

/** The clause's own aspect marks something done, and nothing in it looks ahead. */
export function statesDone(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  const done = words.some((t, j) => DONE.test(t.word) || (t.word === '了' && j > 0 && isVerb(words[j - 1]!)));
  return done && !words.some((t) => AHEAD.test(t.word)) && !FORECAST_WORDS.test(words.map((t) => t.word).join(''));
}

/**
 * The clause opens on a word of what is to come: first, or after a noun phrase of things the
 * gazetteer does not name (显式标识将…, 12层产品也将…) and adverbs (也, 还, 则, 最快) or times; never
 * after a verb of its own, nor with a name (whose clause is its own subject's).
 */
export function opensAhead(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  let lead = false;
  for (const t of words) {
    // (A bare 将 right after the done clause goes on with the same subject: what the done thing
    // leads to, "已全面投产，将在年底前出货", "降低了门槛，将进一步拉大差距" — one claim, as editors
    // keep it; or it is 把, "将ChatGPT整合进…". Only with a topic or time of its own, 未来将…, B也将….)
    if (AHEAD.test(t.word)) return lead || !/^(将|將)/.test(t.word);
    if (!/^(d|ad|c)$/.test(t.tag)) lead = true;
    if (t.entityId || isVerb(t)) return false;
    if (!/^(n|ng|nz|a|an|b|d|ad|m|q|mq|t|f|r|c|x|eng|u|uj)$/.test(t.tag)) return false;
  }
  return false;
}
