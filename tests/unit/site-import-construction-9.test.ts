/**
 * Rules of page construction found on the ninth development set (sites-9): each with the lines that
 * must go and the sentences that must stay.
 */
import { describe, expect, it } from 'vitest';
import { splitDateline } from '../../lib/corpus/dateline';
import { normalizeDate } from '../../lib/corpus/page-metadata';
import { foldText } from '../../lib/text/convert';
import { furniture } from '../fixtures/page-construction';

const split = (text: string) => splitDateline(text, foldText(text));

describe("a wire roundup's dateline: agency, place and day in brackets, no reporter", () => {
  it('splits it off the lead and reads its day', () => {
    for (const [text, day] of [
      ['（中央社布魯塞爾13日綜合外電報導）歐洲議會今天通過一部法律。', 13],
      ['（中央社東京5日電）某公司今天宣布裁員一千人。', 5],
      ['(新华社华盛顿3月8日电)某公司8日发布新款芯片。', 8],
    ] as const) {
      const dateline = split(text);
      expect(dateline?.day, text).toBe(day);
      expect(dateline?.rest, text).not.toMatch(/^[（(]/);
    }
  });

  it('keeps a bracketed aside that opens a sentence, and leaves the reporter form to its own rule', () => {
    for (const text of [
      '（据路透社13日报导）欧洲议会今天通过一部法律，成为全球第一部相关法律。',
      '（本报记者注：某公司13日电话会上表示）营收增长两成。',
    ])
      expect(split(text), text).toBeNull();
    expect(split('（中央社記者陳家倫台北13日電）某公司今天公布營收。')?.reporter).toBe('陳家倫');
  });
});

describe("an outlet's 讯 with the reporter in brackets", () => {
  it('splits the whole of it off the lead, whatever the sentence opens with', () => {
    const dateline = split('中证网讯（记者 杨洁）工业和信息化部1月19日举行新闻发布会。');
    expect(dateline?.text).toBe('中证网讯（记者 杨洁）');
    expect(dateline?.reporter).toBe('杨洁');
    expect(dateline?.rest).toBe('工业和信息化部1月19日举行新闻发布会。');
  });

  it('keeps a sentence about a company whose name ends in 讯', () => {
    expect(split('腾讯（记者会上）宣布了新的游戏发行计划，覆盖海外多个市场。')).toBeNull();
    expect(split('华讯（记者 杨洁）这一说法并不准确，公司随后澄清。')).toBeNull();
  });
});

describe("a wire's translator and editor credit at the end", () => {
  it('drops the credit line with its code', () => {
    for (const text of ['（譯者：陳文蔚／核稿：何宏儒）1130314', '（译者：张三）', '编译：李四', '【編譯：王五】'])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps sentences about translators and compilers', () => {
    for (const text of [
      '译者们表示，这部小说的翻译用了整整三年时间。',
      '编译器团队表示：新版本把编译速度提高了一倍。',
      '這位譯者說：「翻譯是一門妥協的藝術。」',
    ])
      expect(furniture(text), text).toBe(false);
  });
});

describe('a byline date with a bar before its time', () => {
  it('reads the time after the bar', () => {
    expect(normalizeDate('發布 2024.03.04 | 09:15')).toBe('2024-03-04T09:15');
    expect(normalizeDate('2024-03-04 ｜ 09:15')).toBe('2024-03-04T09:15');
    expect(normalizeDate('2024年3月4日 | 09:15')).toBe('2024-03-04T09:15');
  });

  it('keeps the day alone when what follows the bar is not a time', () => {
    expect(normalizeDate('2024.03.04 | 科技')).toBe('2024-03-04');
    expect(normalizeDate('2024.03.04 | 12')).toBe('2024-03-04');
  });
});
