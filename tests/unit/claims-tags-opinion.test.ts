/**
 * The judging words of Chinese news (session 15, tags): pessimism about a company (唱衰, 看衰), what
 * cannot be denied (无可否认, 不可否认), what ought to or urgently must be (理应, 亟需, 亟待), a
 * restatement (换言之), appearance (看起来, 看上去), compulsion judged (不得不) — the writer's or a
 * speaker's view, unless a forecast frames it. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const first = (paragraph: string) => claimsOf(paragraph)[0]?.modality;

describe('judging words', () => {
  it('reads pessimism about a company (唱衰, 看衰) as an opinion', () => {
    expect(first('不少投资人唱衰星辰科技的硬件业务。')).toBe('opinion');
    expect(first('远山资本看衰星辰科技的硬件业务。')).toBe('opinion');
  });

  it('reads 无可否认 / 不可否认 and a restatement (换言之) as the writer’s view', () => {
    expect(first('无可否认，蓝鲸智能在芯片上积累深厚。')).toBe('opinion');
    expect(first('不可否认，星辰科技在芯片上积累深厚。')).toBe('opinion');
    expect(first('换言之，云海集团放弃了消费市场。')).toBe('opinion');
  });

  it('reads what ought to be or urgently must be (理应, 亟需, 亟待) as an opinion', () => {
    expect(first('星辰科技理应承担更多的安全责任。')).toBe('opinion');
    expect(first('云海集团亟需找到新的增长点。')).toBe('opinion');
    expect(first('蓝鲸智能的盈利能力亟待提升。')).toBe('opinion');
  });

  it('reads appearance (看起来) and compulsion judged (不得不) as an opinion', () => {
    expect(first('看起来，蓝鲸智能并不急于上市。')).toBe('opinion');
    expect(first('云海集团不得不跟进降价。')).toBe('opinion');
  });

  it("reads the writer's adverbs of surprise, of the expected and of reduction as an opinion", () => {
    expect(first('星辰科技竟然放弃了手机业务。')).toBe('opinion');
    expect(first('云海集团居然没有跟进降价。')).toBe('opinion');
    expect(first('难怪星辰科技急于出售芯片业务。')).toBe('opinion');
    expect(first('星辰科技此举无非是为了抢占市场。')).toBe('opinion');
    expect(first('说白了，星辰科技拼的是价格。')).toBe('opinion');
  });

  it('reads evidentials of appearance (看样子) and 预示 as a view even of what is to come', () => {
    expect(first('看样子，星辰科技并不打算降价。')).toBe('opinion');
    expect(first('这预示着星辰科技将转向企业市场。')).toBe('opinion');
  });

  it('does not read the discourse marker 不得不提 as a judgement', () => {
    expect(first('不得不提的还有星辰科技搭建的开源社区模型广场。')).not.toBe('opinion');
  });

  it('keeps a forecast that 不得不 sits in, and a rule that says 应当, as they were', () => {
    expect(first('一位从业者告诉记者，未来两年星辰科技将不得不在海外自建仓库。')).toBe('forecast');
    expect(first('数据行动计划规定，服务提供者应当对生成内容进行标识。')).toBe('fact');
  });
});
