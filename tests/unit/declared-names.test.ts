import { describe, expect, it } from 'vitest';
import { declaredMentions, declaredNames, PageDeclarations } from '../../lib/match/declared-names';
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

describe("a page's declarations read in any block order", () => {
  // Blocks are numbered in page order; the page hands them over in another order.
  const blocks = [
    '星河今年的新品值得期待。',
    '据悉，星河云智科技有限公司（以下简称“星河”）完成新一轮融资，星河称将扩大研发。',
    '业内人士认为，星河的产品已有数十万用户。',
    '星河与伙伴合作，星河称双方将共建模型。',
  ].map((text) => ({ text, folded: foldText(text) }));
  const full = mention(blocks[1]!.folded, '星河云智科技有限公司', 'xinghe');
  const mentionsOf = (i: number) => (i === 1 ? [full] : []);
  const texts = (i: number, uses: { start: number; end: number }[]) =>
    uses.map((m) => `${i}:${blocks[i]!.text.slice(m.start, m.end)}@${m.start}`);

  it("reports a declaration found after later blocks were read, and their uses, never an earlier block's", () => {
    const page = new PageDeclarations<number>((a, b) => a < b);
    // The blocks below the declaration come first: nothing is declared yet.
    for (const i of [3, 2]) expect(page.read(i, blocks[i]!.folded, []).uses).toEqual([]);
    const { uses, declared } = page.read(1, blocks[1]!.folded, mentionsOf(1));
    expect(texts(1, uses)).toEqual([
      '1:星河@' + blocks[1]!.text.indexOf('星河”'),
      '1:星河@' + blocks[1]!.text.indexOf('星河称'),
    ]);
    expect(declared).toHaveLength(1);
    expect(declared[0]).toMatchObject({ declaration: { name: '星河', entityId: 'xinghe', block: 1 }, until: null });
    // The caller's look back at the blocks it read before: the ones after the declaration only.
    const d = declared[0]!.declaration;
    expect(texts(3, page.usesOf(d, 3, blocks[3]!.folded, []))).toEqual(['3:星河@0', '3:星河@8']);
    expect(texts(2, page.usesOf(d, 2, blocks[2]!.folded, []))).toEqual(['2:星河@7']);
    expect(page.usesOf(d, 0, blocks[0]!.folded, [])).toEqual([]);
    // Read (again) from now on: later blocks get their uses at once, the earlier one none.
    expect(page.read(0, blocks[0]!.folded, []).uses).toEqual([]);
    expect(texts(2, page.read(2, blocks[2]!.folded, []).uses)).toEqual(['2:星河@7']);
    // The declaring block read again declares nothing new: no second look back.
    expect(page.read(1, blocks[1]!.folded, mentionsOf(1)).declared).toEqual([]);
  });

  it('bounds the look back by where the page already knew the declaration from, when it turns up earlier', () => {
    const page = new PageDeclarations<number>((a, b) => a < b);
    const later = '另据报道，星河云智科技有限公司（以下简称“星河”）计划上市。';
    const laterFolded = foldText(later);
    // Block 5 declares first; then the same declaration appears in block 1.
    expect(page.read(5, laterFolded, [mention(laterFolded, '星河云智科技有限公司', 'xinghe')]).declared).toMatchObject([
      { declaration: { block: 5 }, until: null },
    ]);
    const { declared } = page.read(1, blocks[1]!.folded, mentionsOf(1));
    expect(declared).toMatchObject([{ declaration: { block: 1 }, until: 5 }]);
    expect(texts(2, page.read(2, blocks[2]!.folded, []).uses)).toEqual(['2:星河@7']);
  });

  it('marks nothing in a later block for a short name two entities declared', () => {
    const page = new PageDeclarations<number>((a, b) => a < b);
    const other = '星河传媒集团（以下简称“星河”）也发布了财报。';
    const otherFolded = foldText(other);
    const { declared } = page.read(1, blocks[1]!.folded, mentionsOf(1));
    page.read(2, otherFolded, [mention(otherFolded, '星河传媒集团', 'xinghe-media')]);
    expect(page.usesOf(declared[0]!.declaration, 3, blocks[3]!.folded, [])).toEqual([]);
    expect(page.read(3, blocks[3]!.folded, []).uses).toEqual([]);
  });
});
