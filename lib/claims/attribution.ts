/**
 * Attribution: who says a clause (据知情人士透露, X表示, 根据PitchBook的数据), and the speaking party of a
 * clause that ends on a speech verb.
 */
import type { Attribution, Clause, EntitySubject, ExtractContext } from './types';
import { isPunct, type Token } from './segment';
import { isVerb, NEGATION, TITLE_JOINER } from './words';
import {
  ATTRIBUTION_LEAD,
  DATA_SOURCE,
  DOCUMENT_SOURCE,
  MEMBER_NOUN,
  NEWS_OUTLET,
  OUTLET_WORD,
  SPEECH_VERB,
  UNNAMED_SOURCE,
  WRITER,
} from './cues';
import { RANK_AND_FILE } from './subject';

export const ARTICLE: Attribution = { kind: 'article', text: '' };

/**
 * "但未证实具体人数", "并未透露具体时间", "但未披露具体方案", "但未提供具体数据": a clause opening on
 * a party keeping something back — a negated verb of telling after connectives and adverbs only
 * (jieba's c and d, and 一贯 / 向来 of a habit), no subject but a bare noun of the party the
 * sentence is about (但公司一贯不公布GMV总额, 但官方未披露具体数字).
 */
export function withholds(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  let k = 0;
  let party = 0;
  const lead = (t: Token) =>
    /^(c|d)$/.test(t.tag) || HABIT.test(t.word) || (PARTY_NOUN.test(t.word) && party++ === 0 && k > 0);
  while (k < words.length && !words[k]!.entityId && lead(words[k]!)) k++;
  const verb = words[k];
  return (
    !!verb &&
    isVerb(verb) &&
    words.slice(0, k).some((t) => NEGATION.test(t.word) || /未$/.test(t.word)) &&
    // (The object too: 未提供具体数据 keeps something back, 未提供服务 does not.)
    SILENCE.test(
      words
        .slice(0, k + 3)
        .map((t) => t.word)
        .join(''),
    )
  );
}

/** Adverbs of a habit, which jieba tags as numerals (一贯). */
const HABIT = /^(一贯|一向|向来|始终|从来)$/;
/** A bare noun of the party the sentence is about, standing where its name would. */
const PARTY_NOUN = /^(公司|该公司|官方|公司方面|官方方面)$/;

/** "X在回复查询时表示，": a clause that ends on its verb of saying, whose words are the next clause. */
export function endsOnSpeech(clause: Clause | undefined): boolean {
  const last = clause?.tokens.filter((t) => !isPunct(t)).pop();
  return !!last && SPEECH_VERB.test(last.word);
}

/**
 * Who speaks a proposition, as the sentence names them before its content: the source's entity
 * ("三星表示"), else a name in the proposition's clauses before its content ("GitHub发言人表示",
 * "小米方面，公司总裁表示"); null in the article's own voice or when no name is the source.
 */
export function speakingParty(
  prop: { clauses: number[]; content: number[]; attribution: Attribution },
  clauses: Clause[],
): EntitySubject | null {
  if (prop.attribution.kind === 'article') return null;
  const id = prop.attribution.entityId;
  const first = clauses[prop.content[0]!]!;
  // (What the content says starts after its own speech verb: "X回应称消息不实".)
  const said = first.tokens[first.from]?.start ?? first.start;
  const before = prop.clauses
    .filter((c) => c <= prop.content[0]!)
    .flatMap((c) => clauses[c]!.tokens)
    .filter((t) => t.entityId && t.start < said);
  const named = id
    ? (clauses
        .slice(0, prop.content[0]! + 1)
        .flatMap((c) => c.tokens)
        .filter((t) => t.entityId === id && t.start < said)
        .pop() ?? null)
    : (before[0] ?? null);
  return named ? { kind: 'entity', ids: [named.entityId!], start: named.start, end: named.end } : null;
}

/** A firm named as one that researches a market or gathers data: 市调机构, 研調機構, 第三方机构. */
const RESEARCH_FIRM =
  /(市调|研调|调研|市场研究|市场调查|研究|第三方|数据|统计|咨询)机构|(市调|研调|调研|市场研究|数据)公司/;
/** A verb of counting or estimating right after a source (据X估算, X统计, 有X测算). */
const MEASURING = /^(而|另)?(据|根据|依据|有)?[^，,]{1,20}?(估算|测算|推算|统计|调查|调研|预估)/;
/** A verb framing a view: what follows is the source's opinion, not its data. */
const VIEW_VERB = /^[^，,]*(认为|看来)/;

