/**
 * How clause structure decides who acts, on sentences written for these tests (not corpus
 * sentences): titles, owners before products, likeness frames, scene frames, reported speech,
 * concessions, negation scope, leading comments and enumerations that run over several clauses.
 */
import { describe, expect, it } from 'vitest';
import { extractParagraph, type ClaimDraft } from '../../lib/claims/extract';
import { foldText } from '../../lib/text/convert';

const TYPES: Record<string, string> = {
  acme: 'company',
  globex: 'company',
  initech: 'company',
  umbrella: 'company',
  hooli: 'company',
  zhang: 'person',
  li: 'person',
  wang: 'person',
  nova: 'model',
  orion: 'model',
  hub: 'product',
  report: 'work',
};

const NAMES: Record<string, string> = {
  星辰科技: 'acme',
  云海集团: 'globex',
  蓝鲸智能: 'initech',
  远山资本: 'umbrella',
  极光数据: 'hooli',
  张明远: 'zhang',
  李思源: 'li',
  王海川: 'wang',
  Nova: 'nova',
  Orion: 'orion',
  模型广场: 'hub',
  未来报告: 'report',
};

function claimsOf(paragraph: string, date = '2024-03-15'): ClaimDraft[] {
  const mentions: Array<{ start: number; end: number; entityId: string }> = [];
  for (const [name, id] of Object.entries(NAMES)) {
    for (let at = paragraph.indexOf(name); at >= 0; at = paragraph.indexOf(name, at + name.length)) {
      mentions.push({ start: at, end: at + name.length, entityId: id });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return extractParagraph(paragraph, foldText(paragraph), mentions, { articleDate: date, typeOf: (id) => TYPES[id] });
}

const roles = (c: ClaimDraft | undefined) => Object.fromEntries((c?.entities ?? []).map((e) => [e.id, e.role]));

describe('who acts', () => {
  it('makes the person after an organization and a title the actor, not the organization', () => {
    const [claim] = claimsOf('星辰科技创始人兼CEO张明远发布内部信，宣布公司全面转向大模型。');
    expect(roles(claim)).toMatchObject({ zhang: 'agent', acme: 'mentioned' });
  });

  it('does not make the owner named right before its product an actor of its own', () => {
    const [claim] = claimsOf('据分析师李思源透露，星辰科技下一代Nova模型有望在年底发布。');
    expect(roles(claim)).toMatchObject({ nova: 'agent', acme: 'mentioned' });
    expect(claim!.attribution).toMatchObject({ kind: 'person', entityId: 'li' });
  });

  it('keeps names in a likeness frame (像X一样) out of the roles that count', () => {
    const [claim] = claimsOf('国内的创新并不需要像Nova、Orion一般惊艳全球。');
    expect(roles(claim)).toMatchObject({ nova: 'mentioned', orion: 'mentioned' });
  });

  it('treats a name inside a 在…时 frame as scene, whatever verb the frame holds', () => {
    const [claim] = claimsOf('多家机构正呼吁监管部门在制定《未来报告》时保护开源创新。');
    expect(roles(claim).report).toBe('mentioned');
  });
});

describe('reported speech', () => {
  it('makes the speaker of 正如X所言 the agent, and his organization only mentioned', () => {
    const [claim] = claimsOf('正如云海集团联合CEO张明远所言，大模型的竞争已经进入下半场。');
    expect(roles(claim)).toMatchObject({ zhang: 'agent', globex: 'mentioned' });
    expect(claim!.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
    expect(claim!.modality).toBe('opinion');
  });

  it('takes the speaker, not the work where it was said, as the attribution', () => {
    const [claim] = claimsOf('正如远山资本在《未来报告》中指出的，应用层的更大问题是证明自身的价值。');
    expect(claim!.attribution).toMatchObject({ entityId: 'umbrella' });
    expect(roles(claim).umbrella).toBe('agent');
  });
});

describe('concession and negation', () => {
  it('hands the name a concession ends on to the main clause as its subject', () => {
    const [claim] = claimsOf('即使背靠云海集团的星辰科技，也没有向公众开放Nova。');
    expect(roles(claim)).toMatchObject({ acme: 'agent', globex: 'mentioned', nova: 'object' });
  });

  it('does not read a negated launch verb as a launch, however far the negation is', () => {
    const [claim] = claimsOf('即使背靠云海集团的星辰科技，也没有面向公众开放使用Nova。');
    expect(claim!.kind).not.toBe('launch');
  });
});

describe('clause boundaries', () => {
  it('leaves a leading comment about something else out of the claim', () => {
    const [claim] = claimsOf('受众更小，目前星辰科技仅向开发者开放Nova。');
    expect(claim!.text).toBe('目前星辰科技仅向开发者开放Nova。');
    expect(roles(claim).acme).toBe('agent');
  });

  it('keeps an enumeration that runs over several clauses whole, each member listed', () => {
    const [claim] = claimsOf('星辰科技的核心团队包括研发负责人张明远和李思源，系统负责人王海川，以及12名工程师。');
    expect(claim!.text).toContain('王海川，以及12名工程师');
    expect(roles(claim)).toMatchObject({ zhang: 'listed', li: 'listed', wang: 'listed' });
  });

  it('never cuts a list off after a comma inside it', () => {
    for (const claim of claimsOf('投资方包括远山资本、极光数据，以及云海集团。')) {
      expect(claim.text).toContain('以及云海集团');
      expect(claim.text).toContain('包括');
    }
  });
});
