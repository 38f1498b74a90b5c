import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/claims/quantities';

// Sentences written for these tests, with fictional names (星辰科技, 云海集团, 蓝鲸智能, 青木能源).
const figures = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

describe('power and energy with their prefixes, in Chinese words and Latin symbols', () => {
  it('reads a power in 千瓦, 兆瓦, 吉瓦 and kW, KW, MW, GW', () => {
    expect(figures('星辰S7的电机功率为310千瓦')).toEqual([['310千瓦', 310, 310, 'kW']]);
    expect(figures('青木能源的超充桩功率为480kW')).toEqual([['480kW', 480, 480, 'kW']]);
    expect(figures('青木能源的快充桩功率为360KW')).toEqual([['360KW', 360, 360, 'kW']]);
    expect(figures('云海集团光伏电站装机容量为150兆瓦')).toEqual([['150兆瓦', 150, 150, 'MW']]);
    expect(figures('云海集团新签约风电项目2.4吉瓦')).toEqual([['2.4吉瓦', 2.4, 2.4, 'GW']]);
    expect(figures('該園區太陽能裝置容量為3.5GW')).toEqual([['3.5GW', 3.5, 3.5, 'GW']]);
    // 200万千瓦 is two million kilowatts, 千 being the prefix of 千瓦 and 兆 the prefix of 兆瓦.
    expect(figures('青木能源的装机容量为200万千瓦')).toEqual([['200万千瓦', 2e6, 2e6, 'kW']]);
  });

  it('reads energy in 千瓦时, 兆瓦时, 度电, kWh, MWh, GWh', () => {
    expect(figures('星辰S7的电池包容量为92千瓦时')).toEqual([['92千瓦时', 92, 92, 'kWh']]);
    expect(figures('云海集团储能项目规模为800兆瓦時')).toEqual([['800兆瓦時', 800, 800, 'MWh']]);
    expect(figures('蓝鲸智能去年储能出货35GWh')).toEqual([['35GWh', 35, 35, 'GWh']]);
    expect(figures('青木能源的电池包为75kWh')).toEqual([['75kWh', 75, 75, 'kWh']]);
    expect(figures('该风场年发电量为12亿度电')).toEqual([['12亿度电', 1.2e9, 1.2e9, 'kWh']]);
  });

  it('reads 度 as a kilowatt-hour only in a clause about electricity, in digits or with a magnitude', () => {
    expect(figures('青木能源去年售电量为38亿度')).toEqual([['38亿度', 3.8e9, 3.8e9, 'kWh']]);
    expect(figures('星辰科技股价两度上调')).not.toContainEqual(expect.arrayContaining(['kWh']));
    expect(figures('当地气温达到40度，屏幕可旋转360度')).toEqual([]);
  });

  it('reads a cell capacity, an energy density, a charging rate and a voltage', () => {
    expect(figures('蓝鲸智能的储能电芯容量为587安时')).toEqual([['587安时', 587, 587, 'Ah']]);
    expect(figures('蓝鲸智能的储能电芯容量为320Ah')).toEqual([['320Ah', 320, 320, 'Ah']]);
    expect(figures('手机电池容量为6000mAh')).toEqual([['6000mAh', 6000, 6000, 'mAh']]);
    expect(figures('该电池能量密度为280Wh/kg')).toEqual([['280Wh/kg', 280, 280, 'Wh/kg']]);
    expect(figures('该电池支持6C超充')).toEqual([['6C', 6, 6, 'C']]);
    expect(figures('星辰S7采用900V高压平台')).toEqual([['900V', 900, 900, 'V']]);
  });

  it('reads a current in A only before a word of current or charging', () => {
    expect(figures('青木超充桩支持500A大电流')).toEqual([['500A', 500, 500, 'A']]);
    expect(figures('云海手机12A售价799元')).toEqual([['799元', 799, 799, 'CNY']]);
  });

  it("reads a power spec's 最高 or 最大 named by its noun as a ceiling, other specs as stated", () => {
    expect(figures('星辰S7最高充电功率可达420千瓦')).toEqual([['可达420千瓦', 0, 420, 'kW']]);
    expect(figures('该芯片最大功耗为95W')).toEqual([['95W', 0, 95, 'W']]);
    expect(figures('星辰S7充电功率为420千瓦')).toEqual([['420千瓦', 420, 420, 'kW']]);
    expect(figures('最高主频为3.4GHz')).toEqual([['3.4GHz', 3.4, 3.4, 'GHz']]);
  });

  it('does not read 3C产品, 2C业务, a V in a name or 瓦楞 as a unit, and keeps the number before them', () => {
    expect(figures('云海集团3C产品收入下滑')).toEqual([]);
    expect(figures('星辰科技拥有30万C端用户')).toEqual([['30万', 3e5, 3e5, 'users']]);
    expect(figures('星辰科技发布2V2模式')).toEqual([]);
    expect(figures('星辰科技(8888 TW)股价上涨')).toEqual([]);
    expect(figures('青木纸业售出3000瓦楞纸箱')).not.toContainEqual(expect.arrayContaining(['W']));
  });
});

