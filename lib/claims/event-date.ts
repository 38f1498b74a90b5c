/**
 * Which of a claim's dates is when it happened. A card dates a claim by its first resolved date
 * (`claimDate`), so the claim's own time goes first and a date that only describes something
 * else goes last: the base of a comparison (较去年同期, 比上月, 与2022年相比), a date inside a
 * modifier of a noun (于2015年成立的X, 成立于2015年的X, 去年推出的Y) and the last day of a period
 * named after it (截至6月30日的季度). The evaluation compares the dates as a set; the reader sees
 * the first.
 */
import type { DateRef } from './quantities';

/** Words right before a date that make it what is compared with: 较, 比, 相比, 环比. */
const COMPARED_BEFORE = /(?:较|較|比|相比|相较|相較|对比|對比|环比|環比)(?:于|於)?$/;
/** 与2022年相比: the frame of a comparison around a date. */
const COMPARED_FRAME = /(?:与|與|和|跟)$/;
const FRAME_AFTER = /^(?:相比|相較|相较|比较|比較)/;
/** 去年同期, 上年同期: the same period a year before, a base by itself. */
const BASE = /^(?:去年|上年|上一年|前一年|前年)同期$/;

/**
 * A date inside a modifier of a noun: from the date to a 的 with a verb between and no clause
 * break (于2015年成立的, 2018年在香港上市的), or a verb with 于 / 在 before it and 的 right after
 * (成立于2015年的). The noun the 的 closes on is then described, not told of.
 */
const MODIFIER_AFTER =
  /^[^，。；、,;：:！？!?“”「」]{0,10}?(?:成立|创立|創立|创办|創辦|推出|发布|發布|发表|發表|上市|收购|收購|建立|设立|設立|问世|問世|诞生|誕生|开业|開業|落成|投产|投產|上线|上線|开源|開源|签署|簽署|提出|公布|宣布)(?:了)?的/;
const MODIFIER_AROUND_BEFORE = /(?:成立|创立|創立|创办|創辦|推出|发布|發布|上市|问世|問世|诞生|誕生)(?:于|於|在)$/;

function describesOther(sentence: string, date: Pick<DateRef, 'start' | 'end' | 'text'>): boolean {
  const before = sentence.slice(0, date.start);
  const after = sentence.slice(date.end);
  if (BASE.test(date.text) || COMPARED_BEFORE.test(before)) return true;
  if (COMPARED_FRAME.test(before) && FRAME_AFTER.test(after)) return true;
  if (MODIFIER_AROUND_BEFORE.test(before) && /^的/.test(after)) return true;
  return MODIFIER_AFTER.test(after);
}

/**
 * A claim's dates with its own time first: the dates that describe another thing (a comparison's
 * base, a modifier's date) after the rest, each group in text order. `sentence` is the text the
 * dates' offsets count in; unchanged when every date describes another thing.
 */
export function eventDateFirst<T extends Pick<DateRef, 'start' | 'end' | 'text' | 'iso'>>(
  dates: T[],
  sentence: string,
): T[] {
  // (截至6月30日的季度: the day only names where the quarter after it ends.)
  const closes = (d: T) =>
    /(?:截至|截止|截止到)$/.test(sentence.slice(0, d.start)) &&
    dates.some((e) => e.start >= d.end && /^(?:止)?的?$/.test(sentence.slice(d.end, e.start)) && e.iso);
  const other = dates.filter((d) => describesOther(sentence, d) || closes(d));
  if (!other.length || other.length === dates.length) return dates;
  return [...dates.filter((d) => !other.includes(d)), ...other];
}
