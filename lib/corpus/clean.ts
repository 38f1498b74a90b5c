/**
 * Cleans raw collected article text: pinyin annotations, mojibake, redactions, page boilerplate.
 * Pure string code (no DOM), so the corpus compiler and its tests run in Node. Every change is
 * reported, so an editor can see what the cleaner did to an article.
 */
import { REPORTER_LINE } from './credit-lines';

export interface MojibakeRepair {
  /** The garbled text exactly as collected. */
  garbled: string;
  /** What the editor has established was meant, or null when it cannot be known (then it is cut). */
  intended: string | null;
  why: string;
}

export interface CleanReport {
  /** ASCII punctuation between Chinese characters turned back into full width (，：；？！). */
  punctuationRestored: number;
  pinyinRemoved: number;
  /** A few examples of removed annotations, e.g. 節(jié). */
  pinyinExamples: string[];
  mojibakeRepaired: Array<{ garbled: string; intended: string; why: string }>;
  mojibakeCut: Array<{ garbled: string; context: string; why: string }>;
  htmlRemoved: string[];
  redactions: number;
  boilerplateLines: string[];
}

export interface CleanResult {
  paragraphs: string[];
  boilerplate: string[];
  report: CleanReport;
}

/** The visible gap that replaces a `***` redaction: not a name character, so it never matches. */
export const REDACTION_MARK = '▇▇▇';

const TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PINYIN_SYLLABLE = new RegExp(
  `^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv${TONE_VOWELS}]+(?:ng|n|r)?$`,
);
const TONE_MARK = new RegExp(`[${TONE_VOWELS}]`);

/** A pinyin reading with a tone mark, e.g. jié, wǎng, zhuǎn; "4秒" or "MWC" are real brackets. */
export function isPinyinSyllable(s: string): boolean {
  return s.length <= 7 && TONE_MARK.test(s) && PINYIN_SYLLABLE.test(s);
}

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const ANNOTATED = new RegExp(`([${HAN}])[(（]([a-zA-Z${TONE_VOWELS}ü]{1,7})[)）]`, 'g');

export function removePinyin(text: string, report: CleanReport): string {
  return text.replace(ANNOTATED, (whole, han: string, reading: string) => {
    if (!isPinyinSyllable(reading)) return whole;
    report.pinyinRemoved++;
    if (report.pinyinExamples.length < 5) report.pinyinExamples.push(whole);
    return han;
  });
}

/**
 * Signs of text decoded with the wrong charset (GBK bytes read one byte off). A question mark
 * that ends a sentence is normal; these shapes are not:
 * - `?` followed by `!` and a CJK character (a lost lead byte, then GBK ！ from the shifted pair),
 * - `?` followed by a bare pinyin reading and `)` with no opening bracket,
 * - a CJK character followed by `_` or `]` (GBK trail bytes 0x5F / 0x5D read as ASCII).
 */
const MOJIBAKE = new RegExp(
  [
    `\\?!(?:[${HAN}\\]_?]){1,6}`,
    `\\?[a-z${TONE_VOWELS}]{1,7}\\)(?:[${HAN}][_\\]])?`,
    `[${HAN}][_\\]](?=[${HAN}])`,
  ].join('|'),
  'g',
);

/** Leftover markup from the page (the collector kept some `</p>` tags). */
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>|\/[a-z]{1,6}>/g;

export function repairMojibake(text: string, repairs: readonly MojibakeRepair[], report: CleanReport): string {
  let out = text;
  // Known repairs first: the longest garbled strings win, so a repair's context is respected.
  for (const repair of [...repairs].sort((a, b) => b.garbled.length - a.garbled.length)) {
    if (!out.includes(repair.garbled)) continue;
    if (repair.intended === null) {
      report.mojibakeCut.push({ garbled: repair.garbled, context: contextOf(out, repair.garbled), why: repair.why });
      out = out.split(repair.garbled).join('');
    } else {
      report.mojibakeRepaired.push({ garbled: repair.garbled, intended: repair.intended, why: repair.why });
      out = out.split(repair.garbled).join(repair.intended);
    }
  }
  out = out.replace(HTML_TAG, (tag) => {
    report.htmlRemoved.push(tag);
    return '';
  });
  // Anything still garbled is cut out: a wrong guess would put words into a source's mouth.
  return out.replace(MOJIBAKE, (garbled, offset: number, whole: string) => {
    report.mojibakeCut.push({
      garbled,
      context: whole.slice(Math.max(0, offset - 8), offset + garbled.length + 8),
      why: 'no known repair; cut out',
    });
    return '';
  });
}

