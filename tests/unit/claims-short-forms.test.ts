/**
 * Short forms by class noun (lib/claims/short-forms.ts): after an organization or a document is
 * named in full, the class noun its name ends in (论坛, 联盟, 行动计划) opening a clause stands for
 * it. Sentences written for these tests, with the fictional names of claims-fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';
import type { ParagraphCarry } from '../../lib/claims/extract';

/** Claims of consecutive paragraphs of one article. */
function article(...paragraphs: string[]) {
  const carry: ParagraphCarry = { topic: null };
  return paragraphs.map((p) => claimsOf(p, '2024-03-15', carry));
}

describe('a class noun standing for the name it ends', () => {
  it('makes 论坛 in a later paragraph the forum named before, agent of what it does', () => {
    const [, later] = article(
      '星辰科技、云海集团与蓝鲸智能昨日联合宣布成立开放模型论坛。',
      '论坛将在三个月内设立顾问委员会，并发布首份安全报告。',
    );
    expect(later!.length).toBeGreaterThan(0);
    expect(roles(later![0])).toEqual({ forum: 'agent' });
    expect(later![0]!.text).toBe('论坛将在三个月内设立顾问委员会');
  });

  it('reads a document by the tail of its name (行动计划) and after a determiner (该论坛)', () => {
    const [, plan] = article('工信部上月印发数据行动计划。', '行动计划提出，到2026年底培育100家示范企业。');
    expect(roles(plan![0])).toEqual({ plan: 'agent' });
    const [, forum] = article('开放模型论坛昨日成立。', '该论坛的秘书处设在北京。');
    expect(roles(forum![0])).toEqual({ forum: 'agent' });
  });

  it('leaves the class noun alone as a modifier, inside a longer word, or before the name', () => {
    const [, modifier] = article('开放模型论坛昨日成立。', '基金经理认为，论坛意义有限。');
    expect(modifier).toEqual([]);
    const [, members] = article('开放模型论坛昨日成立。', '论坛四家成员之间的分歧由来已久。');
    expect(members).toEqual([]);
    // (Nothing named yet: 论坛 is any forum.)
    expect(article('论坛将在三个月内设立顾问委员会。')[0]).toEqual([]);
  });

  it('reads nothing when two names of the article end in the same class noun', () => {
    const [, later] = article(
      '开放模型论坛与智算产业联盟昨日签约，星辰科技另行发起了云端安全论坛。',
      '论坛将牵头制定行业标准。',
    );
    expect(later).toEqual([]);
  });

  it('leaves companies to 公司 and 集团: a company name ending in a class noun is not read', () => {
    // (远山资本 is a company; 资本 is not a class noun read here, and neither would 基金 be for it.)
    const [, later] = article('远山资本领投了极光数据的新一轮融资。', '资本将继续加码人工智能。');
    expect(later).toEqual([]);
  });
});
