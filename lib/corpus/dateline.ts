/**
 * What Chinese news writes around its body rather than in it: the dateline before the lead
 * (新华社北京11月25日电（记者 X）, （中央社記者X台北25日電）, 〔記者X／台北報導〕, 【环球网科技综合报道】,
 * 本报讯（记者 X）, the site's name before "11月25日消息，"), and the sign-off after the last
 * sentence (（完）, （编辑：X）, the Central News Agency's ROC-calendar code 1131125). These are
 * not part of any sentence: left in, the place and day become the first claim's subject. They
 * are split off here and what they state (reporter, day, date) is returned for the metadata.
 * Patterns are written in Simplified and matched on the folded text, which has the same length
 * as the original (the converter maps character to character), so offsets carry over.
 */

export interface Dateline {
  /** The dateline as written (goes to the article's boilerplate). */
  text: string;
  /** The paragraph without it. */
  rest: string;
  reporter: string | null;
  /** The day of month it states (…25日电), and the month when it says so. */
  day: number | null;
  month: number | null;
}

const NAME = String.raw`[\p{Script=Han}·]{2,4}`;
/** Reporters after 记者, separated by 、 or spaces: "记者 王恩博", "记者张三、李四". */
const REPORTERS = String.raw`记者\s*(${NAME}?)(?=报道|报导|摄|[\s、，,】〕）)／/]|\d)(?:[、\s]+${NAME})*`;
/** How outlets' names end: 新华社, 中新网, 人民日报, 某某新闻, 某某财经, 某某科技, 某某客户端. */
const OUTLET = String.raw`(?:社|网|报|台|新闻|财经|科技|客户端|App|APP)`;
/** Characters that make a word with 讯: 腾讯, 通讯, 资讯, 简讯, 快讯, 喜讯, 死讯, 电讯, 音讯, 审讯, 质讯, 传讯, 问讯, 闻讯, 短讯, 速讯, 要讯. */
const WORDS_ENDING_IN_XUN = '[腾通资简快喜死电音审质传问闻短速要]';
const DATELINES: readonly RegExp[] = [
  // 新华社北京11月25日电（记者 X）, 中新网北京11月25日电, 中新社旧金山25日电, 某某网北京3月2日讯 — agency, place, day, 电 or 讯.
  // The agency's name ends as outlets do, so "某公司5日电话会上表示" is a sentence; 讯飞 after the day is
  // the company (某某网3月2日讯飞发布…): keeping a dateline in the text costs less than cutting a name.
  new RegExp(String.raw`^[\p{Script=Han}A-Za-z]{0,8}?${OUTLET}[\p{Script=Han}A-Za-z]{0,8}?(?:(\d{1,2})月)?(\d{1,2})日(?:电|讯(?!飞))(?:\s*[（(](?:${REPORTERS}|[^（）()]{0,30})[)）])?\s*[，,]?\s*`, 'u'),
  // （中央社布鲁塞尔13日综合外电报导）: agency, place and day in brackets, no reporter (a wire's roundup);
  // （据路透社13日报导） attributes the news and stays.
  new RegExp(String.raw`^[（(](?![^（）()]*记者|据|另据|根据)[\p{Script=Han}A-Za-z]{0,8}?${OUTLET}[\p{Script=Han}]{0,8}?(?:(\d{1,2})月)?(\d{1,2})日(?:综合)?(?:外电)?(?:电|报导|报道)[)）]\s*`, 'u'),
  // 〔记者X／台北报导〕, （记者X／综合报导）: Taiwanese papers' reporter and place.
  new RegExp(String.raw`^[〔（(【\[]${REPORTERS}\s*[／/][^〕）)】\]]{1,12}?报导[〕）)】\]]\s*`, 'u'),
  // 【环球网科技综合报道】, 【环球时报记者 X】, 本报讯（记者 X）.
  new RegExp(String.raw`^【[^】]{0,20}?(?:${REPORTERS}[^】]{0,8}|报道|报导|讯)】\s*`, 'u'),
  new RegExp(String.raw`^本报讯\s*(?:[（(](?:${REPORTERS}|[^（）()]{0,30})[)）])?\s*`, 'u'),
  // 某某网科技讯 11月13日，…: an outlet's name ending in 讯 before the day or the time, or a time zone's
  // name and the day ("美东时间6月5日", "当地时间"); "据腾讯3日…" and 讯飞 after the outlet are not.
  // With the reporter in brackets after it (中证网讯（记者 X）…) 讯 is a dateline whatever follows.
  new RegExp(String.raw`^[\p{Script=Han}A-Za-z]{0,8}?${OUTLET}讯\s*(?:[（(]${REPORTERS}[)）]|(?:[（(][^（）()]{0,30}[)）])?\s*(?=\d|(?!飞)\p{Script=Han}{2,4}时间\s*\d|北京时间|[（(]))\s*`, 'u'),
  // 【财新网】, 【36氪】: the outlet's name alone in lenticular brackets before the lead.
  new RegExp(String.raw`^【[\p{Script=Han}A-Za-z\d]{1,8}?${OUTLET}】\s*`, 'u'),
  // 雷峰网消息，, 腾讯科技讯，: the outlet's own news, not a source ("据新华社消息，" attributes the news and stays).
  new RegExp(String.raw`^(?!据|另据|根据)[\p{Script=Han}A-Za-z]{1,8}?${OUTLET}(?:消息|讯)[，,]\s*`, 'u'),
  // e公司讯，, 中证网讯，: 讯 after a short name is a dateline's own word, whatever the desk is called —
  // unless it ends a word of its own (腾讯, 通讯, 资讯, 快讯, 喜讯…), which may open a sentence. A name
  // with a day in it ("某某10月14日讯，") is SITE_BEFORE_NEWS_DAY's, which reads the day too.
  new RegExp(String.raw`^(?!据|另据|根据)[\p{Script=Han}A-Za-z]{1,8}?(?<!${WORDS_ENDING_IN_XUN})讯[，,]\s*`, 'u'),
];
/**
 * （中央社记者X台北25日电）: the reporter's name runs into the place with nothing between; names
 * are mostly three characters and places two or three, so five or more characters give the name
 * three, four give it two.
 */
