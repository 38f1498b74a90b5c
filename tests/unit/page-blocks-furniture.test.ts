import { describe, expect, it } from 'vitest';
import { LEAD, line, lines, SECOND } from '../fixtures/page-construction';

const PICTURE = '<p style="text-align:center"><img src="a.jpg" alt=""></p>';

describe('a pull quote between paragraphs', () => {
  it('marks a short quote block without a sentence end as restating the body', () => {
    const quote = '代工厂的节奏，就是整个供应链的节奏';
    expect(line(`<p>${LEAD}</p><blockquote class="quote">${quote}</blockquote><p>${SECOND}</p>`, quote)).toMatchObject({
      summary: true,
    });
  });

  it('marks a block named as a pull quote, whatever its punctuation', () => {
    const quote = '“一年一代等于一条产线还没回本，就得准备下一条。”';
    expect(
      line(`<p>${LEAD}</p><figure class="wp-block-pullquote"><blockquote><p>${quote}</p></blockquote></figure>`, quote),
    ).toMatchObject({ summary: true });
  });

  it('keeps a quoted statement, an exclamation and a long quote block as the story', () => {
    for (const quote of [
      '他说：“一年一代等于一条产线还没回本，就得准备下一条。”',
      '这是我们有史以来最好的产品！',
      '公司在声明中称，将在未来五年内继续加大对先进封装和高带宽内存的投资，并扩大在台湾和美国两地的产能布局',
    ])
      expect(line(`<p>${LEAD}</p><blockquote>${quote}</blockquote>`, quote), quote).toMatchObject({ summary: false });
  });
});

describe('a data table inside the article', () => {
  const specs =
    '<table><thead><tr><th></th><th>某手机 15</th><th>某手机 14</th></tr></thead><tbody>' +
    '<tr><td>芯片</td><td>A17（3 纳米）</td><td>A16</td></tr><tr><td>重量</td><td>187 克</td><td>206 克</td></tr></tbody></table>';

  it('marks the cells of a grid of short values', () => {
    const read = lines(`<p>${LEAD}</p>${specs}<p>${SECOND}</p>`);
    expect(read.filter((l) => l.tableCell).map((l) => l.text)).toEqual([
      '某手机 15',
      '某手机 14',
      '芯片',
      'A17（3 纳米）',
      'A16',
      '重量',
      '187 克',
      '206 克',
    ]);
    expect(read.filter((l) => !l.tableCell).map((l) => l.text)).toEqual([LEAD, SECOND]);
  });

  it('keeps a layout table, a one-column box and a table of sentences as text', () => {
    const layout = `<table><tr><td><h1>标题</h1></td></tr><tr><td><p>${LEAD}</p></td><td>广告</td></tr></table>`;
    const box = `<table><tr><td>${LEAD}</td></tr><tr><td>${SECOND}</td></tr></table>`;
    const sentences = `<table><tr><td>第一季度</td><td>营收增长一成。</td></tr><tr><td>第二季度</td><td>营收持平。</td></tr></table>`;
    for (const table of [layout, box, sentences])
      expect(
        lines(table).some((l) => l.tableCell),
        table,
      ).toBe(false);
  });
});

describe('a caption in a centred block under its picture', () => {
  it('marks a short centred block right after a block holding only a picture', () => {
    const caption = '图片中是某新能源汽车工厂的生产线';
    expect(
      line(`<p>${LEAD}</p>${PICTURE}<p style="text-align: center; color:#666">${caption}</p><p>${SECOND}</p>`, caption),
    ).toMatchObject({
      caption: true,
    });
    expect(line(`${PICTURE}<p align="center">${caption}</p>`, caption)).toMatchObject({ caption: true });
  });

  it('keeps a paragraph after a picture that is not centred, a centred one with no picture before it, and a long one', () => {
    const short = '该工厂去年产量翻了一番。';
    expect(line(`${PICTURE}<p>${short}</p>`, short)).toMatchObject({ caption: false });
    expect(line(`<p>${LEAD}</p><p style="text-align:center">${short}</p>`, short)).toMatchObject({ caption: false });
    const long = `${LEAD}${SECOND}`;
    expect(line(`${PICTURE}<p style="text-align:center">${long}</p>`, long)).toMatchObject({ caption: false });
    // A picture with its own words beside it is not a picture alone.
    expect(line(`<p><img src="a.jpg">${LEAD}</p><p style="text-align:center">${short}</p>`, short)).toMatchObject({
      caption: false,
    });
  });
});
