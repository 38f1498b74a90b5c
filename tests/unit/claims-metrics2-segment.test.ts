/**
 * A segment's figures owned by the company (lib/claims/topic-chain.ts lineMetricLead): jieba cuts
 * 营收 into 营/收 before a copula or a figure, which hid the revenue noun of a business line opening a
 * clause (数据中心营收为…); the two words are read as one noun again. Sentences written for these
 * tests, with the fictional names of claims-fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { lineMetricLead } from '../../lib/claims/topic-chain';
import { claimsOf, roles } from './claims-fixture';

/** The claims of `second`, a paragraph after `first` of the same article. */
function after(first: string, second: string) {
  const carry: ParagraphCarry = { topic: null };
  claimsOf(first, '2024-03-15', carry);
  return claimsOf(second, '2024-03-15', carry);
}

const REPORT = '星辰科技昨日公布第三季财报，单季营收达52亿元，同比增长18%。';

describe('a revenue noun jieba cut in two', () => {
  it('reads 营/收 after business words as the line’s revenue', () => {
    const w = (word: string, tag: string) => ({ word, tag });
    expect(lineMetricLead([w('数据中心', 'n'), w('营', 'n'), w('收', 'v'), w('为', 'p')])?.noun).toBe('营收');
    expect(lineMetricLead([w('资料', 'n'), w('中心', 'n'), w('营', 'n'), w('收', 'v'), w('25', 'm')])?.noun).toBe(
      '营收',
    );
    // (Not a word that only ends in 营, nor 收 alone, nor a line of the whole industry.)
    expect(lineMetricLead([w('经营', 'vn'), w('收', 'v'), w('为', 'p')])).toBeNull();
    expect(lineMetricLead([w('数据中心', 'n'), w('收', 'v'), w('为', 'p')])).toBeNull();
    expect(lineMetricLead([w('行业', 'n'), w('营', 'n'), w('收', 'v'), w('为', 'p')])).toBeNull();
    // (Before a verb, 营收将成长…, the cut is left as it is: the clause is read as before.)
    expect(lineMetricLead([w('旗舰', 'n'), w('芯片', 'n'), w('营', 'n'), w('收', 'v'), w('将', 'd')])).toBeNull();
  });

  it('gives a segment’s revenue, after a frame of the angle, to the company the article is on', () => {
    const claims = after(REPORT, '以部门来看，数据中心营收为30亿元，同比增长40%；游戏部门营收8亿元，同比下降5%。');
    expect(claims.map((c) => c.text)).toEqual([
      '星辰科技…以部门来看，数据中心营收为30亿元，同比增长40%',
      '星辰科技…游戏部门营收8亿元，同比下降5%。',
    ]);
    expect(claims.map(roles)).toEqual([{ acme: 'agent' }, { acme: 'agent' }]);
    expect(claims[0]!.figures.map((f) => f.text)).toEqual(['30亿元', '40%']);
  });

  it('reads a Traditional segment line the same way', () => {
    const claims = after(REPORT, '資料中心營收為30億元，年增40%。');
    expect(claims).toHaveLength(1);
    expect(roles(claims[0])).toEqual({ acme: 'agent' });
  });

  it('leaves a forecast of a line before a verb as it was read', () => {
    const claims = claimsOf(
      '星辰科技首席执行官张明远表示，新机的采用客户将多于前代，预期今年旗舰芯片营收将成长逾七成。',
    );
    expect(claims).toHaveLength(1);
  });

  it('gives no owner when two companies were named before', () => {
    expect(
      after('星辰科技与云海集团昨日分别公布第三季财报。', '以部门来看，数据中心营收为30亿元，同比增长40%。'),
    ).toEqual([]);
  });

  it('leaves a unit that is an entity of its own its own owner, and the industry no one’s', () => {
    const unit = after(REPORT, '云海智算营收为30亿元，同比增长40%。');
    expect(unit.map(roles)).toEqual([{ 'globex-cloud': 'agent' }]);
    expect(after(REPORT, '行业营收为300亿元，同比增长4%。')).toEqual([]);
  });
});
