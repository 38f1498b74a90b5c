/**
 * Whose words an executive's are (proposition-speaker.ts): an officer pointed back to with a
 * demonstrative before his organization and title (这位X掌门人) is still X's officer; and a
 * gazetteer person naming, in what he says, the company the gazetteer places him in speaks for it
 * (README: a gazetteer executive is `mentioned` when he speaks for his company, `agent` of his own
 * views).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('这位 + organization + title', () => {
  it('places the officer in the organization, which acts in its plan and speaks in the first person', () => {
    expect(roles(claimsOf('这位云海集团掌门人表示，明年将把研发投入提高三成。')[0])).toEqual({ globex: 'agent' });
    const [quoted] = claimsOf('“我们不担心价格战，”这位蓝鲸智能高管说，“真正的对手是时间。”');
    expect(roles(quoted)).toEqual({ initech: 'agent' });
  });

  it('still leaves his own view of the world to him', () => {
    expect(roles(claimsOf('这位云海集团掌门人认为，手机市场的竞争明年还会加剧。')[0])).toEqual({ globex: 'mentioned' });
  });
});

describe('a gazetteer person naming his own company in what he says', () => {
  it('makes the company act in its figure, in a quotation too, and the person only speak', () => {
    const [quoted] = claimsOf('张明远在财报会上表示：「星辰科技的毛利率已经跑进行业第一梯队。」');
    expect(roles(quoted)).toEqual({ acme: 'agent', zhang: 'mentioned' });
  });

  it('leaves a company he only holds a title at, or one he is not placed in, as it was', () => {
    expect(roles(claimsOf('星辰科技执行长张明远认为，开源模型终将追上闭源模型。')[0])).toEqual({
      acme: 'mentioned',
      zhang: 'agent',
    });
    expect(roles(claimsOf('李思源在财报会上表示：「星辰科技的毛利率已经跑进行业第一梯队。」')[0]).acme).toBe(
      'mentioned',
    );
  });
});
