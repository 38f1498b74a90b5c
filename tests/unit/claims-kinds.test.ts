/**
 * What kind a proposition is when a launch word appears in it but nothing is launched: a founding
 * date, a document published, an announcement of something else, an integration, a build-out.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const kindOf = (paragraph: string) => claimsOf(paragraph)[0]?.kind;

describe('launch words that launch nothing', () => {
  it('takes a founding date (成立于) as an event', () => {
    expect(kindOf('蓝鲸智能成立于2018年，总部位于深圳。')).toBe('event');
  });

  it('takes a published document (发布内部信, 发布公告) as no launch', () => {
    expect(kindOf('星辰科技创始人张明远发布内部信，要求全员学习大模型。')).not.toBe('launch');
    expect(kindOf('云海集团发布了一份公告，澄清业务调整传闻。')).not.toBe('launch');
  });

  it('takes an announcement of something else (宣布退出) as no launch', () => {
    expect(kindOf('云海集团上周宣布退出自动驾驶业务。')).not.toBe('launch');
  });

  it('takes integrating (接入) and building (打造, 搭建) as no launch', () => {
    expect(kindOf('蓝鲸智能已将Nova接入多款办公软件。')).not.toBe('launch');
    expect(kindOf('星辰科技正在打造新一代AI搜索。')).not.toBe('launch');
  });
});

describe('launches stay launches', () => {
  it('keeps 宣布推出, 发布 a model and 成立 a unit', () => {
    expect(kindOf('星辰科技今天宣布推出Nova。')).toBe('launch');
    expect(kindOf('云海集团昨日发布了Orion。')).toBe('launch');
    expect(kindOf('蓝鲸智能上月成立了大模型事业部。')).toBe('launch');
  });
});

describe('the writer hedging', () => {
  it('takes 可能 in the writer’s voice as a judgement, 可能会 as a forecast', () => {
    const [hedged] = claimsOf('即使云海集团加大投入，也可能追不上蓝鲸智能。');
    expect(hedged).toMatchObject({ kind: 'opinion', modality: 'opinion' });
    expect(claimsOf('星辰科技可能会在明年推出Nova。')[0]?.modality).toBe('forecast');
  });
});