/** The last word of a medium's or an institution's name: 彭博社, 华尔街日报, 新华网. */
const MEDIUM = /(社|日报|时报|晚报|周刊|杂志|电视台|通讯社|新闻网|网站|研究院|研究所|机构)$/;

/** Members whose words are the organization's own: its spokesperson, its official account. */
const VOICE_OF = /^(发言人|管理层|管理团队|官方|官网|账号|内部|旗下|背后|身后)$/;

/** Entity types that are documents: as a source, data rather than a speaker. */
const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['report', 'work']);

/**
 * Keeping silent (不予置评, 拒绝评论, 未回应, 不愿证实, 并未证实, 未透露): whole in a few words, a
 * statement of what the silent party did, which it is the agent of (dev-2, dev-3 and unseen-4
 * annotate it so; dev-4, dev-5 and unseen-6 list 並未證實 and 未透露 with them).
 */
// (未有回应 and 不评论 are how Hong Kong writes 未回应 and 不予置评. Not disclosing, 未披露 / 不公布 /
// 並未揭露, is keeping silent too; 未提供 only with what it keeps back, 未提供具体数据.)
export const SILENCE =
  /(不予|未予|拒绝|不愿|未作|暂不|不便|不方便|不)(置评|评论|回应|证实|说明|表态|透露)|(未|没有|尚未|未有)(回应|证实|透露)|(未|没有|尚未|未有|不)(披露|公布|揭露)|(未|没有|尚未|并未)提供(具体|详细|更多|任何)?(数据|数字|细节|信息|证据|说明)|(没有|暂无|并无|尚无|暂时没有)(可以|可)(对外)?(说明|透露|公布|分享|披露|评论|回应|宣布)的/;

