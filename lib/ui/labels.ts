/** Words the popover shows, in the page's script. */
import type { EntityType } from '../corpus/gazetteer';
import type { ClaimKind } from '../claims/extract';

export type Script = 'hans' | 'hant';

const TYPES: Record<EntityType, [string, string]> = {
  company: ['公司', '公司'],
  organization: ['机构', '機構'],
  person: ['人物', '人物'],
  model: ['AI 模型', 'AI 模型'],
  product: ['产品', '產品'],
  report: ['报告', '報告'],
  regulation: ['法规', '法規'],
};

const KINDS: Record<ClaimKind, [string, string]> = {
  funding: ['投融资', '投融資'],
  figure: ['数据', '數據'],
  launch: ['发布', '發布'],
  statement: ['表态', '表態'],
  comparison: ['比较', '比較'],
  event: ['事件', '事件'],
};

const WORDS = {
  aliases: ['又称', '又稱'],
  partOf: ['隶属', '隸屬'],
  claims: ['语料中的说法', '語料中的說法'],
  noClaims: ['语料中暂无关于它的具体说法。', '語料中暫無關於它的具體說法。'],
  related: ['相关', '相關'],
  openPanel: ['在侧栏查看', '在側欄查看'],
  addNote: ['添加笔记', '新增筆記'],
  close: ['关闭', '關閉'],
  mentions: ['次提及', '次提及'],
  articles: ['篇文章', '篇文章'],
  backedBy: ['篇文章提及', '篇文章提及'],
  loading: ['加载中…', '載入中…'],
  unavailable: ['暂时无法读取语料，请稍后再试。', '暫時無法讀取語料，請稍後再試。'],
} satisfies Record<string, [string, string]>;

export type Word = keyof typeof WORDS;

const pick = (pair: readonly [string, string], script: Script) => pair[script === 'hans' ? 0 : 1];

export const label = {
  type: (type: EntityType, script: Script) => pick(TYPES[type], script),
  kind: (kind: ClaimKind, script: Script) => pick(KINDS[kind], script),
  word: (word: Word, script: Script) => pick(WORDS[word], script),
};
