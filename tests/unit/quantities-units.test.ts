import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/claims/quantities';

// Sentences written for these tests (fictional companies: 云帆, 青木, 星辰), one per reading.
const figs = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

describe('compute and chip units, written as the text writes them', () => {
  it('keeps FLOPS with its prefix and the number as written, a space before the unit allowed', () => {
    expect(figs('星辰芯片的算力达到300 TFLOPS')).toEqual([['达到300 TFLOPS', 300, 300, 'TFLOPS']]);
    expect(figs('云帆新集群的峰值算力为2.5EFLOPS')).toEqual([['2.5EFLOPS', 2.5, 2.5, 'EFLOPS']]);
    expect(figs('青木超算的算力约为8 PFLOP/s')).toEqual([['8 PFLOP/s', 8, 8, 'PFLOPS']]);
  });

  it('reads TOPS as a chip rate and nm as nanometres', () => {
    expect(figs('星辰手机的NPU算力达48 TOPS，采用4nm工艺')).toEqual([
      ['达48 TOPS', 48, 48, 'TOPS'],
      ['4nm', 4, 4, 'nanometers'],
    ]);
  });

  it('reads training compute in powers of ten as FLOPs, with the bound before it', () => {
    expect(figs('训练算力超过10^25 FLOPs的模型须接受评估')).toEqual([['超过10^25 FLOPs', 1e25, null, 'FLOPs']]);
    expect(figs('云帆模型的训练约消耗2×10²⁴ FLOPs')).toEqual([['2×10²⁴ FLOPs', 2e24, 2e24, 'FLOPs']]);
    expect(figs('累计计算量超过10的26次方次浮点运算')).toEqual([['超过10的26次方次浮点运算', 1e26, null, 'FLOPs']]);
  });
});

describe('tokens and context lengths', () => {
  it('reads K as thousands where the clause speaks of text, as a count', () => {
    expect(figs('青木模型的上下文窗口扩展至200K tokens')).toEqual([['200K tokens', 2e5, 2e5, 'count']]);
    expect(figs('新版支持128k上下文')).toEqual([['128k', 128000, 128000, 'count']]);
    expect(figs('云帆的输入长度由8k提升至64k')).toEqual([
      ['8k', 8000, 8000, 'count'],
      ['64k', 64000, 64000, 'count'],
    ]);
  });

  it('takes a bound before or across a verb', () => {
    expect(figs('可处理超过100K tokens的长文本')).toEqual([['超过100K tokens', 1e5, null, 'count']]);
    expect(figs('上下文长度最高支持512k')).toEqual([['512k', 0, 512000, 'count']]);
  });

  it('does not read a screen or video resolution (4K, 8K) as thousands', () => {
    expect(figs('星辰手机支持4K视频拍摄和8K屏幕输出')).toEqual([]);
  });

  it('counts tokens and characters with a magnitude, and keeps the currency of a price per thousand tokens', () => {
    expect(figs('1元钱可以买到200万tokens')).toEqual([
      ['1元', 1, 1, 'CNY'],
      ['200万', 2e6, 2e6, 'count'],
    ]);
    expect(figs('一次可读取30万字的文档')).toEqual([['30万', 3e5, 3e5, 'count']]);
    expect(figs('价格降至0.002元/千tokens')).toEqual([['0.002元', 0.002, 0.002, 'CNY']]);
  });
});

describe('things counted by their measure words', () => {
  it('counts cars, wafers, cards and rules (辆, 片, 块, 条) like phones (台)', () => {
    expect(figs('云帆汽车去年交付了8.6万辆')).toEqual([['8.6万辆', 86000, 86000, 'count']]);
    expect(figs('共交付新车15032輛')).toEqual([['15032輛', 15032, 15032, 'count']]);
    expect(figs('星辰晶圆厂的月产能达4万片')).toEqual([['达4万片', 4e4, 4e4, 'count']]);
    expect(figs('青木采购了2万块GPU')).toEqual([['2万块', 2e4, 2e4, 'count']]);
    expect(figs('新规共有37条')).toEqual([['37条', 37, 37, 'count']]);
    expect(figs('全年出货量为3500万台')).toEqual([['3500万台', 3.5e7, 3.5e7, 'count']]);
  });

  it('leaves 一片, 两条 as wording and reads 块钱 as yuan', () => {
    expect(figs('市场一片繁荣，两条路线并行')).toEqual([]);
    expect(figs('每月会员费只要30块钱')).toEqual([['30块', 30, 30, 'CNY']]);
  });
});

