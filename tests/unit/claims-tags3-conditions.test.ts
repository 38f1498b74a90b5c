/**
 * The tag of a claim (session 17, tags3): the clause of 否则 after 除非, the writer's evaluative
 * idioms (隐忧, 处于劣势, 明显优势; not 占得先机, which is mostly an aim, nor 前所未有/史无前例, a record), and a later date in
 * a noun's modifier with the predicate done. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const first = (paragraph: string) => claimsOf(paragraph)[0]?.modality;

describe('conditions', () => {
  it('reads the clause of 否则 with a modal (不会, 将) as a prediction', () => {
    expect(first('除非监管放行，否则蓝鲸智能不会在美国上市。')).toBe('forecast');
    expect(first('除非需求回暖，否則星辰科技將繼續減產。')).toBe('forecast');
  });

  it('does not read 否则 without a modal as one', () => {
    expect(first('云海集团上月下调了API报价。')).toBe('fact');
  });
});

describe("the writer's evaluative idioms", () => {
  it('reads them as views', () => {
    expect(first('蓝鲸智能在这场价格战中处于劣势。')).toBe('opinion');
    expect(first('居高不下的库存是蓝鲸智能的一大隐忧。')).toBe('opinion');
    expect(first('云海集团在推理芯片上拥有明显优势。')).toBe('opinion');
  });

  it('keeps facts with a superlative or a record as facts', () => {
    expect(first('云海集团的季度营收创下历史新高。')).toBe('fact');
    expect(first('蓝鲸智能成为国内首家量产端侧芯片的企业。')).toBe('fact');
    expect(first('蓝鲸智能获得了前所未有的订单量。')).toBe('fact');
  });
});

describe('a later date in a noun modifier', () => {
  it('reads the predicate said done as a fact, whatever date the noun carries', () => {
    expect(first('云海集团原定下月投产的新工厂已提前投产。')).toBe('fact');
    expect(first('云海集团下月上线的新版本已开放预约。')).toBe('fact');
  });

  it('still reads a predicate to come, or a target for the later period, as a forecast', () => {
    expect(first('蓝鲸智能下月投产的新工厂将采用自研芯片。')).toBe('forecast');
    expect(first('蓝鲸智能已将明年的出货目标定在100万台。')).toBe('forecast');
  });
});

describe('an evaluative adjective in an indefinite noun phrase', () => {
  it("reads 一份亮眼的成绩单 as the writer's characterisation", () => {
    expect(first('云海集团上季交出了一份惊艳的成绩单。')).toBe('opinion');
  });
});

describe('deadlines', () => {
  it('reads 本月底前 / 今年底前 before a verb as a deadline, a plan', () => {
    expect(first('云海集团本月底前公布新品的定价。')).toBe('forecast');
    expect(first('蓝鲸智能今年底前完成Orion的开源。')).toBe('forecast');
  });

  it('does not read one done by then as a plan', () => {
    expect(first('云海集团本月底前已公布新品的定价。')).toBe('fact');
  });
});
