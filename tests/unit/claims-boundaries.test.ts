/**
 * Where a sentence is cut into claims (claim boundaries). Editors cut where a part is a fact of
 * another kind with its own voice — a party keeping something back after what it said is one — and
 * keep a plain comma-chain of predicates or figures whole (see tests/claims-eval/README.md). Every
 * part must stand alone: a verb of its own and a named party, never a pronoun left dangling.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ClaimDraft } from '../../lib/claims/extract';
import { claimsOf, roles } from './claims-fixture';

/** The claim whose text contains `words` (a test fails when there is none). */
function withText(claims: ClaimDraft[], words: string): ClaimDraft {
  const found = claims.find((c) => c.text.includes(words));
  if (!found) throw new Error(`no claim contains ${words}: ${claims.map((c) => c.text).join(' | ')}`);
  return found;
}

/** The words of a claim after its "…", or all of it: what it states itself. */
const ownPart = (c: ClaimDraft) => c.text.split('…').pop()!;

describe('a party keeping something back is a claim of its own', () => {
  it('cuts 但未证实 off a spokesman’s words, in the article’s voice, the company acting', () => {
    const claims = claimsOf('星辰科技发言人表示，相关调整是为了提升效率，但未证实具体人数。');
    expect(claims).toHaveLength(2);
    const said = withText(claims, '提升效率');
    const withheld = withText(claims, '未证实具体人数');
    expect(said.text).not.toContain('未证实');
    expect(said.attribution.kind).not.toBe('article');
    expect(withheld.attribution.kind).toBe('article');
    expect([withheld.kind, withheld.modality]).toEqual(['statement', 'fact']);
    expect(roles(withheld)).toEqual({ acme: 'agent' });
  });

  it('gives the withholding to who spoke, not to what the words were about', () => {
    const claims = claimsOf('云海集团方面对记者称，Nova“正在等待审核结果”，并未透露具体时间。');
    expect(claims).toHaveLength(2);
    expect(roles(withText(claims, '等待审核结果')).nova).toBe('agent');
    expect(roles(withText(claims, '未透露具体时间'))).toEqual({ globex: 'agent' });
    // A named person speaking keeps silent himself.
    const person = claimsOf('张明远表示，星辰科技已完成研发，并未透露上市时间。');
    expect(roles(withText(person, '未透露上市时间'))).toEqual({ zhang: 'agent' });
  });

  it('reads "X方面对记者称" as the speaker of what follows, not a claim of its own', () => {
    // (方面 after a name and before 对 is the organization's side, a noun, not what it does.)
    const claims = claimsOf('云海集团方面对记者称，Nova正在等待审核结果。');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toBe('云海集团方面对记者称，Nova正在等待审核结果。');
    expect(claims[0]!.attribution.entityId).toBe('globex');
  });

  it('finds the company in a topic frame before an unnamed executive', () => {
    const claims = claimsOf('星辰科技方面，公司总裁日前在微博上表示，Nova的下载量稳居前三，但未透露具体数字。');
    expect(roles(withText(claims, '未透露具体数字'))).toEqual({ acme: 'agent' });
    expect(withText(claims, '稳居前三').text).not.toContain('未透露');
  });

  it('keeps a refusal that is itself what the speaker said (表示，不评论…) one claim', () => {
    const claims = claimsOf('星辰科技在回复本报查询时表示，不评论个别投资项目。');
    expect(claims).toHaveLength(1);
    expect(roles(claims[0])).toEqual({ acme: 'agent' });
  });

  it('keeps a plain comma-chain of predicates or of figures whole, as editors do', () => {
    expect(claimsOf('蓝鲸智能发布了新款芯片，售价1999元起，将于下月开售。')).toHaveLength(1);
    expect(claimsOf('蓝鲸智能表示，公司已完成测试，并未遇到问题。')).toHaveLength(1);
    // (Another measure with its own figure is a claim of its own: claims-metric-clauses.test.ts.)
    expect(claimsOf('星辰科技第三季营收为52亿元，同比增长18%，净利润为9亿元。')).toHaveLength(2);
  });

  it('never leaves a part without a verb or with a pronoun for its party', () => {
    const sentences = [
      '星辰科技发言人表示，相关调整是为了提升效率，但未证实具体人数。',
      '云海集团方面对记者称，Nova“正在等待审核结果”，并未透露具体时间。',
      '蓝鲸智能推出了新款芯片，但未透露价格。',
      '蓝鲸智能在财报会议上表示，新款芯片已开始量产出货，并未证实与特定客户的合作进度。',
    ];
    for (const sentence of sentences) {
      const claims = claimsOf(sentence);
      expect(claims.length).toBeGreaterThan(1);
      for (const c of claims) {
        // A part names its party before what it states: "蓝鲸智能…但未透露价格".
        expect(c.text).toMatch(/^(星辰科技|云海集团|蓝鲸智能)/);
        expect(ownPart(c)).not.toMatch(/^[，,]?(其|它|该公司|他|她)/);
        // …and states it with a verb of its own (未/并未 + a verb of telling, or any predicate).
        expect(ownPart(c)).toMatch(/表示|称|推出|出货|证实|透露|等待/);
        expect(ownPart(c).replace(/^(但|并)?(未|并未)?/, '')).not.toBe('');
      }
    }
  });
});