const REPORTER_AND_PLACE = /^[（(][\p{Script=Han}]{0,6}?记者\s*([\p{Script=Han}、·\s]{4,24}?)(?:(\d{1,2})月)?(\d{1,2})日电[)）]\s*/u;
/**
 * "钛媒体App 11月21日消息，": the site's name before the day; the day itself stays in the sentence
 * (消息 reads as part of it). "某某10月14日讯，" / "某某10月14日电，": 讯 and 电 are a dateline's own
 * words, never a sentence's, so the day goes with the name.
 */
const SITE_BEFORE_NEWS_DAY =
  /^((?!\d)[\p{Script=Han}A-Za-z\d]{1,11}[\p{Script=Han}A-Za-z]\s*)(?=(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:消息|电|讯)[，,])(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电讯][，,]\s*)?/u;

function reporterBeforePlace(run: string): string {
  const first = run.split(/[、\s]+/)[0]!;
  return run.includes('、') || /\s/.test(run.trim()) ? first : first.slice(0, first.length >= 5 ? 3 : 2);
}

/**
 * A flash item's headline in lenticular brackets before its dateline: "【英伟达一季度营收增长262%】财联社5月23日电，…"
 * (电报, 快讯 and 7×24 feeds repeat the headline there). Only with a dateline after it: a bracketed
 * phrase opening an ordinary lead stays.
 */
const HEADLINE_BEFORE_DATELINE = /^【[^【】]{4,60}】\s*/u;

/** The dateline opening `paragraph` (matched on `folded`, its Simplified fold), or null. */
export function splitDateline(paragraph: string, folded: string): Dateline | null {
  const headline = HEADLINE_BEFORE_DATELINE.exec(folded);
  const after = headline ? datelineAtStart(paragraph.slice(headline[0].length), folded.slice(headline[0].length)) : null;
  if (headline && after) return { ...after, text: `${paragraph.slice(0, headline[0].length)}${after.text}`.trim() };
  return datelineAtStart(paragraph, folded);
}

