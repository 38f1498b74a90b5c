/**
 * Names inside the clause a noun of content closes (a plan, a report, a rumour: roles.ts with
 * passing.ts contentClauseRole): the clause is a proposition of its own, so its doer acts and what
 * it acts on is the object, instead of both being modifiers of the noun. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a name inside the clause of a content noun (消息, 计划, 方案, 传闻)', () => {
  it('makes the doer of a rumoured act its agent, quoted or not', () => {
    const [rumour] = claimsOf('上周末，市场已流传星辰科技将回购股份的消息。');
    expect(roles(rumour)?.acme).toBe('agent');
    const [quoted] = claimsOf('本周起，网上流传“云海集团将全资收购模型广场”的消息。');
    expect(roles(quoted)?.globex).toBe('agent');
  });

  it('makes what a planned act is done to its object', () => {
    const [plan] = claimsOf('蓝鲸智能多次表示，公司没有出售模型广场的计划。');
    expect(roles(plan)).toMatchObject({ initech: 'agent', hub: 'object' });
    const [scheme] = claimsOf('监管部门正在评估将模型广场出售给云海集团的方案。');
    expect(roles(scheme)).toMatchObject({ hub: 'object', globex: 'object' });
    // Passive inside the clause: the name after 被 does it, the one before undergoes it.
    const [passive] = claimsOf('市场一度传出蓝鲸智能将被云海集团收购的消息。');
    expect(roles(passive)).toMatchObject({ initech: 'object', globex: 'agent' });
  });

  it('leaves a name that only modifies a plain noun, or whose clause has no verb, as before', () => {
    // A noun that is no content noun: the relative clause only describes the head.
    const [staff] = claimsOf('据悉，参与开发Nova的三名研究员已加入星辰科技。');
    expect(roles(staff)?.nova).toBe('mentioned');
    // No verb inside: X的消息 is only news about X.
    const [news] = claimsOf('星辰科技宣布将发布关于云海集团的消息。');
    expect(roles(news)?.globex).not.toBe('agent');
  });
});