describe('a range in km, clock speeds, cores, storage and compute spent', () => {
  it('reads km in Latin letters, not a speed in km/h', () => {
    expect(figures('星辰S7的CLTC续航为720km')).toEqual([['720km', 720, 720, 'km']]);
    expect(figures('星辰S7最高车速为200km/h')).not.toContainEqual(expect.arrayContaining(['km']));
  });

  it('reads GHz and MHz as written, and cores', () => {
    expect(figures('蓝鲸芯片主频为2.8GHz')).toEqual([['2.8GHz', 2.8, 2.8, 'GHz']]);
    expect(figures('该内存频率为6400MHz')).toEqual([['6400MHz', 6400, 6400, 'MHz']]);
    expect(figures('蓝鲸芯片拥有12核')).toEqual([['12核', 12, 12, 'cores']]);
    expect(figures('蓝鲸芯片采用十六核心设计')).toEqual([['十六核心', 16, 16, 'cores']]);
    expect(figures('监管部门核准了该项目')).toEqual([]);
  });

  it('reads PB and GPU hours', () => {
    expect(figures('云海集团的数据湖存储量为30PB')).toEqual([['30PB', 30, 30, 'PB']]);
    expect(figures('蓝鲸模型训练耗费120万GPU小时')).toEqual([['120万GPU小时', 1.2e6, 1.2e6, 'GPU-hours']]);
  });
});

describe('a move between two values, the unit written once after the second', () => {
  it('reads the bare first value in the unit of the second', () => {
    expect(figures('摩根将星辰科技目标价由85上调至96港元')).toEqual([
      ['85', 85, 85, 'HKD'],
      ['96港元', 96, 96, 'HKD'],
    ]);
    expect(figures('云海集团将毛利率指引从32下修至29%')).toEqual([
      ['32', 32, 32, 'percent'],
      ['29%', 29, 29, 'percent'],
    ]);
    expect(figures('青木能源储能出货目标由18调整为25GWh')).toEqual([
      ['18', 18, 18, 'GWh'],
      ['25GWh', 25, 25, 'GWh'],
    ]);
    expect(figures('蓝鲸智能营收从60亿降至45亿元')).toEqual([
      ['60亿', 6e9, 6e9, 'CNY'],
      ['45亿元', 4.5e9, 4.5e9, 'CNY'],
    ]);
  });

  it('keeps both values as written when each has its unit, and leaves a magnitude said once unclear', () => {
    expect(figures('云海集团良率由55%提升至72%')).toEqual([
      ['55%', 55, 55, 'percent'],
      ['72%', 72, 72, 'percent'],
    ]);
    expect(figures('星辰科技资本支出由300亿美元上修至320亿美元')).toEqual([
      ['300亿美元', 3e10, 3e10, 'USD'],
      ['320亿美元', 3.2e10, 3.2e10, 'USD'],
    ]);
    expect(figures('蓝鲸智能营收从60降至45亿元')).toEqual([['45亿元', 4.5e9, 4.5e9, 'CNY']]);
  });
});
