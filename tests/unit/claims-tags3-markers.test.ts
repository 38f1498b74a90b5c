/**
 * The tag of a claim, second pass over the closed classes of modality (session 17, tags3): the
 * writer's evaluations without a verb of belief, Hong Kong's hearsay openers, the noun "plan" and
 * "intention", a decision still open, intent before a prepositional phrase. Fictional sentences only
 * (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const first = (paragraph: string) => claimsOf(paragraph)[0]?.modality;

describe("the writer's evaluation", () => {
  it('reads 难掩, 不容乐观, 难言 and 唱多 / 唱空 as a view, in both scripts', () => {
    expect(first('强劲的出货量难掩云海集团毛利率下滑的隐忧。')).toBe('opinion');
    expect(first('蓝鲸智能的现金状况不容乐观。')).toBe('opinion');
    expect(first('星辰科技的海外擴張難言順利。')).toBe('opinion');
    expect(first('不少券商开始唱多蓝鲸智能。')).toBe('opinion');
  });

  it('keeps a fact a fact next to the words it was told apart from', () => {
    expect(first('云海集团上月完成了裁员。')).toBe('fact');
    expect(first('星辰科技上周公布了第一季度的营收数据。')).toBe('fact');
  });
});

describe('hearsay openers of Hong Kong and Taiwan', () => {
  it('reads 有指, 有传 and 市传 before a name as hearsay', () => {
    expect(first('有指云海集团正研究出售游戏业务。')).toBe('reported');
    expect(first('有傳蓝鲸智能將分拆晶片部門。')).toBe('reported');
    expect(first('市傳星辰科技將獲納入指數。')).toBe('reported');
  });

  it('does not read 有 and a noun 指 elsewhere as hearsay', () => {
    expect(first('星辰科技将于下月发布Nova的新版本。')).toBe('forecast');
  });
});

describe('plans and intentions as nouns', () => {
  it('reads a plan done (计划中的) and an intention disowned (没有…的打算) as facts', () => {
    expect(first('云海集团上周完成了计划中的资产出售。')).toBe('fact');
    expect(first('星辰科技目前并没有出售芯片业务的打算。')).toBe('fact');
  });

  it('still reads 计划 and 打算 before a verb phrase as a plan', () => {
    expect(first('云海集团计划下月出售游戏业务。')).toBe('forecast');
    expect(first('星辰科技打算年底前出售芯片业务。')).toBe('forecast');
  });

  it('reads 定档 with its date as scheduled', () => {
    expect(first('蓝鲸智能的开发者大会定档5月20日。')).toBe('forecast');
  });
});

describe('intent and decisions', () => {
  it('reads intent before a prepositional phrase with a 的 (寻求以…的估值融资) as a plan', () => {
    expect(first('蓝鲸智能寻求以30亿美元的估值进行新一轮融资。')).toBe('forecast');
  });

  it('reads a decision not yet made (尚未决定是否) as a fact, a question at stake as a view', () => {
    expect(first('云海集团尚未决定是否出售游戏业务。')).toBe('fact');
    expect(first('Orion能否盈利，将决定蓝鲸智能的前途。')).toBe('opinion');
  });
});