function contextOf(text: string, needle: string): string {
  const at = text.indexOf(needle);
  return text.slice(Math.max(0, at - 8), at + needle.length + 8);
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };
const PUNCTUATION_IN_CHINESE = new RegExp(`(?<=[${HAN}”」』）])([,:;?!])(?=[${HAN}“「『（\\dA-Za-z]|$)`, 'gm');

/**
 * The collector folded full-width punctuation to ASCII ("2024年,字節"): between Chinese
 * characters it goes back to full width, so text reads as written. Brackets stay as they are
 * (較短(4秒)); URLs and Latin text are untouched (the mark must follow a Chinese character).
 */
export function restoreFullWidthPunctuation(text: string, report: CleanReport): string {
  return text.replace(PUNCTUATION_IN_CHINESE, (mark: string) => {
    report.punctuationRestored++;
    return FULL_WIDTH[mark]!;
  });
}

export function markRedactions(text: string, report: CleanReport): string {
  return text.replace(/\*{3,}/g, () => {
    report.redactions++;
    return REDACTION_MARK;
  });
}

/** A newsroom desk's role in a credit: 编辑, 责任编辑, 校对… (a closed few, so "他告诉编辑" is not one). */
const DESK_ROLE = '(?:(?:责任|执行|值班|核稿|文字|图片|美术|特约|实习|总|副总|主)?编辑|责编|校对|审校|审核|核稿|编审|排版|译者|编译|监制|主编)';

/** What a page counts under an article: readers' reactions (推/嘘, 赞/踩, 顶), views, shares, replies. */
const COUNT_LABEL =
  '(?:推|嘘|赞|踩|顶|点赞|喜欢|收藏|分享|转发|评论|留言|回应|回复|阅读|浏览|观看|播放|人气|点击)(?:数|量|次数)?';
/** The count: 128, 23,518, 3.6万, 2.1k, 99+. */
const COUNT = String.raw`\d[\d,.]*\s*(?:万|千|[kw])?\+?`;