describe('an answer to a report in the same sentence is a claim of its own', () => {
  it('cuts the responder’s words (但X表示…) off what the source said, each in its own voice', () => {
    const claims = claimsOf('有知情人士称，星辰科技计划在年底前推出新模型，但星辰科技表示“并非事实”。');
    expect(claims).toHaveLength(2);
    const rumour = withText(claims, '推出新模型');
    const answer = withText(claims, '并非事实');
    expect(rumour.text).not.toContain('并非事实');
    expect([rumour.kind, rumour.modality]).toEqual(['forecast', 'reported']);
    expect([answer.kind, answer.modality]).toEqual(['denial', 'denied']);
    expect(roles(answer)).toEqual({ acme: 'agent' });
  });

  it('reads a responder after 对此 or with a verb of responding, a pronoun one too', () => {
    const named = claimsOf('有知情人士称，星辰科技计划在年底前推出新模型，星辰科技则回应称消息不实。');
    expect(named.map((c) => c.modality)).toEqual(['reported', 'denied']);
    const pronoun = claimsOf('此前网上有传言称，故障系星辰科技遭到黑客攻击所致，对此该公司回应称消息不实。');
    expect(pronoun).toHaveLength(2);
    const answer = withText(pronoun, '消息不实');
    expect(roles(answer)).toEqual({ acme: 'agent' });
    // The answer names its party before what it says, never a bare pronoun.
    expect(answer.text).toMatch(/^星辰科技…/);
  });

  it('keeps a second thing the subject said under the report’s hedge, not as an answer', () => {
    const claims = claimsOf('据报道，星辰科技上月暂停了Nova的开发，并称将专注现有产品。');
    expect(claims.map((c) => c.modality)).toEqual(['reported', 'reported']);
    expect(claims.map((c) => roles(c).acme)).toEqual(['agent', 'agent']);
  });
});

describe('a second thing said, joined by 并, is a claim of its own', () => {
  it('cuts 并称 / 并表示 after what the party said or did, carrying the party', () => {
    const appeal = claimsOf('星辰科技随即发表声明，表示将向法院提出上诉，并称监管机构的决定缺乏依据。');
    expect(appeal).toHaveLength(2);
    expect(withText(appeal, '提出上诉').text).not.toContain('缺乏依据');
    const second = withText(appeal, '缺乏依据');
    expect(second.text).toMatch(/^星辰科技…并称/);
    expect(roles(second).acme).toBe('agent');
    const answer = claimsOf('星辰科技随后回应称消息不实，并表示“与蓝鲸智能的合作一直集中在云服务领域”。');
    expect(answer.map((c) => c.modality)).toEqual(['denied', 'opinion']);
    expect(roles(withText(answer, '云服务领域')).acme).toBe('agent');
  });

  it('carries a pronoun subject to the second thing said', () => {
    const claims = claimsOf('星辰科技发布了Nova。该公司宣布将Nova升级至2.0版本，并称其综合性能已超过Orion。');
    const claim = withText(claims, '超过Orion');
    expect(roles(claim).acme).toBe('agent');
    expect(ownPart(claim)).toMatch(/^并称/);
  });

  it('keeps 称 giving an act of saying its content (X发布声明，称…) one claim', () => {
    expect(claimsOf('星辰科技发布声明辟谣，称相关内容纯属虚构。')).toHaveLength(1);
  });
});
