/**
 * The tag of a claim (session 17, tags3): who speaks (news of the trade, an analyst's 点评), answers
 * (不方便透露, 澄清…传闻), a headline's 传, plan words that are nouns (计划书, 计划外), what is still
 * being prepared (筹备中), a chance (有机会成为) and the writer's words of reception (令…意外, 看多).
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const first = (paragraph: string) => claimsOf(paragraph)[0]?.modality;

describe('sources and answers', () => {
  it('reads news of the trade (业内消息, 業界消息) as hearsay, not a commentator', () => {
    expect(first('业内消息指出，云海集团下月将上调API报价。')).toBe('reported');
    expect(first('業界消息指出，蓝鲸智能第三季將擴產。')).toBe('reported');
  });

  it("reads an analyst's 点评 as a view", () => {
    expect(first('有券商点评称，云海集团的新品定价偏保守。')).toBe('opinion');
  });

  it('reads 不方便透露 as a silence, 澄清 of a named rumour as a denial', () => {
    expect(first('蓝鲸智能回应称，具体金额暂时不方便透露。')).toBe('fact');
    expect(first('云海集团当晚发文澄清高管离职传闻。')).toBe('denied');
    expect(first('云海集团当晚发文公布了新品的定价。')).toBe('fact');
  });

  it("reads a headline's bare 传 before a name as hearsay", () => {
    expect(first('传蓝鲸智能将赴港上市。')).toBe('reported');
  });
});

describe('plans and chances', () => {
  it('does not read a document (计划书) or the unplanned (计划外) as a plan', () => {
    expect(first('蓝鲸智能已向交易所递交上市计划书。')).toBe('fact');
    expect(first('星辰科技上季出现了一笔计划外的维修支出。')).toBe('fact');
  });

  it('reads what is being prepared (筹备中, 準備中) as to come, not what is being developed', () => {
    expect(first('云海集团的海外发布会正在筹备中。')).toBe('forecast');
    expect(first('蓝鲸智能的新款晶片正在準備中。')).toBe('forecast');
  });

  it('reads 有机会 before a verb of achievement as a chance, a forecast', () => {
    expect(first('蓝鲸智能有机会跻身全球前三。')).toBe('forecast');
  });
});

describe("the writer's words of reception and brokers' calls", () => {
  it('reads what an act made someone feel (令…意外) and 看多 as views', () => {
    expect(first('云海集团的这次人事调整让业界颇为意外。')).toBe('opinion');
    expect(first('多家外资看多蓝鲸智能后市。')).toBe('opinion');
  });
});