/** A newsroom desk's credit line; after the article's prose it closes the article (see `cleanArticle`). */
const DESK_CREDITS: readonly RegExp[] = [
  /^[（(【[]?(?:(?:责任|执行|值班|核稿|文字|图片|美术|特约|实习|总|副总|主)?编辑|责编|校对|审校|审核|核稿|编审|排版|译者|编译)\s*[:：|｜/]/,
  // The same credits with only a space between role and name, the whole line role–name pairs: "编辑 李四 责任编辑 王五".
  new RegExp(String.raw`^(?:${DESK_ROLE}\s+[\p{Script=Han}·]{2,4}\s*){1,4}$`, 'u'),
];

/**
 * Page furniture around the article. Patterns are written in Simplified and matched against
 * the folded line, so they serve Traditional pages too.
 */
export const BOILERPLATE_LINE: readonly RegExp[] = [
  /^-?\s*目前还没评论/,
  /^发表评论$/,
  /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?\s*回复$/,
  // A byline: "2023-08-12 15:00 巴比特" (its date and source go into the front matter).
  /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?\s+[^\d\s]\S{0,19}$/,
  /版权归原作者所有|转载文章仅为传播信息/,
  /^题图来自/,
  /观点仅代表作者本人|仅代表作者(?:本人|个人)?观点/,
  // Editor credits: "（责任编辑：刘洋）", "【编辑:惠小东】", "编辑：王五", "校对 | 李四", "核稿编辑：X", "执行编辑：X",
  // a wire's "（译者：X／核稿：Y）1130314" — a desk's role before 编辑 is one of a closed few, so "他告诉编辑：" stays a sentence.
  ...DESK_CREDITS,
  // A row of bracketed buttons and credits under a wire story: "【纠错】 【责任编辑：X】", "【打印】【关闭】" — labels, no sentence.
  /^(?:[【[][^【】[\]。！？，,]{1,16}[】\]]\s*){2,}$/,
  // Account furniture of articles published on WeChat and similar platforms.
  /^[-—–\s（(【[©]*(?:(?:the\s*)?end|完|全文完|本文完|本文结束)[-—–\s）)】\]]*$/i,
  // A page's font-size control: "字号", "字号：大 中 小", "A- A+".
  /^(?:字号|字体|字体大小)(?:\s*[:：]?\s*(?:大|中|小|标准|特大|a[+-]?))*$/i,
  // A reference list's bare address: no paragraph of a news text is a URL alone.
  /^(?:https?:\/\/|www\.)\S+$/i,
  // A reporter byline line over the lead, with its outlet: "澎湃新闻记者 林悦", "记者 王五 李四".
  REPORTER_LINE,
  // An outlet's "X报道" over the lead ("某某之心报道"), and a credit closing the text in brackets ("（综合报道）").
  /^(?!据)[\p{Script=Han}A-Za-z\d]{2,10}(?:报道|报导)$/u,
  /^[（(【[][^（）()【】[\]。，]{0,20}(?:报道|报导|编译|整理)\s*[)）】\]]$/,
  // A credit with its place or desk after a slash, unbracketed on its own line: "记者X／台北报导", "记者X、Y／综合报导".
  /^[\p{Script=Han}A-Za-z\d、·\s]{2,16}[／/]\s*\p{Script=Han}{1,8}(?:报道|报导)$/u,
  // An upload or update stamp: "上载日期：2024-06-11", "最后更新：2024/06/11 10:00".
  /^(?:上载|上传|更新|最后更新|修改|刊登|刊出)(?:日期|时间|于)?\s*[:：]\s*\d{4}[^。，]{0,20}$/,
  // An advertisement's label, alone or opening the advertisement: 广告, 「广告」, 【推广】, (AD); an ad
  // slot's label alone, as ad servers print it on Chinese pages too (Advertisement, Sponsored).
  // Bilingual pages print the label twice: "广告 Advertisement".
  /^(?:广告|赞助内容|推广|赞助广告|advertisement|sponsored|ad)(?:\s+(?:advertisement|sponsored|ad))?$/i,
  // A footer's or a bar's plain-text menu: three or more short items between bars, no sentence ("关于我们 | 广告服务 | 联系我们").
  /^[^|｜。，！？,!?]{1,8}(?:\s*[|｜]\s*[^|｜。，！？,!?]{1,8}){2,}$/,
  /^[「【[（(<《]\s*(?:广告|推广|赞助|赞助内容|商业推广|ad)\s*[」】\]）)>》]/i,
  /^(?:#[^#\s]{1,20}\s*){1,}$/,
  /点击(?:上方|下方|蓝字|关注)|扫码关注|长按(?:识别)?二维码|点个?[“"]?在看|分享[、，]?点赞|^往期(?:推荐|回顾|精选)/,
  /^标题[:：]/,
  /^地址[:：]\s*https?:\/\//,
  // Image credits: "图片来源：X", "（图片来源：X）", "圖片來源/X", "图源：X", "圖／X", "（首图来源：X）", "(Source：X)"; a chart's "数据来源：X".
  /^[（(]?(?:图片?来源|图源|图片提供|资料来源|数据来源|(?:首图|题图|头图|封面|配图)(?:来源|来自)?)\s*[:：/／|｜]/,
  /^[（(]?图\s*[／/|｜]/,
  /^[（(]?source\s*[:：]/i,
  /^资料图[。.]?$/,
  // An editor's summary, the next article, WeChat's closing rows.
  /^摘要[:：]/,
  // An editor's note introducing the story, under its label: "编者按：…", "編按：…", "【编者按】…", or alone in
  // brackets: "（编者注：…）". The editor speaks there, not the story; a sentence that mentions 编者按 does
  // not open with its label, and a bracketed note before a paragraph's own sentence leaves it body.
  /^(?:【\s*(?:编者按|编按|编者的话)\s*】|(?:编者按|编按|编者的话|编者注)\s*[:：])|^[（(]\s*(?:编者按|编按|编者注)\s*[:：][^（）()]*[)）]$/,
  /^(?:上一篇|下一篇)[:：]|^往下滑/,
  /^分享(?:到|至|给|让.{0,8}看到)[:：]?\S{0,20}$/,
  // A reporter's dateline line ("某某 发自 凹非寺"), an account's signature ("某某 | 公众号 QbitAI").
  // The same with the credit before the name and the day after the place: "某某记者 X 发自台北 2023-11-30".
  /^[\p{Script=Han}A-Za-z·][\p{Script=Han}A-Za-z·\s]{1,19}?\s*发自\s*[^\s。，,]{1,12}(?:\s+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2})?)?$/u,
  /公众号\s*[:：]?\s*[A-Za-z][\w-]{2,30}$/,
  /^阅读原文$|^喜欢此内容的人还喜欢/,
  /^(?:本文)?作者[:：]/,
  // The text's note on its names, a line of its own in brackets: "（应受访者要求，文中老周为化名）", "（文中人物均为化名）",
  // or unbracketed about the text: "应受访者要求，文中受访者均为化名。"
  /^[（(][^（）()。]{0,30}化名[^（）()]{0,6}[)）]$|^(?:应[^，,。]{1,10}要求[，,])?(?:文中|本文|文内)[^。，,]{0,20}(?:均|皆)?(?:为|系|是|使用|采用)化名[。.]?$/,
  // A table's title or note under it, after its label: "表：某数据集语种构成（来源：X）", "表2 各地补贴标准".
  /^[（(]?(?:附|图)?表\s*\d{0,2}\s*[:：][^。！？]{1,60}$|^(?:附|图)?表\s*\d{1,2}[.．、\s]\s*[^。！？]{1,40}$/,
  // A columnist's note in brackets under the column: "（作者为某大学经济系教授）", "（作者系资深媒体人）".
  /^[（(]\s*(?:本文)?作者(?:为|系|是|现为|现任|乃)[^（）()。]{1,60}[)）]$/,
  // A breadcrumb trail as a line: "当前位置：首页 > 专栏 > 正文", "您的位置：…", "首页 > 科技 > 正文".
  /^(?:(?:当前|您的|你的|您现在的|你现在的|所在|现在)位置\s*[:：][^。！？]{0,80}|首页(?:\s*[>›»＞/／]\s*[^>›»＞/／。！？，,]{1,16}){2,})$/,
  // A platform's report button under a self-media article (头条号, 百家号).
  /^举报\s*[/／]\s*反馈$/,
  /^来源(?:公众号)?\s*[:：|｜]/,
  // A writer's credit as 36氪 and others open: "文｜张三", "文 / 李四" (a bare 文 with its separator).
  /^[（(]?文\s*[|｜/／:：]\s*\S{1,20}$/,
  // The outlet's name alone in brackets, a source line or a scraper's watermark: "（中新网）", "（雷峰网雷峰网）".
  /^[（(【[]\s*(?:[\p{Script=Han}A-Za-z\d]{1,8}?(?:社|网|报|台|新闻|财经|科技|客户端|app)\s*){1,3}[)）】\]]$/iu,
  // A row of counts, each a reader's reaction or a view count with its number: "推 128 嘘 6", "赞 126",
  // "人气 23,518 回应 64", "2.1k 浏览", "阅读 3.6万" — labels and figures, no sentence.
  new RegExp(String.raw`^(?:(?:${COUNT_LABEL}\s*[:：]?\s*${COUNT}|${COUNT}\s*${COUNT_LABEL})(?:\s+|$))+$`, 'i'),
  // A page section's heading on its own line, one word of a closed vocabulary: 评论, 网友评论 (12), 标签：.
  /^(?:评论|网友评论|文章评论|热门评论|最新评论|留言|留言板|分享|分享到|标签|文章标签|关键词|关键字|话题|相关标签)\s*(?:[（(]\d+[)）])?\s*[:：]?$/,
];

/** A related-reading list's heading, on its own or before one linked headline. */
const RELATED_WORDS =
  /(?:延伸阅读|相关阅读|相关新闻|相关文章|相关报道|相关报导|更多报导|相关推荐|推荐阅读|更多报道|更多阅读|扩展阅读|热门推荐|热门新闻|往期推荐|往期回顾|猜你喜欢|你可能还喜欢|参考链接|参考资料|参考文献|原文链接)/.source;
/**
 * A related-reading list's heading, on its own or before one linked headline: "相关阅读：",
 * "【相关阅读】某某发布…", "（相关报导： 某标题｜更多文章 ）", "▌推荐阅读：某标题" (a block mark set before it).
 */
export const RELATED_LABEL = new RegExp(
  `^[▌▍▎▋▊▉█■□◆◇●○•▶►▷★☆※]?\\s*(?:[【[]\\s*${RELATED_WORDS}\\s*[】\\]]|[【[（(]?\\s*${RELATED_WORDS}\\s*[】\\]]?\\s*(?:[:：]|$))`,
);

/**
 * Furniture that is recognised only when the line is short: a longer line with the same words is
 * a sentence about them (一家公司未经授权转载了……).
 */
const SHORT_FURNITURE: ReadonlyArray<[RegExp, number]> = [
  // Reprint credits and notices: "本文来自微信公众号“X”（ID：x），作者：Y，…经授权发布。",
  // "本文经授权发布，不代表…立场", "如若转载请注明出处", "本网站之文字…非经授权，不得转载".
  // (本文系统…, 本文为你梳理… are the author speaking, not a credit.)
  // "本文摘自某某周刊第1385期", "本文节选自《X》": a magazine's or book's excerpt credit.
  [/^[（(]?本文(?:来自|来源|首发于|系(?!统|列)|为(?!你|您|大家|读者)|经|已经?|由|转载自|授权|摘自|摘编自|节选自|选自|原载于?|原刊于?|刊载于)/, 160],
  // "不代表…立场" only about the text itself: a spokesman's "这不代表公司的立场" is news.
  [/^(?:本文|本内容|该文|文章|以上|本站|本网|本平台|【?(?:免责)?声明).{0,60}不代表.{0,16}(?:立场|观点)|作者.{0,20}不代表.{0,16}(?:立场|观点)/, 120],
  [/授权转载自|经授权发布|转载(?:时)?(?:请|须|务必|请务必)[^。，,]{0,4}注明|如若转载|(?:禁止|不得|请勿|严禁)(?:随意|复制)?转(?:载|贴)|侵权必究|版权所有|all rights reserved/i, 120],
  // A copyright notice opening with its mark, whatever follows: "Copyright © X. 本文由X取得授权刊登，转载请洽X。",
  // "© 2024 X 版权所有", "©某某网": the mark, then a year or a name (a sentence about the mark goes on past a comma).
  [/^(?:copyright\s*(?:©|\(c\)|\d{4})|©\s*(?:\d{4}|[a-z\p{Script=Han}][^，,。]{0,30}(?:[.。\s]|$)))/iu, 160],
  // A contact line for complaints or submissions: an e-mail address.
  // "未经授权" is a notice only about the page's own text; a sentence about someone else's reprint is news.
  [/^(?=.*(?:本文|本站|本网|本平台|本内容|本报|本号|本账号|文章|作品|内容)).*未经(?:正式)?(?:许可|授权|允许|账号授权)/, 120],
  [/请联系.{0,12}@|(?:本稿件|本文).{0,6}异议/, 100],
  // How to ask for a reprint: "如有意愿转载，请发邮件至…", "转载请联系…".
  [/转载[^。]{0,12}(?:请|须)[^。]{0,4}(?:发邮件|邮件至|来信|联系)/, 80],
  // An empty comment box: "还没有人评论，快来抢沙发吧", "暂无评论", "登录后发表评论".
  [/抢沙发|^(?:暂无|还没有人?)(?:评论|留言)(?:[，,！!]\S{0,10})?$|^(?:请)?(?:先)?登录后?(?:即可|才能)?(?:发表)?(?:评论|留言)/, 30],
  // "更多宏观研究干货，请关注…", "新浪科技公众号…（微信搜索X或扫描二维码关注）", app and newsletter
  // prompts: addressed to the reader, so without a statement's full stop ("下载量最高的App是某某。" is news).
  // A subject's modal before the verb makes it news ("民众可下载APP查询"); 即可, 就能 still tell the reader.
  [/^更多.{0,30}请关注|^[^。]*(?<!(?<![即就便])(?:可|可以|能|能够|需|需要|须|将|会|已|已经))(?:下载(?!量|次数)|订阅(?!量|用户|人数)|尽在|都在|扫码|扫描|搜索|打开).{0,24}(?:app|客户端|电子报|公众号|频道|二维码)[^。]*$/i, 50],
  // A tip-off, submission or contact line with its phone or address: "某某报料：021-…", "投稿或寻求报道：x@y.com".
  [/^[^。，,“”"「」]{0,12}(?:报料|爆料|投稿|寻求报道|新闻线索|线索|商务合作|联系我们|联系邮箱)[^。“”"「」]{0,12}[:：]\s*(?:电话|热线|邮箱|email|e-mail)?\s*[:：]?\s*(?:[\d()（）+ -]{7,}|[\w.+-]+@[\w-]+\.[\w.]+)/i, 80],
  // An app's prompt under its bracketed name: "【某某新闻App】最新资讯，即下载某某App：https://…".
  [/^[【[][^】\]]{0,12}(?:app|客户端)[】\]].*(?:下载|安装|扫码|扫描)/i, 120],
  // A donation prompt to the reader: "想请我们喝几杯咖啡？", "每杯咖啡 65 元", "您的赞助将是…的动力".
  [/(?:请|替|帮)我们喝.{0,3}咖啡|^每杯(?:咖啡)?\s*\d+\s*元$|(?:您|你)的(?:咖啡)?(?:赞助|支持|打赏|捐款|小额赞助).{0,4}(?:将是|是我们)|^(?:赞助|支持|打赏)(?:我们|本站|本网|作者)$/, 40],
  // A platform's English disclaimer on a Chinese page: "Notice: The content above … is uploaded and posted by a user …".
  [/^(?:notice|disclaimer|statement|declaration)\s*[:：][^\p{Script=Han}]*$/iu, 400],
  // A longer prompt must open as one: "更多一手新闻，欢迎下载某某客户端…，请微信搜索…".
  [/^(?:更多|欢迎|点击|想看|扫码|扫描|立即下载|请关注).{0,60}(?:app|客户端|电子报|公众号|频道|二维码|微信搜索)/i, 100],
  // A self-media article's standing notices: "图片来源于网络，如有侵权请联系删除", "声明：本文…",
  // "创作声明：…", "本文仅供参考，不构成投资建议".
  [/(?:如有|若有|如涉及?|如涉嫌)侵权.{0,12}(?:联系|删除)|^图片?(?:来源于|来自|源自|均来自)(?:网络|互联网)/, 100],
  [/^[【[（(]?(?:免责|创作|版权|特别|郑重|原创)?声明\s*[】\]）)]?\s*[:：]/, 200],
  [/仅供参考[，,、]?\s*(?:不构成|不作为)(?:任何)?投资(?:建议|依据)|^投资有风险|入市需谨慎/, 80],
  // A shop or download link's label at the article's end: "IT之家附小米 15 系列购买地址：京东",
  // "预售链接：", "下载地址：", "论文地址：https://…" — a label, a colon, then links, never a sentence.
  [/^[^。！？]{0,40}?(?:购买|选购|下单|抢购|预购|预约|预订|预售|领券|下载|官网|项目|论文|体验|申请)(?:地址|链接|入口|传送门)\s*[:：][^。！？]*$/, 100],
  // A shop site's standing notice on its links: "广告声明：文内含有的对外跳转链接…", "风险提示：…".
  [/^[「【[（(]?(?:广告|推广|免责|风险)(?:声明|提示)[」】\]）)]?\s*[:：]/, 200],
  // A newspaper's app, newsletter and social prompts, linked words the reader is told to click:
  // "点我下载APP", "按我看活动办法", "☆加入LINE好友☆", "点我订阅自由财经Youtube频道".
  // Told, not reported: the verb opens the line or follows a 点我 ("民众可下载APP查询" is a subhead).
  // One short clause may follow with what the reader gets ("…LINE好友，科技新闻不漏接").
  [/^[^\p{Script=Han}A-Za-z\d]*(?:[^。，,]{0,12}(?:点我|按我|点此|按此)|立即|马上|现在就?|快来?|免费|欢迎)?(?:下载|订阅|加入|追踪|关注|按赞|开启|收听)[^。，,]{0,12}(?:app|客户端|电子报|频道|line|好友|粉丝团|粉丝专页|youtube|instagram|facebook|脸书|google\s?news|官方帐号|官方账号|podcast)[^。，,]*(?:[，,][^。，,！!]{1,16})?$/iu, 48],
  // The same prompt as a promise of news in the app: "现在用APP看新闻 保证天天中奖".
  [/用\s?(?:app|客户端)\s?(?:看|读|听)(?:新闻|更多)/i, 40],
  // "更多某某周刊报导": a link to the outlet's other stories.
  [/^[^\p{Script=Han}A-Za-z\d]*更多[^，。,]{0,10}(?:报道|报导|新闻|文章|好文)[】\]]?$/u, 16],
  // A site's browser advice ("为达最佳浏览效果，建议使用…浏览器").
  [/(?:建议|推荐)(?:您)?(?:使用|以).{0,40}浏览器/, 60],
  [/^[^。，,]{0,16}(?:点我|按我|点此|按此|点这里|按这里)[^。，,]{0,16}$/, 32],
  // A newspaper's print-edition reference: "《 某某日报 》（ 2024年11月25日 第 01 版）".
  [/第\s*\d{1,3}\s*版\s*[)）]?$/, 60],
  // A production credit: "某某网科技出品".
  [/出品$/, 16],
  // A caption ending in its image credit: "某公司总部大楼。图源：某图库".
  // Taiwanese papers close a caption with the picture's credit after 图／ or 摄影／: "…開賣。（圖／達志影像／美聯社）".
  [/[。.\s](?:图片?来源|图源)[:：/／][^。]{1,24}$|[（(](?:图片?来源|图源|图片?|摄影|照片)\s*[:：/／][^。（）()]{1,24}[)）]$/, 60],
  // A caption as Chinese papers write one: "图为某工厂生产线。", closed by "（资料图）" or "（新华社发）".
  [/^图为(?!什么|何)[^。！？]{2,50}[。.]?\s*(?:[（(][^（）()]{1,16}[)）])?$|[（(]资料(?:图片?|照片|相片)[)）]$/, 70],
  // A reporter or editor credit, with the outlet before it: "界面新闻记者 | X", "澎湃新闻编辑：Y"
  // (the outlet's name ends as outlets do; "他告诉记者：" is a quote).
  [/^[（(]?(?:[\p{Script=Han}A-Za-z\d]{1,8}(?:新闻|日报|晚报|时报|商报|网|社|财经|科技|app|周刊|杂志|电视台|客户端))?(?:记者|编辑|责编|作者|撰文|实习生|摄影|图片编辑|出品|策划|监制)\s*[|｜:：/／]/iu, 40],
  // A photo credit closing a caption: "资料图。中新网记者 X 摄", "（记者X摄）", "百度方面供图".
  [/(?:\s摄|记者\s*[\p{Script=Han}·]{2,4}\s*摄|供图|摄影)[)）]?$/u, 60],
  // A review's verdict box: a score label and its mark out of 10 or 5 ("PCM 评分：8.5/10 优点：… 缺点：…",
  // "总评 4.5 / 5"), then pros and cons — labels and values, never a sentence ("评分为8.5分。" is one).
  [/^[^。！？，,]{0,16}(?:评分|总评|总分|得分|综合评价|rating|score)\s*[:：]?\s*\d{1,3}(?:\.\d)?\s*[/／]\s*(?:5|10|100)(?![\d.])[^。！？]*$/i, 120],
  // The page's own byline row: a date with a time or a byline label and no sentence around it
  // ("张帅 2024-11-21 07:12 来源：钛媒体APP", "发布日期：2024.12.27"); a timeline's "2022.11.30 某产品发布" stays.
  [/^(?=[^。！？，]*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})(?=.*(?:\d{1,2}:\d{2}|来源|作者|编辑|发布(?:于|日期|时间)|分类|阅读|浏览|评论|留言|\|))[^。！？，]*$|^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/, 80],
  // The same row with the day and time but no year ("某作者11-07 08:15来源：某某号"), then only with a byline's
  // label: a live blog's "11-07 08:15 某某登台" is an entry.
  [/^(?=[^。！？，]*(?<!\d)\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2})(?=.*(?:来源|作者|编辑|发布(?:于|日期|时间)))[^。！？，]*$/, 80],
  // A follow prompt for the outlet's account, with what the reader gets: "关注某某微信公众号（id），获取更多数码评测。"
  // (a sentence about an account goes on after it: "关注该公众号后，用户可以…").
  [/^(?:欢迎|请|敬请)?关注[^。，,！!]{0,16}(?:公众号|微信号|视频号|服务号|官方账号|官方帐号|头条号|百家号)(?:[（(][^（）()]{1,30}[)）])?(?:[，,][^。，,！!]{1,20})?[。！!]?$/, 60],
  // A live page's note to the reader that it is still being written: "本文持续更新中，请重新整理页面。", "（持续更新）".
  [/^[（(【[]?(?:本文|本篇|本页|本帖|此文|文章|内容|直播)?(?:将|会)?(?:持续|不断|随时|即时|实时)更新(?:中)?(?:[，,。！!…]+[^。！？]{0,16}[。！!]?)?[)）】\]]?$/, 40],
];

const isRelated = (line: string) => RELATED_LABEL.test(line) && line.length <= 60;

/** A reporting verb before a comma or colon: a source's words, not the account's own. */
const REPORTED = /(?:表示|指出|介绍|透露|强调|认为|宣布|回应|称|说)[，,：:]/;
/** An account asking to be followed, anywhere in the article, unless a source is quoted saying it. */
const FOLLOW_US = /关注我们/;

export function isBoilerplate(foldedLine: string): boolean {
  const line = foldedLine.trim();
  if (BOILERPLATE_LINE.some((re) => re.test(line)) || isRelated(line)) return true;
  if (FOLLOW_US.test(line) && !REPORTED.test(line)) return true;
  return SHORT_FURNITURE.some(([re, max]) => line.length <= max && re.test(line));
}

/**
 * A self-media article's sign-off to its reader (头条号, 百家号, 企鹅号): "我是X，欢迎关注我",
 * "喜欢的朋友可以点赞、转发", "你怎么看？欢迎在评论区留言", "以上就是今天的分享". Recognised only
 * in the article's closing run, since the same words inside an article are someone's quote.
 */
const SIGN_OFF: readonly RegExp[] = [
  /(?:欢迎|请|记得|别忘了?|麻烦|随手|顺手|动动(?:小)?手指|求|可以)[^。！？]{0,8}(?:点赞|转发|收藏|在看|三连|评论区|留言区|留言|评论|点个?关注|关注(?:我|本号|小编|作者|一下))/,
  /(?:你|您|大家|你们|各位)(?:怎么看|觉得呢|怎么想|有什么看法)/,
  /^(?:以上就是|今天的分享|本期(?:内容)?就到|原创不易)/,
];
const MAX_SIGN_OFF_CHARS = 80;

/** Every pattern matched against a folded line: the extension's small fold table must cover their characters. */
export const FOLDED_PATTERNS: readonly RegExp[] = [
  ...BOILERPLATE_LINE,
  RELATED_LABEL,
  ...SHORT_FURNITURE.map(([re]) => re),
  ...SIGN_OFF,
  REPORTED,
  FOLLOW_US,
];

export function isSignOff(foldedLine: string): boolean {
  const line = foldedLine.trim();
  // "我是X，…" introduces the account itself, whatever its name ends in (科技老王说).
  const reported = !/^我是/.test(line) && REPORTED.test(line);
  return line.length <= MAX_SIGN_OFF_CHARS && !reported && SIGN_OFF.some((re) => re.test(line));
}

/** A paragraph of the article's prose: this long and closing a sentence (a subhead or a label does neither). */
const MIN_PROSE_CHARS = 40;
const CLOSES_SENTENCE = /[。！？!?…]["”」』）)]?$/;
const isProse = (line: string) => line.length >= MIN_PROSE_CHARS && CLOSES_SENTENCE.test(line);
/**
 * Once the desk's credit (责任编辑：X) has closed the article after its prose, a short line with no
 * sentence's end is the page's, not the story's: an advertisement's slogan ("广告 某某节 爆款低至5折"),
 * a gallery's or a list's heading and items. A sentence there stays (a correction, a note), since a
 * dropped paragraph costs more than a kept label.
 */
const MAX_TRAILING_LABEL_CHARS = 40;
const isTrailingLabel = (line: string) => line.length <= MAX_TRAILING_LABEL_CHARS && !CLOSES_SENTENCE.test(line);

export function emptyReport(): CleanReport {
  return {
    punctuationRestored: 0,
    pinyinRemoved: 0,
    pinyinExamples: [],
    mojibakeRepaired: [],
    mojibakeCut: [],
    htmlRemoved: [],
    redactions: 0,
    boilerplateLines: [],
  };
}

/**
 * Cleans one article. `foldLine` folds to Simplified for the boilerplate patterns (passed in so
 * this module stays free of the converter).
 */
export function cleanArticle(
  raw: string,
  options: { repairs: readonly MojibakeRepair[]; foldLine: (line: string) => string },
): CleanResult {
  const report = emptyReport();
  let text = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  text = removePinyin(text, report);
  text = repairMojibake(text, options.repairs, report);
  text = markRedactions(text, report);
  text = restoreFullWidthPunctuation(text, report);
  const paragraphs: string[] = [];
  const boilerplate: string[] = [];
  let closed = false;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/[ \t\u3000]+/g, ' ').trim();
    if (!line) continue;
    const folded = options.foldLine(line);
    if (isBoilerplate(folded) || (closed && isTrailingLabel(line))) {
      boilerplate.push(line);
      report.boilerplateLines.push(line);
      closed ||= paragraphs.some(isProse) && DESK_CREDITS.some((re) => re.test(folded.trim()));
    } else {
      paragraphs.push(line);
    }
  }
  // The closing run: sign-offs after the last paragraph of the article itself.
  while (paragraphs.length && isSignOff(options.foldLine(paragraphs[paragraphs.length - 1]!))) {
    const line = paragraphs.pop()!;
    boilerplate.push(line);
    report.boilerplateLines.push(line);
  }
  return { paragraphs, boilerplate, report };
}