describe('revolutions per minute', () => {
  it('reads rpm, and 转 where the clause says per minute', () => {
    expect(figs('星辰电机的转速为21000rpm')).toEqual([['21000rpm', 21000, 21000, 'rpm']]);
    expect(figs('电机转速可达2.2万转')).toEqual([['可达2.2万转', 22000, 22000, 'rpm']]);
    expect(figs('风扇每分钟3000转')).toEqual([['3000转', 3000, 3000, 'rpm']]);
    expect(figs('硬盘为7200转/分钟')).toEqual([['7200转', 7200, 7200, 'rpm']]);
  });

  it('leaves 转 a verb elsewhere (转给, 转投)', () => {
    expect(figs('云帆将2万转给合作方')).toEqual([['2万', 2e4, 2e4, 'count']]);
  });
});

describe('bounds that scope over more than one number', () => {
  it('takes a ceiling over the conversion in brackets and over the alternative after 或', () => {
    expect(figs('违规者最高可被罚款1500万欧元（约1.3亿港元）或全球年营业额的3%')).toEqual([
      ['1500万欧元', 0, 1.5e7, 'EUR'],
      ['约1.3亿港元', 0, 1.3e8, 'HKD'],
      ['3%', 0, 3, 'percent'],
    ]);
    expect(figs('青木同意向星辰投资最多30亿美元（约新台币960亿元）')).toEqual([
      ['最多30亿美元', 0, 3e9, 'USD'],
      ['约新台币960亿元', 0, 9.6e10, 'TWD'],
    ]);
  });

  it('takes a floor written after the amount (起) over its bracketed conversion, not one written before it', () => {
    expect(figs('云帆新机售价4999元起（约合700美元）')).toEqual([
      ['4999元', 4999, null, 'CNY'],
      ['约合700美元', 700, null, 'USD'],
    ]);
    expect(figs('风投向初创公司投入超过300亿美元（约2100亿元人民币）')).toEqual([
      ['超过300亿美元', 3e10, null, 'USD'],
      ['约2100亿元人民币', 2.1e11, 2.1e11, 'CNY'],
    ]);
  });

  it('leaves a conversion alone when nothing bounds the amount', () => {
    expect(figs('星辰以12亿美元（约合人民币86亿元）收购青木')).toEqual([
      ['12亿美元', 1.2e9, 1.2e9, 'USD'],
      ['约合人民币86亿元', 8.6e9, 8.6e9, 'CNY'],
    ]);
  });

  it('bounds across a modal and a short verb phrase (最高可被罚款, 最多只能容纳), not 最高法院', () => {
    expect(figs('企业最高可被处以500万元罚款')).toEqual([['500万元', 0, 5e6, 'CNY']]);
    expect(figs('会场最多只能容纳3万人')).toEqual([['3万人', 0, 3e4, 'count']]);
    expect(figs('最高法院判处罚款300万元')).toEqual([['300万元', 3e6, 3e6, 'CNY']]);
  });

  it('joins two figures of one unit under 到 into one range, to where the second begins when it is open', () => {
    expect(figs('单场直播花费在几十万元到上百万元之间')).toEqual([['几十万元到上百万元', 1e5, 1e6, 'CNY']]);
    expect(figs('售价1.2万美元至1.5万美元')).toEqual([['1.2万美元至1.5万美元', 12000, 15000, 'USD']]);
  });
});
