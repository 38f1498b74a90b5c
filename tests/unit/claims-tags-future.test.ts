/**
 * The future and plan markers of Chinese news (session 15, tags): 将要 / 快要 / 就要, the modal 要,
 * 届时, the next week / month / quarter and the next days, the end of the running month, 预定 and
 * 承诺 with a verb phrase — each against its non-modal readings (a perfective, a past date, a
 * relative clause, a comparison, a title). Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const first = (paragraph: string, date?: string) => claimsOf(paragraph, date)[0]?.modality;

describe('将要, 快要, 就要 and the modal 要', () => {
  it('reads 将要 and 快要 / 就要 before a verb as a forecast', () => {
    expect(first('星辰科技将要推出第二代芯片。')).toBe('forecast');
    expect(first('云海集团的新芯片就要量产了。')).toBe('forecast');
    expect(first('蓝鲸智能快要完成对Orion的升级。')).toBe('forecast');
  });

  it('reads 要 before a verb phrase (要在…, 要把…) as a forecast', () => {
    expect(first('星辰科技要在东南亚建设三座数据中心。')).toBe('forecast');
    expect(first('蓝鲸智能今年还要推出两款新模型。')).toBe('forecast');
  });

  it('does not read 要 in a relative clause, a comparison, 要看 or after a negation as a forecast', () => {
    expect(first('星辰科技每天要处理的请求超过1亿次。')).toBe('fact');
    expect(first('星辰科技的毛利率达到15%，比公司自己预想的要好。')).not.toBe('forecast');
    expect(first('星辰科技能否盈利，还要看Nova的销量。')).not.toBe('forecast');
    expect(first('星辰科技的主要收入来自云服务。')).toBe('fact');
  });

  it('does not read 要 under a negation ("want") or in 要…才能 (a condition) as a forecast', () => {
    expect(first('张明远表示，已经没有新的创业者要做下一个Nova了。')).not.toBe('forecast');
    expect(first('张明远表示，星辰科技要先满足用户需求，才能更好地实现商业化。')).not.toBe('forecast');
  });
});

describe('届时 and the next period', () => {
  it('reads 届时 as a time to come, in both scripts', () => {
    expect(first('届时，星辰科技的新总部正式启用。')).toBe('forecast');
    expect(first('屆時，星辰科技的新總部正式啟用。')).toBe('forecast');
  });

  it('does not read 届时 told with a perfective as a forecast', () => {
    expect(first('去年3月星辰科技召开发布会，届时推出了Nova。')).toBe('fact');
  });

  it('reads 下一步, 接下来 and 今后 before a verb phrase as a forecast', () => {
    expect(first('下一步，星辰科技把Nova接入车载系统。')).toBe('forecast');
    expect(first('接下来，云海集团在东南亚开设三座数据中心。')).toBe('forecast');
  });

  it('reads 稍后, 晚些时候 and 不久后 before a verb phrase as a forecast', () => {
    expect(first('星辰科技稍后公布Orion的定价。')).toBe('forecast');
    expect(first('Nova的企业版今年晚些时候上线。')).toBe('forecast');
    expect(first('Nova的新版本不久后上线。')).toBe('forecast');
  });

  it('does not read a later time counted from a past event (同年稍后, 上线不久后) as a forecast', () => {
    expect(first('2019年星辰科技起诉云海集团，同年稍后云海集团反诉星辰科技侵权。')).not.toBe('forecast');
    expect(first('Nova上线不久后即获得100万用户。')).not.toBe('forecast');
  });

  it('does not read 接下来 in a narrative with a perfective, nor 几日后, as a forecast', () => {
    expect(first('接下来，张明远演示了Nova的语音功能。')).toBe('fact');
    expect(first('搁置十日后，星辰科技重新启动了招股。')).toBe('fact');
  });

  it('reads 下周, 下个月, 明天 before a verb phrase as a forecast', () => {
    expect(first('星辰科技下周发布Nova的新版本。')).toBe('forecast');
    expect(first('蓝鲸智能下个月在上海举办开发者大会。')).toBe('forecast');
    expect(first('云海集团明天公布第四季度财报。')).toBe('forecast');
  });

  it('does not read a past week or a next period told as done as a forecast', () => {
    expect(first('星辰科技上周发布了Nova的新版本。')).toBe('fact');
    expect(first('云海集团已经在下周的发布会名单里确认了Orion。')).not.toBe('forecast');
  });

  it("reads the end of the running month before a verb as a forecast, another month's end by its date", () => {
    expect(first('星辰科技本月底上线Nova的企业版。')).toBe('forecast');
    expect(first('星辰科技2月底上线了Nova的企业版。')).toBe('fact');
    expect(first('截至月底，Nova的用户已超过1亿。')).toBe('fact');
  });
});

describe('预定 with a verb phrase', () => {
  it('reads a schedule (预定, 預定) with a verb phrase as a forecast', () => {
    expect(first('星辰科技预定在成都建设第二座工厂。')).toBe('forecast');
    expect(first('星辰科技預定在高雄興建新廠。')).toBe('forecast');
  });

  it('does not read a booking done as a forecast', () => {
    expect(first('星辰科技预定了三万张GPU。')).toBe('fact');
  });
});

describe('titles', () => {
  it('does not read 未来 inside a 《title》 as a forecast', () => {
    expect(first('星辰科技发布了《AI未来展望》白皮书。')).toBe('fact');
  });
});
