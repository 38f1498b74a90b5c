/**
 * What 该公司, 其 or 这家企业 stands for when a party the gazetteer lacks, or a public body, is the
 * nearer name (antecedents.ts, unknown-parties.ts). Sentences written for these tests, with the
 * fictional names of claims-fixture.ts (开放模型论坛 is an organization; 飞鸿航空, Zentrix公司 and
 * the like are unknown to it).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { Segmenter } from '../../lib/claims/segment';
import { unknownParties } from '../../lib/claims/unknown-parties';

const about = (paragraph: string, part: string) => claimsOf(paragraph).find((c) => c.text.includes(part));

describe('a business noun never stands for a public body', () => {
  it('leaves 该公司 unresolved after a forum, in both scripts', () => {
    expect(about('开放模型论坛昨日发布新规。该公司在事故后五天内取消约7000个航班。', '航班')).toBeUndefined();
    expect(about('開放模型論壇昨日發布新規。這家公司隨後宣布裁員300人。', '裁員')).toBeUndefined();
  });

  it('still gives 该公司 to the company named before', () => {
    const claim = about('星辰科技與開放模型論壇簽署協議。該企業計劃明年上市。', '上市');
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });

  it('lets 该机构 and a statement stand for the organization', () => {
    expect(roles(about('开放模型论坛发布报告。该机构建议加强监管。', '建议'))).toEqual({ forum: 'agent' });
  });
});

describe('a party the gazetteer lacks, named in between', () => {
  it('takes 该公司 after an airline or a bank opening the sentence', () => {
    expect(about('开放模型论坛周一宣布调查。飞鸿航空表示，该公司将在三个月内裁员500人。', '裁员')).toBeUndefined();
    expect(about('星辰科技上月发布了Nova。海岳银行随后宣布，这家公司将投资10亿元。', '投资')).toBeUndefined();
  });

  it('takes 该公司 after a titled speaker of an unknown group, across a paragraph break', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('星辰科技推出了Nova。', '2024-03-15', carry);
    const next = claimsOf('瑞丰集团总裁陈立表示，该公司计划明年上市。', '2024-03-15', carry);
    expect(next.some((c) => c.entities.some((e) => e.id === 'acme'))).toBe(false);
  });

  it('takes 该公司 after a person described by an unknown group, after a quotation', () => {
    expect(
      about('星辰科技昨日发布Nova。“我们将继续投入研发，”一位瑞丰集团高管说。该公司计划明年上市。', '明年上市'),
    ).toBeUndefined();
  });

  it('takes 该公司 after a Latin name, an apposed name or an indefinite one', () => {
    expect(about('星辰科技与德国企业Bosfeld签署协议。该公司将在柏林建设工厂。', '柏林')).toBeUndefined();
    expect(about('星辰科技发布了Nova。美国Zentrix公司也推出了同类产品。其股价随后上涨10%。', '股价')).toBeUndefined();
    expect(
      about('星辰科技发布了Nova。此前，云海集团宣布收购一家芯片公司。该公司计划明年上市。', '明年上市'),
    ).toBeUndefined();
    expect(about('星辰科技發布了Nova。台灣鴻暉公司董事長林志明表示，該公司將擴大投資。', '擴大投資')).toBeUndefined();
  });

  it('keeps the known name when the indefinite describes it, or the name is its parent', () => {
    const claim = about('星辰科技是一家芯片公司。该公司计划明年上市。', '明年上市');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    const both = about('星辰科技与云海集团签署合作协议。双方将共同开发Orion。', '共同开发');
    expect(roles(both)).toMatchObject({ acme: 'agent', globex: 'agent' });
  });
});

describe('unknownParties', () => {
  const segmenter = new Segmenter(['星辰科技', '云海集团']);
  const find = (text: string, mentions: Array<{ start: number; end: number }> = []) =>
    unknownParties(text, text, mentions, segmenter.words(text)).map((s) => text.slice(s.start, s.end));

  it('finds names with an organization head, Latin or Chinese', () => {
    expect(find('美国Zentrix公司也推出了同类产品。')).toEqual(['Zentrix公司']);
    expect(find('飞鸿航空表示，将裁员。')).toEqual(['飞鸿航空']);
    expect(find('一位瑞丰集团高管说。')).toEqual(['瑞丰集团']);
    expect(find('云海集团收购了初创公司Vantor。')).toEqual(['Vantor']);
  });

  it('leaves classes of business, quantities, verbs and relations', () => {
    expect(find('许多公司只是在跟风，科技公司也一样。')).toEqual([]);
    expect(find('增速远低于集团整体，上市公司均如此。')).toEqual([]);
    expect(find('星辰科技母公司Alphabet宣布裁员。')).toEqual([]);
    expect(find('星辰科技是一家芯片公司。')).toEqual([]);
    expect(find('云海集团宣布裁员。', [{ start: 0, end: 4 }])).toEqual([]);
  });
});