export function attributionOf(
  sourceText: string,
  written: string,
  words: Token[],
  context: ExtractContext,
  clauseText: string,
  /** The source's words outside 《titles》: "在《…报告》中指出" is not a data source. */
  unquoted = sourceText,
): Attribution {
  if (WRITER.test(sourceText)) return ARTICLE;
  // Folded text finds the cues; the attribution keeps the source's own spelling.
  const cleaned = written
    .replace(/[《》]/g, '')
    // "按照X的说法", "用X的话说": X is who speaks.
    .replace(
      /^(按照|按|照|依照|依|用|套用|借用)(.+?)的([说說]法|介[绍紹]|解[释釋]|口径|描述|[话話])([说說]|来[说說]|來[说說])?$/,
      '$2',
    )
    // Both scripts: the source is written as the article writes it (據彭博社 → 彭博社).
    .replace(
      /^(近日|日前|此前|[随隨]後?后?|同[时時]|而|但|另|正如|[据據]|根[据據]|依[据據]|援引|按照|[来來]自|有)+/,
      '',
    )
    .replace(
      /([处處]|[独獨]家|的|[报報][道导導]|消息|所|在.*[中上时時]|在|曾|也|[还還]|[则則]|都|近日|日前|此前|此[后後]|[随隨][后後]|早前|[当當][时時]|今天|今日|昨天|昨日|公[开開]|[对對]外|向媒[体體]|[对對]此|[发發]布公告|[发發]布[声聲]明|[发發]表[声聲]明|[发發]布?微博|[发發]文|\d{1,2}月\d{1,2}日[晚早]?|\d{1,2}日)+$/,
      '',
    )
    // "X笑着说", "X向记者表示": how and to whom X says it is not who X is; nor is when or where
    // ("X在交易完成后于社交平台发文表示").
    .replace(/([向對对跟](本[报報刊]|[记記]者|媒[体體]|外界)|[\u4e00-\u9fff][着著])+$/, '')
    .replace(/[在于於][^，,]*?(后|後|前|上|中|时|時|期间|期間|平台|场合|場合)[^，,]*$/, '')
    // ("X则在社群平台表示": an adverb before the frame of where is not who X is.)
    .replace(/(则|則|也|还|還|亦|又)$/, '');
  const entity = words.find((t) => t.entityId && !/(的)$/.test(t.word));
  // "市调机构Counterpoint指出", "研調機構集邦預估", "第三方机构估算": a firm named as a research or
  // data firm gives data, whatever verb relays it, unless the verb frames a view (该机构认为).
  // So does a name in Latin letters the gazetteer lacks that counts or estimates ("据Counterpoint
  // 估算", "IDC统计").
  const research =
    RESEARCH_FIRM.test(sourceText) ||
    (MEASURING.test(clauseText) &&
      (/机构$/.test(sourceText) ||
        (!words.some((t) => t.entityId) &&
          words.find((t) => !/^(据|根据|依据|有|而|另)$/.test(t.word))?.tag === 'eng')));
  if (research && !VIEW_VERB.test(clauseText) && !entity)
    return {
      kind: 'data',
      text: cleaned.replace(/(的)?(数据|报告|统计|估算|测算|推算|调查|调研|预估)$/, '') || cleaned,
    };
  const unnamed =
    UNNAMED_SOURCE.exec(sourceText) ??
    (sourceText.replace(/^(据|根据|有)/, '') ? null : UNNAMED_SOURCE.exec(clauseText));
  // "一位接近X的人士": a source described by its closeness to X is unnamed, not X; so is one who
  // will not be named ("一位不愿具名的X高管").
  if (unnamed && (!entity || /接近|知情|消息人士|内部人士|不愿具名|不愿透露姓名|匿名/.test(unnamed[0]))) {
    const noun =
      // (业内消息 / 業界消息 is news from the trade, a hedge, not the trade commenting.)
      /(?:业内|业界|行业|市场)消息|知情人士|消息人士|业内人士|内部人士|接近[^，,]{1,10}的人士|媒体|外媒|业内|业界|外界/.exec(
        sourceText,
      )?.[0] ?? '';
    return { kind: 'unnamed', text: noun };
  }
  // "据36氪报道", "日经称", "彭博援引…": a news outlet the gazetteer lacks is a named outlet,
  // `organization` without an id, however jieba tags its name (彭/nr 博/nr, 36/m 氪/g).
  if (!entity && outletSource(cleaned, sourceText, clauseText)) return { kind: 'organization', text: cleaned };
  // "X员工回复", "X用户称": a member who does not represent X is an unnamed source; an
  // executive with no name ("X副总裁表示") is a person, though not one we can name; a
  // spokesperson or X's own account ("X发言人", "X官方") speaks for X.
  const at = entity ? words.indexOf(entity) : -1;
  // "首席/执行官", "联合/创始人": a title jieba cuts in two is still one title.
  // "X游戏业务行政总裁Y": a unit of X (plain nouns) may come between X and the title.
  const titleAt = entity ? words.slice(at + 2, at + 5).findIndex((w) => MEMBER_NOUN.test(w.word)) + at + 2 : -1;
  const unitBetween =
    titleAt > at + 1 && words.slice(at + 1, titleAt).every((w) => w.tag === 'n' && !MEMBER_NOUN.test(w.word));
  const member =
    entity && TITLE_JOINER.test(words[at + 1]?.word ?? '') && MEMBER_NOUN.test(words[at + 2]?.word ?? '')
      ? words[at + 2]
      : entity && unitBetween
        ? words[titleAt]
        : entity
          ? words[at + 1]
          : undefined;
  const otherEntity = words.some((t) => t.tag === 'ENT' && t !== entity);
  const nobodyNamed = !otherEntity && !words.some((t) => t.tag === 'nr');
  if (entity && member && RANK_AND_FILE.test(member.word) && nobodyNamed) return { kind: 'unnamed', text: cleaned };
  // "微软首席执行官纳德拉", "X执行长黄仁勋": a titled person the gazetteer does not know is a person.
  if (entity && member && MEMBER_NOUN.test(member.word) && !VOICE_OF.test(member.word) && !otherEntity)
    return { kind: 'person', text: cleaned };
  if (entity) {
    const named = words.filter((t) => t.entityId);
    // "OpenAI CEO奥特曼": a person speaks for the organization named before; without a person,
    // the first name is the speaker ("红杉资本在…中指出").
    const persons = named.filter((t) => context.typeOf?.(t.entityId!) === 'person');
    // "以X闻名的Y宣布", "由X孵化的Y表示": a name before 的 only describes the head of the source's
    // noun phrase; the name after the last 的 is who speaks.
    let lastOf = -1;
    words.forEach((t, k) => {
      if (t.word === '的') lastOf = k;
    });
    const head = lastOf > 0 ? named.find((t) => words.indexOf(t) > lastOf) : undefined;
    const speaker = persons.length ? persons[persons.length - 1]! : (head ?? named[0]!);
    const speakerType = context.typeOf?.(speaker.entityId!);
    // "在《…报告》中指出": a title names where it was said; the speaker is still not data.
    // A speaker whose name contains 数据 ("极光数据") is not a data source: only the words around it count.
    // "根据X发布的《…报告》" cites the report as data; "X在《…报告》中指出" is X speaking.
    // "X在财报中披露", "X在一份报告里称": the document after 在 is where X speaks, not a dataset.
    const cited = ATTRIBUTION_LEAD.test(sourceText)
      ? sourceText
      : // (An adverb may follow the place: "X在财报会议上则表示".)
        unquoted.replace(
          new RegExp(`(${escapeRegExp(speaker.word)}.*?)在.*[中上里内](则|也|还|亦|又|更|曾|都|再|随即|随后)?$`),
          '$1',
        );
    // A report or a dataset named as the source ("《X报告》显示") is data.
    if (
      DOCUMENT_TYPES.has(speakerType ?? '') ||
      DATA_SOURCE.test(cited.replace(speaker.word, '')) ||
      (research && !VIEW_VERB.test(clauseText))
    )
      return { kind: 'data', entityId: speaker.entityId!, text: cleaned || speaker.word };
    return {
      kind: speakerType === 'person' ? 'person' : 'organization',
      entityId: speaker.entityId!,
      text: cleaned || speaker.word,
    };
  }
  // "该公司在技术报告中表示", "公司在年报中称": as for a name above, the document after 在 is where a
  // pronoun or a bare noun for the party speaks, not a dataset.
  const speakerInDocument = /^(?:(?:该|这家|此)?(?:公司|集团|企业|团队)|其|他|她)在.*[中上里内]/.test(sourceText);
  // "据公告", "据企查查显示": a document, or whatever a lead says shows something, is data; so is a
  // document no one is named for ("资料显示", "公开资料显示"): a record the article cites.
  if (
    (DATA_SOURCE.test(sourceText) && !speakerInDocument) ||
    (ATTRIBUTION_LEAD.test(sourceText) && DOCUMENT_SOURCE.test(sourceText)) ||
    // ("根据该方案", "根据集团公布的计划": a plan a text published is a document cited.)
    (ATTRIBUTION_LEAD.test(sourceText) && /(方案|计划|规划)$/.test(sourceText)) ||
    (DOCUMENT_SOURCE.test(sourceText) && /^(公开|相关|官方|工商|历史)?(资料|公告|记录|文件)$/.test(sourceText)) ||
    /^(而|另)?(据|根据|依据)[^，,]{1,20}?(显示|表明)/.test(clauseText)
  )
    return { kind: 'data', text: cleaned.replace(/(的)?(数据|报告|统计)(显示|表明)?$/, '') || cleaned };
  // "简单介绍一下：", "前面提到，": the writer speaking, with no one named or described.
  if (!cleaned || !words.some((t) => /^(n|nr|nt|nz|r|eng)/.test(t.tag) && t.tag !== 'nrfg')) return ARTICLE;
  // "《纽约时报》报导", "彭博社", "路透社": a medium or an institution the gazetteer lacks…
  if (/《/.test(written) || words.some((t) => MEDIUM.test(t.word))) return { kind: 'organization', text: cleaned };
  // …but "外交部发言人毛宁" is a person named, whoever they speak for.
  if (words.some((t) => t.tag === 'nr')) return { kind: 'person', text: cleaned };
  if (words.some((t) => t.tag === 'nt')) return { kind: 'organization', text: cleaned };
  // "IDC指出", "Counterpoint认为", "IDC资料显示": a name in Latin letters the gazetteer lacks is
  // still a name (a research firm, a data provider), never an unnamed source: its data are data,
  // its words an organization's.
  // (The name leads the source: "一位國內AI企業高管" is someone described, unnamed.)
  if (words.find((t) => !/^(据|根据|依据|有|而|另)$/.test(t.word))?.tag === 'eng')
    return { kind: DOCUMENT_SOURCE.test(sourceText) ? 'data' : 'organization', text: cleaned };
  return { kind: 'unnamed', text: cleaned };
}

/**
 * Whether a source is a news outlet: one of the outlets news names bare (NEWS_OUTLET: 彭博, 日经,
 * 36氪), a name ending in a medium word (彭博社, 南华早报), or any name right before a verb only an
 * outlet does with a story (据X报道, X报导称, X援引…, X引述…). Media no one names (媒体, 外媒, 韩媒)
 * are unnamed, found before this.
 */
export function outletSource(cleaned: string, sourceText: string, clauseText: string): boolean {
  if (!cleaned || /^(有|多家|部分)?(媒体|外媒|外电|.媒)$/.test(cleaned)) return false;
  if (NEWS_OUTLET.test(sourceText) || OUTLET_WORD.test(cleaned)) return true;
  const after = clauseText.startsWith(sourceText) ? clauseText.slice(sourceText.length) : '';
  return /^(独家)?(报道|报导|引述|援引)/.test(after);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