function datelineAtStart(paragraph: string, folded: string): Dateline | null {
  for (const re of DATELINES) {
    const match = re.exec(folded);
    if (!match || match[0].length >= paragraph.length) continue;
    const groups = match.slice(1).filter((g): g is string => g !== undefined);
    const numbers = groups.filter((g) => /^\d+$/.test(g)).map(Number);
    const name = groups.find((g) => !/^\d+$/.test(g));
    const day = numbers.length ? numbers[numbers.length - 1]! : null;
    const month = numbers.length > 1 ? numbers[0]! : null;
    return {
      text: paragraph.slice(0, match[0].length).trim(),
      rest: paragraph.slice(match[0].length),
      reporter: name ? paragraph.slice(match[0].indexOf(name), match[0].indexOf(name) + name.length) : null,
      day: day && day <= 31 ? day : null,
      month: month && month <= 12 ? month : null,
    };
  }
  const cna = REPORTER_AND_PLACE.exec(folded);
  if (cna && cna[0].length < paragraph.length) {
    const run = paragraph.slice(cna.index + cna[0].indexOf(cna[1]!), cna.index + cna[0].indexOf(cna[1]!) + cna[1]!.length);
    const day = Number(cna[3]);
    return {
      text: paragraph.slice(0, cna[0].length).trim(),
      rest: paragraph.slice(cna[0].length),
      reporter: reporterBeforePlace(run.trim()),
      day: day <= 31 ? day : null,
      month: cna[2] && Number(cna[2]) <= 12 ? Number(cna[2]) : null,
    };
  }
  const site = SITE_BEFORE_NEWS_DAY.exec(folded);
  // Only a name that is not the sentence's subject: it must be followed by the day, then 消息.
  if (site && site[1]!.trim().length >= 2) {
    // With 讯 or 电 the whole dateline goes, and it states the news day.
    const whole = site[0].length > site[1]!.length;
    const end = whole ? site[0].length : site[1]!.length;
    const [month, day] = whole ? [Number(site[2]), Number(site[3])] : [null, null];
    return {
      text: paragraph.slice(0, end).trim(),
      rest: paragraph.slice(end),
      reporter: null,
      day: day && day <= 31 ? day : null,
      month: month && month <= 12 ? month : null,
    };
  }
  return null;
}

export interface SignOff {
  text: string;
  rest: string;
  editor: string | null;
  /** The date the sign-off's ROC code states (1131125 = 2024-11-25), ISO. */
  date: string | null;
}

/**
 * （完）, （编辑：X）, (记者 X), a Central News Agency code (1131125 = ROC year 113, Nov 25),
 * or a bare reporter's name in brackets (（思瀚）) — the last only at the end of the article.
 */
const SIGN_OFF = new RegExp(
  String.raw`[（(](?:完|编辑[:：]\s*(${NAME})(?:[、/／]${NAME})*|(?:责任编辑|责编|记者|撰稿|来源)[:：\s]\s*[^（）()]{1,20})[)）]\s*(\d{7})?$|(?<=[。！？”」])\s*(\d{7})$`,
  'u',
);
const BARE_NAME_AT_END = new RegExp(String.raw`(?<=[。！？”」])\s*[（(](${NAME})[)）]$`, 'u');

/** The sign-off closing `paragraph`, or null; `last` allows the bare bracketed name. */
export function splitSignOff(paragraph: string, folded: string, last: boolean): SignOff | null {
  const match = SIGN_OFF.exec(folded) ?? (last ? BARE_NAME_AT_END.exec(folded) : null);
  if (!match || match.index === 0) return null;
  const code = match[2] ?? match[3];
  return {
    text: paragraph.slice(match.index).trim(),
    rest: paragraph.slice(0, match.index).trimEnd(),
    editor: match[1] ? paragraph.substr(match.index + match[0].indexOf(match[1]), match[1].length) : null,
    date: code ? rocDate(code) : null,
  };
}

