import { describe, expect, it } from 'vitest';
import { declaredMentions, declaredNames } from '../../lib/match/declared-names';
import { foldText } from '../../lib/text/convert';

/** The mention of `name` at its first occurrence in the folded text. */
function mention(folded: string, name: string, entityId: string) {
  const start = folded.indexOf(foldText(name));
  return { start, end: start + name.length, entityId };
}

describe('short names a text declares', () => {
  it('reads "（以下简称“X”）" after a name and marks X from there on, the declaration included', () => {
    const text = '星河云智科技有限公司（以下简称“星河”）今日发布新模型。星河表示，该模型将于下月开源。';
    const folded = foldText(text);
    const full = mention(folded, '星河云智科技有限公司', 'xinghe');
    const declared = declaredNames(folded, [full]);
    expect(declared).toEqual([{ name: '星河', entityId: 'xinghe', titled: false, from: text.indexOf('星河”') }]);
    const uses = declaredMentions(folded, declared, [full]);
    expect(uses.map((m) => text.slice(m.start, m.end))).toEqual(['星河', '星河']);
    expect(uses[1]!.start).toBe(text.indexOf('星河表示'));
  });

  it('reads Traditional wording and corner quotes the same way: （下稱「X」）, （簡稱：X）', () => {
    for (const text of [
      '北辰智能股份有限公司（下稱「北辰」）宣布，北辰將擴大招募。',
      '北辰智能股份有限公司（簡稱：北辰）宣布，北辰將擴大招募。',
    ]) {
      const folded = foldText(text);
      const full = mention(folded, '北辰智能股份有限公司', 'beichen');
      const uses = declaredMentions(folded, declaredNames(folded, [full]), [full]);
      expect(uses.map((m) => text.slice(m.start, m.end))).toEqual(['北辰', '北辰']);
    }
  });

  it('takes a declaration after a comma, and one made inside 《》 only where the short form is in 《》 again', () => {
    const text =
      '《智能设备数据安全管理规定》（以下简称《规定》）自发布之日起施行。《规定》要求企业遵守相关办法和规定。';
    const folded = foldText(text);
    const full = { start: 1, end: text.indexOf('》'), entityId: 'rule' };
    const uses = declaredMentions(folded, declaredNames(folded, [full]), [full]);
    // 《规定》 twice (the declaration and its use); the bare 规定 at the end is an ordinary word.
    expect(uses.map((m) => text.slice(m.start, m.end))).toEqual(['《规定》', '《规定》']);
    expect(uses.map((m) => m.start)).toEqual([text.indexOf('《规定》）'), text.indexOf('《规定》要求')]);
    const comma = '远航科技集团，以下简称远航，昨日公布财报。远航营收增长。';
    const f2 = foldText(comma);
    const m2 = mention(f2, '远航科技集团', 'yuanhang');
    expect(declaredMentions(f2, declaredNames(f2, [m2]), [m2]).map((m) => comma.slice(m.start, m.end))).toEqual([
      '远航',
      '远航',
    ]);
  });

  it('ignores a filing declaring a common noun (“公司”), a use before its declaration, and one inside a longer name found already', () => {
    const text = '阿尔法云在阿尔法云智能有限公司（以下简称“公司”）的年报中出现，公司称阿尔法云计算业务增长。';
    const folded = foldText(text);
    const full = mention(folded, '阿尔法云智能有限公司', 'alpha');
    expect(declaredNames(folded, [full])).toEqual([]);
    const t3 = '阿爾法雲智能有限公司（以下簡稱「本公司」）';
    const f3 = foldText(t3);
    expect(declaredNames(f3, [mention(f3, '阿爾法雲智能有限公司', 'alpha')])).toEqual([]);
    const t2 = '启明发布了新品。启明星辰数字科技公司（以下简称“启明”）称，启明星辰云与启明都在增长。';
    const f2 = foldText(t2);
    const full2 = mention(f2, '启明星辰数字科技公司', 'qiming');
    const cloud = { start: t2.indexOf('启明星辰云'), end: t2.indexOf('启明星辰云') + 5, entityId: 'qiming-cloud' };
    const uses = declaredMentions(f2, declaredNames(f2, [full2]), [full2, cloud]);
    expect(uses.map((m) => m.start)).toEqual([t2.indexOf('启明”'), t2.lastIndexOf('启明')]);
  });

  it('reads past the legal form after the known part of the name: 股份有限公司, (中国)有限公司', () => {
    for (const [text, known] of [
      ['星河科技股份有限公司（以下简称“星河”）今日上市，星河股价上涨。', '星河'],
      ['微软（中国）有限公司（以下简称“微软中国”）表示，微软中国将扩大招聘。', '微软'],
    ] as const) {
      const folded = foldText(text);
      const full = mention(folded, known, 'x');
      const uses = declaredMentions(folded, declaredNames(folded, [full]), [full]);
      expect(uses).toHaveLength(2);
      expect(uses.every((m) => text.slice(m.start, m.end) === text.slice(uses[0]!.start, uses[0]!.end))).toBe(true);
    }
  });

  it('needs 简称 or 以下/下称: a parenthesis that reports speech (“（称将于下月发布）”) declares nothing', () => {
    const text = '星河科技公司（称将于下月发布）昨日开会。';
    const folded = foldText(text);
    expect(declaredNames(folded, [mention(folded, '星河科技公司', 'xinghe')])).toEqual([]);
  });

  it('leaves a short form declared for two different entities alone', () => {
    const text = '甲乙科技公司（以下简称“甲乙”）与甲乙传媒集团（以下简称“甲乙”）合作。甲乙表示满意。';
    const folded = foldText(text);
    const a = mention(folded, '甲乙科技公司', 'a');
    const b = { start: text.indexOf('甲乙传媒集团'), end: text.indexOf('甲乙传媒集团') + 6, entityId: 'b' };
    expect(declaredMentions(folded, declaredNames(folded, [a, b]), [a, b])).toEqual([]);
  });
});
