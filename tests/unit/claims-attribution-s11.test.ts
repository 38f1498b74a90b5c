/**
 * Who says so and how far a source reaches, from a checklist of Chinese news constructions
 * (session 11): quotations over several sentences, demonstrative speakers pointing back, data firms
 * before and after what they show, research firms named as such, and a tracker's figures relayed
 * past the sentence that cites them. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { claimsOf } from './claims-fixture';

const first = (paragraph: string) => claimsOf(paragraph)[0];
const article = () => ({ topic: null }) as ParagraphCarry;

describe('a quotation over several sentences', () => {
  it('keeps the speaker for the later sentences of the quotation, in both scripts', () => {
    for (const paragraph of [
      '张明远表示：“Nova的用户已超过1亿。我们今年将推出Orion。”',
      '张明远表示：「Nova的用戶已超過1億。我們今年將推出Orion。」',
    ]) {
      const claims = claimsOf(paragraph);
      expect(claims).toHaveLength(2);
      for (const claim of claims) expect(claim.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
    }
  });

  it('gives the article back its voice once the quotation is closed', () => {
    const claims = claimsOf('张明远表示：“Nova的用户已超过1亿。”星辰科技今年一季度营收为50亿元。');
    expect(claims[claims.length - 1]?.attribution.kind).toBe('article');
  });
});

describe('a speaker pointed back to', () => {
  it('reads 该负责人 / 该人士 as the speaker named before', () => {
    const [, next] = claimsOf('星辰科技相关负责人表示，Nova的用户已超过1亿。该负责人指出，星辰科技今年将推出Orion。');
    expect(next?.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
    const [, again] = claimsOf('张明远透露，Nova的用户已超过1亿。该人士还透露，星辰科技今年将推出Orion。');
    expect(again?.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
  });

  it('reaches into the next paragraph', () => {
    const carry = article();
    claimsOf('云海集团发言人表示，Orion的用户已超过1亿。', '2024-03-15', carry);
    const [claim] = claimsOf('这位发言人还指出，云海集团将在年内开放Orion的接口。', '2024-03-15', carry);
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'globex' });
  });

  it('keeps 该人士 unnamed after an unnamed source', () => {
    const [, next] = claimsOf('知情人士透露，星辰科技正在洽谈融资。该人士称，云海集团也在洽谈收购蓝鲸智能。');
    expect(next?.attribution.kind).toBe('unnamed');
  });

  it('keeps the article’s voice for a later sentence with no speaker of its own', () => {
    const [, next] = claimsOf('张明远表示，Nova的用户已超过1亿。星辰科技今年一季度营收为50亿元。');
    expect(next?.attribution.kind).toBe('article');
  });
});

describe('data firms', () => {
  it('takes a trailing data clause as the source of the sentence it ends', () => {
    for (const paragraph of [
      '星辰科技一季度出货量为1200万台，同比增长15%，IDC数据显示。',
      '星辰科技一季度出货量为1200万台，据IDC统计。',
      '云海集团在国内的份额仍维持在七成左右，有第三方机构估算。',
    ])
      expect(first(paragraph)?.attribution.kind).toBe('data');
  });

  it('reads a firm named as a research or data firm as data, whatever verb relays its figures', () => {
    expect(first('市调机构Counterpoint指出，星辰科技的市场份额升至18%。')?.attribution.kind).toBe('data');
    expect(first('研調機構集邦科技指出，星辰科技的市佔率升至18%。')?.attribution.kind).toBe('data');
    expect(first('第三方机构估算，星辰科技的市场份额约为18%。')?.attribution.kind).toBe('data');
  });

  it('reads a Latin name that counts, estimates or surveys as data', () => {
    expect(first('据Counterpoint估算，星辰科技的市场份额约为18%。')?.attribution).toMatchObject({
      kind: 'data',
      text: 'Counterpoint',
    });
    expect(first('据TrendForce调查，星辰科技的市占率为18%。')?.attribution.kind).toBe('data');
  });

  it('keeps a research firm’s view its own (认为), not data', () => {
    expect(first('市调机构Counterpoint认为，星辰科技的份额还会继续上升。')?.attribution.kind).not.toBe('data');
  });

  it('does not read a survey a pronoun owns (根据他的调查) as a new source', () => {
    const [claim] = claimsOf('张明远指出，根据他的调查，星辰科技的出货量约为1200万台。');
    expect(claim?.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
  });
});

describe('a tracker’s figures relayed past the sentence that cites them', () => {
  it('carries the data to later sentences of shares, shipments and ranks, across paragraphs', () => {
    const carry = article();
    const claims = [
      ...claimsOf(
        'IDC昨日发布的季度报告显示，一季度国内手机出货量约6926万台，同比增长6.5%。其中，星辰科技以17.1%的份额排名第一。',
        '2024-04-27',
        carry,
      ),
      ...claimsOf('具体来看，云海集团以15.6%的份额排在第二。', '2024-04-27', carry),
      ...claimsOf('蓝鲸智能的出货量同比增长约7%。', '2024-04-27', carry),
    ];
    expect(claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of claims) expect(claim.attribution).toMatchObject({ kind: 'data', text: 'IDC' });
  });

  it('ends the relay when another source speaks', () => {
    const carry = article();
    claimsOf('IDC的数据显示，星辰科技以17.1%的份额排名第一。', '2024-04-27', carry);
    claimsOf('张明远表示，Nova的用户已超过1亿。', '2024-04-27', carry);
    const [claim] = claimsOf('云海集团的出货量同比增长约7%。', '2024-04-27', carry);
    expect(claim?.attribution.kind).toBe('article');
  });

  it('relays nothing from a company’s own report, nor lines other than a market’s measures', () => {
    const carry = article();
    claimsOf('星辰科技财报显示，公司一季度营收为50亿元。', '2024-04-27', carry);
    const [claim] = claimsOf('其中，云业务收入为12亿元，排名第一。', '2024-04-27', carry);
    expect(claim?.attribution.kind).toBe('article');
    const tracker = article();
    claimsOf('IDC的数据显示，星辰科技以17.1%的份额排名第一。', '2024-04-27', tracker);
    const [revenue] = claimsOf('云海集团一季度营收为80亿元。', '2024-04-27', tracker);
    expect(revenue?.attribution.kind).toBe('article');
  });
});

describe('holders of a view and unnamed reports', () => {
  it('reads 在X看来 as X’s view: its holder is the source (the writer’s for 在笔者看来)', () => {
    expect(first('在业内人士看来，星辰科技的份额回升挤压了云海集团的空间。')?.attribution.kind).toBe('unnamed');
    expect(first('在张明远看来，Nova已经领先云海集团一年。')?.attribution).toMatchObject({
      kind: 'person',
      entityId: 'zhang',
    });
    expect(first('在笔者看来，Nova已经领先云海集团一年。')?.attribution.kind).toBe('article');
  });

  it('reads Taiwan’s 預估 as a verb that names its source (法人預估), a forecast in kind', () => {
    expect(first('法人預估，星辰科技第四季營收可望年增約18%。')).toMatchObject({
      kind: 'forecast',
      attribution: { kind: 'unnamed' },
    });
  });

  it('reads 有报道指 as a report no one is named for', () => {
    expect(first('有報道更指，星辰科技部分團隊的裁員比例高達兩成。')).toMatchObject({
      modality: 'reported',
      attribution: { kind: 'unnamed' },
    });
  });
});
