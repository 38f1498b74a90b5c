/**
 * A reporter's credit line as Chinese news prints it over the lead, in either script: "某某新闻记者 林悦",
 * "記者 王小明 李四", "特约记者 X", "通讯员 X", "撰稿 X", and as papers' sites print it with their web address
 * and the reporter's place: "某某时报（www.example.com.cn）记者 X 北京报道". One pattern for the cleaner, which
 * drops the line as page furniture, and for the page metadata, which takes its names for the author. Pure strings.
 */

/** A credited place and 报道 after the names ("北京报道", "上海報導", or 报道 alone): no name ends so. */
const PLACE_REPORT = String.raw`\p{Script=Han}{0,6}?(?:报道|报导|報道|報導)`;
/** Names as credits list them: 2–5 Han characters (· allowed) each, apart by spaces, 、 or commas. */
export const CREDITED_NAMES = String.raw`[\p{Script=Han}·]{2,5}(?:[\s、，,]+(?!${PLACE_REPORT}$)[\p{Script=Han}·]{2,5})*`;

/** An outlet's web address in brackets after its name: "（www.example.com.cn）". */
const OUTLET_ADDRESS = String.raw`(?:[（(](?:https?:\/\/)?[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)+\/?[)）])?`;

/** The whole line: the outlet's name may come before the label; group 1 holds the names. */
export const REPORTER_LINE = new RegExp(
  String.raw`^(?:[\p{Script=Han}A-Za-z\d]{1,10}?${OUTLET_ADDRESS})?(?:记者|記者|特约记者|特約記者|实习记者|實習記者|通讯员|通訊員|撰稿)\s+(${CREDITED_NAMES})(?:\s+${PLACE_REPORT})?$`,
  'u',
);
