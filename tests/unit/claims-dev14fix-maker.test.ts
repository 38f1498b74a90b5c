/**
 * A phrase for a product the gazetteer lacks (该芯片, 新芯片) when no product acted before it stands
 * for its maker, the topic that launched it, not a supplier named after the launch. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

const about = (paragraph: string, word: string) => roles(claimsOf(paragraph).find((c) => c.text.includes(word)));

describe('该芯片, 新芯片 with no product named (antecedents.ts resolvePronoun)', () => {
  it('stands for the company that launched it, not the supplier whose process it uses', () => {
    const made = '星辰科技昨日发布新芯片，采用云海集团的3纳米制程。张明远表示，该芯片将于明年量产。';
    expect(about(made, '量产')).toMatchObject({ acme: 'agent' });
    expect(about(made, '量产').globex).toBeUndefined();
    const claimed =
      '蓝鲸智能上周推出新一代芯片，由星辰科技代工，采用云海集团的封装技术。蓝鲸智能称，新芯片的性能较前代提升30%。';
    expect(about(claimed, '30%')).toMatchObject({ initech: 'agent' });
    expect(about(claimed, '30%').globex).toBeUndefined();
  });

  it('still stands for a named product that acted', () => {
    const model = '星辰科技发布Nova，采用云海集团的训练框架。该模型将于明年开源。';
    expect(about(model, '开源')).toMatchObject({ nova: 'agent' });
  });
});
