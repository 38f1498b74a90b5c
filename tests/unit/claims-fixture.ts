/**
 * A small fictional gazetteer for claim tests: sentences written for the tests (never corpus
 * sentences) name these companies, people, models and products, and `claimsOf` extracts a
 * paragraph's claims with their mentions found as the compiler would find them.
 */
import { extractParagraph, type ClaimDraft, type ParagraphCarry } from '../../lib/claims/extract';
import { baseScore, rankFor, type Claim } from '../../lib/claims/group';
import { Segmenter } from '../../lib/claims/segment';
import { foldText } from '../../lib/text/convert';

const TYPES: Record<string, string> = {
  acme: 'company',
  globex: 'company',
  initech: 'company',
  umbrella: 'company',
  hooli: 'company',
  'globex-cloud': 'company',
  zhang: 'person',
  li: 'person',
  wang: 'person',
  nova: 'model',
  orion: 'model',
  hub: 'product',
  report: 'work',
  plan: 'regulation',
  forum: 'organization',
  alliance: 'organization',
  summit: 'organization',
  lyra: 'model',
  whale: 'product',
};

/** Written name → entity id. */
const NAMES: Record<string, string> = {
  星辰科技: 'acme',
  云海集团: 'globex',
  蓝鲸智能: 'initech',
  远山资本: 'umbrella',
  极光数据: 'hooli',
  云海智算: 'globex-cloud',
  张明远: 'zhang',
  李思源: 'li',
  王海川: 'wang',
  Nova: 'nova',
  Orion: 'orion',
  模型广场: 'hub',
  未来报告: 'report',
  数据行动计划: 'plan',
  开放模型论坛: 'forum',
  智算产业联盟: 'alliance',
  云端安全论坛: 'summit',
  Lyra: 'lyra',
  鲸语助手: 'whale',
};

/** Which group a company belongs to (云海智算 is 云海集团's cloud arm), and who makes a model or product (Lyra and 鲸语助手 are 蓝鲸智能's). */
const PARENTS: Record<string, string> = { 'globex-cloud': 'globex', zhang: 'acme', lyra: 'initech', whale: 'initech' };

/** The names as jieba user words, as the compiler loads the gazetteer's (lib/corpus/compile.ts). */
let segmenter: Segmenter | null = null;

/** `carry`, shared across calls, makes consecutive paragraphs of one article. */
export function claimsOf(paragraph: string, date = '2024-03-15', carry?: ParagraphCarry): ClaimDraft[] {
  const mentions: Array<{ start: number; end: number; entityId: string }> = [];
  for (const [name, id] of Object.entries(NAMES)) {
    for (let at = paragraph.indexOf(name); at >= 0; at = paragraph.indexOf(name, at + name.length)) {
      mentions.push({ start: at, end: at + name.length, entityId: id });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return extractParagraph(paragraph, foldText(paragraph), mentions, {
    articleDate: date,
    typeOf: (id) => TYPES[id],
    parentOf: (id) => PARENTS[id],
    carry,
    segmenter: (segmenter ??= new Segmenter(Object.keys(NAMES).map(foldText))),
  });
}

/** Entity id → role in a claim. */
export const roles = (c: ClaimDraft | undefined) => Object.fromEntries((c?.entities ?? []).map((e) => [e.id, e.role]));

/** The paragraph's claims as the compiler keeps them (one article, each scored). */
export function compiledClaims(paragraph: string): Claim[] {
  return claimsOf(paragraph).map((d, i) => {
    const claim: Claim = {
      ...d,
      id: `c${i}`,
      sources: [{ articleId: 'a', paragraph: 0, start: d.start, end: d.end, text: d.text }],
      score: 0,
    };
    return { ...claim, score: baseScore(claim) };
  });
}

/** The texts an entity's card shows, in order, ranked by the names the fixture writes it with. */
export function cardTexts(entityId: string, claims: Claim[]): string[] {
  const names = Object.entries(NAMES).flatMap(([name, id]) => (id === entityId ? [name] : []));
  return rankFor(entityId, claims, (c) => c.text, names).map((c) => c.text);
}
