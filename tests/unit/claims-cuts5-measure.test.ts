/**
 * After a clause with a figure, a clause led by a measure noun of its own (a noun phrase with no
 * name, pronoun or party in front, headed by a noun, then a verb of level or change and a figure,
 * or a noun of measure and its figure right away) states another measure: a claim of its own about
 * the same subject (tests/claims-eval/README.md, "Comma-joined facts"; lib/claims/measure-lead.ts
 * ownMeasureLead). A change with no noun, parallel figures of one measure, a share of the figure
 * before and an act opening on its verb stay in the chain. Fictional sentences only (claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ClaimDraft } from '../../lib/claims/extract';
import { ownMeasureLead } from '../../lib/claims/measure-lead';
import { Segmenter } from '../../lib/claims/segment';
import { findFigures } from '../../lib/claims/quantities';
import { claimsOf, roles } from './claims-fixture';

const texts = (claims: ClaimDraft[]) => claims.map((c) => c.text);
const segmenter = new Segmenter();
const lead = (clause: string) => ownMeasureLead(segmenter.tokens(clause, []), findFigures(clause))?.text ?? null;

describe('a measure noun of its own with its figure (ownMeasureLead)', () => {
  it('reads a noun phrase before a verb or adverb of level, or a noun of measure before its figure', () => {
    expect(lead('员工约300人')).toBe('员工');
    expect(lead('集资净额约12.5亿港元')).toBe('集资净额');
    expect(lead('电池容量提升至4800mAh')).toBe('电池容量');
    expect(lead('累计提供的配送服务已超过90万次')).toBe('提供的配送服务');
    expect(lead('非广告收入31亿元')).toBe('非广告收入');
    expect(lead('预约人数一度突破80万')).toBe('预约人数');
  });

  it('reads no change without a noun, no act, no variant priced, no share and no earlier value', () => {
    for (const clause of [
      '同比增长12%',
      '计划发行8亿股',
      '获得约3.5%的股份',
      '覆盖全国20座城市',
      'Max版5999元起',
      '市占率18.2%',
      '占总收入的比重升至40%',
      '去年同期为亏损3亿元',
      '其毛利率为30%',
      // (The outcome of the clause before, marked by 就: 上线仅5天，用户数就突破100万.)
      '用户数就突破100万',
      // (A change against a base, with no measure of its own.)
      '较上一代增长了2倍',
    ])
      expect(lead(clause), clause).toBeNull();
  });
});

describe('a measure of its own after a figure', () => {
  it('is cut from the chain of figures before it, the subject carried', () => {
    for (const sentence of [
      '云海集团上季营收为52亿元，同比增长18%，员工约3000人。',
      '云海集团宣布配售3亿股新股，较前收市价折让约5%，集资净额约12.5亿港元。',
      '云海集团本月交付新车超过2万辆，全年交付量超过20万辆。',
    ]) {
      const claims = claimsOf(sentence);
      expect(texts(claims), sentence).toHaveLength(2);
      expect(claims[1]!.text, sentence).toMatch(/^云海集团…/);
      expect(roles(claims[1]), sentence).toEqual({ globex: 'agent' });
    }
  });

  it('keeps a change, parallel figures of one measure and a share with the figure before', () => {
    for (const sentence of [
      '云海集团上季营收为52亿元，同比增长18%。',
      '云海集团的输入价格为每百万tokens 2元，输出价格为每百万tokens 8元。',
      '云海集团上季出货1200万台，市占率18.2%。',
      '云海集团推出新款平板，标准版2999元起，Max版3999元起。',
      // (Two measures changed alike: one statement of the gains.)
      '云海集团的新芯片GPU性能较上一代提升25%，能效提升15%。',
    ])
      expect(claimsOf(sentence), sentence).toHaveLength(1);
  });
});
