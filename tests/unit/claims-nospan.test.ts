/**
 * Sentences that stated a claim the extractor did not read at all: a topic-comment predicate
 * (X现金消耗严重), a demonstrative phrase with a Latin modifier (这家AI企业) or for a feature of a
 * product (这项功能). Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { claimsOf, roles } from './claims-fixture';

const withText = (paragraph: string, part: string, carry?: ParagraphCarry) =>
  claimsOf(paragraph, '2024-03-15', carry).find((c) => c.text.includes(part));

describe('a topic-comment sentence (主谓谓语句) is a claim about its topic', () => {
  it('reads it after a bare 公司 standing for the company of the paragraph before', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('蓝鲸智能上周宣布裁员三成。', '2024-03-15', carry);
    const claim = withText('据知情人士透露，公司近月订单萎缩严重。', '订单萎缩', carry);
    expect(roles(claim)).toEqual({ initech: 'agent' });
    expect(claim!.modality).toBe('reported');
  });

  it('leaves a clause opening on a common noun alone', () => {
    expect(withText('星辰科技发布了Nova。业内反响平淡。', '反响平淡')).toBeUndefined();
  });
});

describe('demonstrative phrases the topic stands behind', () => {
  it('takes a Latin word of the trade inside the phrase (这家AI企业) opening a paragraph', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('蓝鲸智能昨日递交了上市申请。', '2024-03-15', carry);
    const claim = withText('按发行价上限计算，这家AI企业的市值将达300亿元。', '这家AI企业', carry);
    expect(roles(claim)).toEqual({ initech: 'agent' });
  });

  it('reads 这项功能 as the product named before', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('模型广场本周上线了代码助手，用户可免费试用。', '2024-03-15', carry);
    const claim = withText('这项功能目前只支持英文。', '这项功能', carry);
    expect(roles(claim)).toEqual({ hub: 'agent' });
  });

  it('does not read 这项研究 as a name', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('模型广场本周上线了代码助手，用户可免费试用。', '2024-03-15', carry);
    expect(withText('这项研究耗时两年。', '这项研究', carry)).toBeUndefined();
  });
});

describe('a topic chain through a segment with its period after it', () => {
  it('reads 这部分业务当季… as a figure of the topic', () => {
    const claim = withText(
      '星辰科技公布了第二季度财报，营收为52亿元。不过，这部分业务当季经调整净亏损约3亿元。',
      '净亏损',
    );
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.text.startsWith('星辰科技…')).toBe(true);
  });

  it('leaves a market segment to no one', () => {
    const claim = withText('星辰科技公布了第二季度财报，营收为52亿元。不过，行业业务当季收入约3亿元。', '行业业务');
    expect(claim).toBeUndefined();
  });
});

describe('a name after X旗下 and a product noun stands for X', () => {
  it('learns a name jieba cuts into pieces and reads it later as its maker', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('星辰科技旗下自动驾驶出行服务平台青鸟快跑在杭州的订单持续增长。', '2024-03-15', carry);
    claimsOf('远山资本上周领投了蓝鲸智能的新一轮融资。', '2024-03-15', carry);
    const claim = withText('一位分析师认为，青鸟快跑能否盈利，取决于补贴退坡后的价格。', '青鸟快跑', carry);
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });

  it('does not take the predicate into the name', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('星辰科技旗下社交平台青鸟发布了新版本。', '2024-03-15', carry);
    claimsOf('远山资本上周领投了蓝鲸智能的新一轮融资。', '2024-03-15', carry);
    expect(withText('一位分析师认为，青鸟发布会很成功。', '青鸟发布会', carry)).toBeUndefined();
  });
});

describe('the writer looking things up only frames the claim', () => {
  it('reads 翻查资料，公司… as a claim about the company named before', () => {
    const claim = withText(
      '蓝鲸智能成立于2021年。翻查资料，公司在去年完成新一轮融资后，估值约8亿美元。',
      '估值约8亿美元',
    );
    expect(roles(claim)).toEqual({ initech: 'agent' });
    expect(claim!.attribution.kind).toBe('article');
  });
});
