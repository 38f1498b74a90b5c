/**
 * lib/claims/broker-verdict.ts: one vocabulary for a broker's verdict (a rating kept, given or moved;
 * a price target), read in both scripts once folded. Negatives: a rating agency or a credit rating
 * named alone, words that only look like a grade. Fictional sentences only.
 */
import { describe, expect, it } from 'vitest';
import {
  gradeOf,
  gradesShare,
  isVerdict,
  movesRating,
  namesTarget,
  TARGET_PRICE_WORD,
  VERDICT_NOUN,
  VERDICT_TAG,
  verdictAnew,
  verdictOf,
} from '../../lib/claims/broker-verdict';
import type { Token } from '../../lib/claims/segment';
import { foldText } from '../../lib/text/convert';

/** Tokens of words given one by one (the modality reads the clause's words joined). */
const tokens = (...words: string[]): Token[] => {
  let at = 0;
  return words.map((word) => ({ word, tag: 'n', start: at, end: (at += word.length) }));
};

describe('a rating by its verb (movesRating)', () => {
  it('a rating kept, given or moved, in both scripts', () => {
    expect(movesRating('北辰证券维持“买入”评级')).toBe(true);
    expect(movesRating('首次覆盖并给予“增持”投资评级')).toBe(true);
    expect(movesRating('评级由“中性”降至“减持”')).toBe(true);
    expect(movesRating(foldText('南港投顧維持「優於大盤」評等'))).toBe(true);
    expect(movesRating(foldText('將評級由「買入」下調至「持有」'))).toBe(true);
  });

  it('a rating agency, a credit rating or a rating far from its verb is no verdict', () => {
    expect(movesRating('评级机构星河信评表示，行业前景稳定')).toBe(false);
    expect(movesRating('该集团获得AAA信用评级')).toBe(false);
    expect(movesRating(foldText('信用評等機構發布年度報告'))).toBe(false);
    expect(movesRating('维持原有的研发投入节奏并持续扩大海外业务的规模与评级')).toBe(false);
  });
});

describe('a price target (namesTarget, isVerdict, TARGET_PRICE_WORD)', () => {
  it('目标价 in both scripts; a verdict whether rating or target', () => {
    expect(namesTarget('目标价由40港元升至48港元')).toBe(true);
    expect(namesTarget(foldText('目標價上調至180港元'))).toBe(true);
    expect(isVerdict('目标价63港元')).toBe(true);
    expect(isVerdict('重申“增持”评级')).toBe(true);
  });

  it('目标股价 is a target word to the modality only (the verb reading was tuned on 目标价)', () => {
    expect(TARGET_PRICE_WORD.test('目标股价')).toBe(true);
    expect(namesTarget('目标股价')).toBe(false);
  });

  it('no verdict: a rating agency, a sales target, a price', () => {
    expect(isVerdict('评级机构上调了行业展望')).toBe(false);
    expect(isVerdict('公司今年的销量目标为50万辆')).toBe(false);
    expect(isVerdict('新机售价3999元')).toBe(false);
  });

  it('a product’s 目标价格 (its intended price) is no price target', () => {
    expect(namesTarget('这款手机的目标价格为2999元')).toBe(false);
    expect(isVerdict('这款手机的目标价格为2999元')).toBe(false);
    expect(TARGET_PRICE_WORD.test('目标价格')).toBe(false);
    expect(namesTarget('目标价上调至180港元')).toBe(true);
  });
});

describe('a rating by its grade (gradeOf, gradesShare)', () => {
  it('the grade before 评级, or the grade 评级 is moved to, in both scripts and in English', () => {
    expect(gradeOf('维持“买入”评级')).toBe('买入');
    expect(gradeOf('将其评级由“买入”下调至“中性”')).toBe('中性');
    expect(gradeOf('评级下调至“中性”')).toBe('中性');
    expect(gradeOf(foldText('給予「增持」投資評級'))).toBe('增持');
    expect(gradeOf('维持Outperform评级')).toBe('Outperform');
    expect(gradesShare(tokens('维持', '“', '跑赢大盘', '”', '评级'))).toBe(true);
  });

  it('Taiwan’s 评等 and its grades (买进, 中立) read like 评级', () => {
    expect(gradeOf(foldText('維持「增持」評等'))).toBe('增持');
    expect(gradeOf(foldText('南港投顧維持「買進」評等'))).toBe('买进');
    expect(gradeOf(foldText('評等由「買進」降至「中立」'))).toBe('中立');
  });

  it('no grade: a credit rating, a rating agency', () => {
    expect(gradeOf('该集团获得AAA信用评级')).toBe(null);
    expect(gradeOf('评级机构发布报告')).toBe(null);
    expect(gradeOf(foldText('信用評等機構發布年度報告'))).toBe(null);
    expect(gradesShare(tokens('公司', '维持', '研发', '投入'))).toBe(false);
  });
});

describe('a verdict of its own after another (verdictAnew)', () => {
  it('a target after a rating, a rating after a target', () => {
    expect(verdictAnew('目标价由62港元升至65港元', '北辰证券重申“增持”评级')).toBe(true);
    expect(verdictAnew('并维持“买入”评级', '将星辰科技目标价上调至180港元')).toBe(true);
    expect(verdictAnew(foldText('同時目標價升至65港元'), foldText('南港投顧維持「買進」評等'))).toBe(true);
  });

  it('not after a clause that held both, nor after no verdict', () => {
    expect(verdictAnew('目标价升至65港元', '重申“增持”评级，目标价60港元')).toBe(false);
    expect(verdictAnew('目标价升至65港元', '公司收入增长两成')).toBe(false);
    expect(verdictAnew('收入增长两成', '维持“买入”评级')).toBe(false);
  });
});

describe('what a verdict states (verdictOf, VERDICT_TAG)', () => {
  it('a target with its figure a figure forecast, a rating an opinion', () => {
    expect(verdictOf('目标价63港元', true)).toBe('target');
    expect(verdictOf('维持“买入”评级', false)).toBe('rating');
    expect(VERDICT_TAG.target).toEqual({ kind: 'figure', modality: 'forecast' });
    expect(VERDICT_TAG.rating).toEqual({ kind: 'opinion', modality: 'opinion' });
  });

  it('a target with no figure and no rating, or no verdict, is neither', () => {
    expect(verdictOf('下调了其目标价', false)).toBe(null);
    expect(verdictOf('评级机构表示', false)).toBe(null);
  });
});

describe('an analyst’s verdict as one word (VERDICT_NOUN)', () => {
  it('评级, 目标价, 预测 as whole words only', () => {
    expect(VERDICT_NOUN.test('评级')).toBe(true);
    expect(VERDICT_NOUN.test('目标价')).toBe(true);
    expect(VERDICT_NOUN.test('预测')).toBe(true);
    expect(VERDICT_NOUN.test('评级机构')).toBe(false);
    expect(VERDICT_NOUN.test('目标价格')).toBe(false);
  });
});