/** The Republic of China calendar's year 113 is 2024: "1131125" → 2024-11-25. */
export function rocDate(code: string): string | null {
  const match = /^(\d{3})(\d{2})(\d{2})$/.exec(code);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]) + 1911, Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${match[2]}-${match[3]}`;
}

/**
 * The writer named by a reprint credit: "本文来自微信公众号“X”（ID：x），作者：Y，…" (36氪, 虎嗅),
 * "（本文首发于钛媒体App，作者｜Y，编辑｜Z）", "作者 | Y", "文｜Y".
 */
export function creditAuthor(folded: string, original: string): string | null {
  const writer = /^[（(]?文\s*[|｜/／]\s*([\p{Script=Han}·]{2,5}(?=$|[\s，,、）)])|[A-Za-z][A-Za-z .'-]{1,30}?(?=\s*(?:$|[，,、）)])))/u.exec(folded);
  if (writer) {
    const at = folded.indexOf(writer[1]!, 1);
    return original.slice(at, at + writer[1]!.length);
  }
  const match = /(?:^|[，,（(\s])作者\s*[:：|｜/／]\s*([\p{Script=Han}·]{2,5}(?=$|[，,。；;）)\s|｜])|[A-Za-z][A-Za-z .'-]{1,30}?(?=\s*(?:$|[，,。；;）)|｜])))/u.exec(folded);
  if (!match) return null;
  const at = match.index + match[0].indexOf(match[1]!, match[0].search(/[:：|｜/／]/));
  return original.slice(at, at + match[1]!.length);
}

export interface TextCredits {
  /** The writer a reprint credit names ("…作者：Y，…经授权发布"), else the dateline's reporter. */
  author: string | null;
  /** A date stated by a sign-off (the Central News Agency's 1131125), ISO. */
  signOffDate: string | null;
  /**
   * The news day the dateline gives: its own (…台北5日电), or for a reporter-and-place dateline
   * that states none (〔记者X／台北报导〕) the bare day the lead's first sentence opens with
   * (联发科5日公布…). A day without its month or year: lib/corpus/article-date.ts places it.
   */
  datelineDay: { day: number; month: number | null } | null;
}

/**
 * The first day the lead's first sentence states bare or with its month: 5日, 昨（4）日, 11月5日 —
 * not a day inside a full date (2024年11月5日 is a date, not the news day) or a range's end.
 */
const LEAD_DAY = /(?<![\d年月\-~～至到])(?:(\d{1,2})月)?(?:[昨今前]\s*[（(]\s*)?(\d{1,2})\s*[)）]?\s*日(?![\d间内])/u;

function leadDay(folded: string): { day: number; month: number | null } | null {
  const sentence = folded.split(/[。！？!?]/)[0] ?? '';
  const match = LEAD_DAY.exec(sentence);
  if (!match) return null;
  const day = Number(match[2]);
  const month = match[1] ? Number(match[1]) : null;
  return day >= 1 && day <= 31 && (month === null || (month >= 1 && month <= 12)) ? { day, month } : null;
}

/** A line above the dateline this short is a deck or a credits row; a longer one is a paragraph. */
const MAX_ABOVE_DATELINE = 80;

/**
 * Splits the dateline off the lead (looked for in the first `leadWithin` paragraphs; anything short
 * above it goes to the boilerplate) and the sign-off off the closing paragraphs, and finds the
 * writer a credit line names.
 */
export function splitCredits(
  paragraphs: string[],
  boilerplate: string[],
  fold: (line: string) => string,
  leadWithin = 1,
): TextCredits {
  let author: string | null = null;
  let at = -1;
  let dateline: Dateline | null = null;
  // A dateline opens the story: short lines a page puts above it (a deck, a credits row) are not
  // body. Only short ones, so a real paragraph is never dropped for a dateline-like opening below it.
  for (let i = 0; i < Math.min(leadWithin, paragraphs.length) && !dateline; i++) {
    dateline = splitDateline(paragraphs[i]!, fold(paragraphs[i]!));
    if (dateline) at = i;
    else if (paragraphs[i]!.length > MAX_ABOVE_DATELINE) break;
  }
  if (at > 0) boilerplate.push(...paragraphs.splice(0, at));
  for (const line of boilerplate) if ((author = creditAuthor(fold(line), line))) break;
  let datelineDay: TextCredits['datelineDay'] = null;
  if (dateline) {
    paragraphs[0] = dateline.rest;
    boilerplate.unshift(dateline.text);
    author ??= dateline.reporter;
    // Only a dateline that names the reporter dates the lead's bare day: a site's "X 11月5日消息" states its own.
    datelineDay = dateline.day
      ? { day: dateline.day, month: dateline.month }
      : dateline.reporter
        ? leadDay(fold(dateline.rest))
        : null;
  }
  let signOffDate: string | null = null;
  paragraphs.forEach((paragraph, i) => {
    const signOff = splitSignOff(paragraph, fold(paragraph), i === paragraphs.length - 1);
    if (!signOff) return;
    paragraphs[i] = signOff.rest;
    boilerplate.push(signOff.text);
    signOffDate ??= signOff.date;
  });
  return { author, signOffDate, datelineDay };
}
