/**
 * Rules of page construction found on the fourth development set (sites-4): each with the lines
 * that must go and the sentences that must stay; the set's pages are checked in site-import.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../lib/corpus/article-text';
import { splitDateline } from '../../lib/corpus/dateline';
import { importHtmlArticle } from '../../lib/corpus/html-import';
import { pageMetadata } from '../../lib/corpus/page-metadata';
import { splitTitle, type TitleContext } from '../../lib/corpus/site-title';
import { foldText } from '../../lib/text/convert';
import { document, furniture, LEAD, line, options, SECOND } from '../fixtures/page-construction';

describe('credit, caption and excerpt lines', () => {
  it('drops a credit with its place after a slash, a caption closed by its picture credit, 文：X and an excerpt credit', () => {
    for (const text of [
      '記者陳佳穎／綜合報導',
      '記者王小明、李大同／台北報導',
      '记者张三/北京报道',
      '▲某產品在美國正式開賣。（圖／達志影像／美聯社）',
      '某董事長在展覽上展示新伺服器。（攝影／焦正德）',
      '工人在产线上组装手机（图：某某社）',
      '文：周品妤',
      '本文摘自今周刊第1385期，訂閱今周刊，每週掌握財經脈動。',
      '本文节选自《芯片战争》一书，经出版社授权发布。',
    ])
      expect(furniture(text), text).toBe(true);
  });

  it('keeps sentences with the same words', () => {
    for (const text of [
      '記者會上，執行長表示公司將綜合報導各地門市的銷售情況，再決定是否加開產線。',
      '該公司表示，新產品將於下月開賣，起價3499美元（約新台幣10.9萬元）。',
      '根據圖表／數據顯示，今年第一季營收年增兩成，優於市場預期。',
      '文字記者與攝影記者同行，在現場拍下了排隊的人潮。',
      '本文摘要如下：某公司第一季营收同比增长两成，净利润翻倍，毛利率创下历史新高。',
      '他说，这本书摘自他十年来的笔记，写的是代工业一次又一次的转型。',
    ])
      expect(furniture(text), text).toBe(false);
  });

  it('takes a byline name without the bracketed note on the writer', () => {
    expect(cleanByline('林建宏（作者為台灣經濟研究院研究員）')).toBe('林建宏');
    expect(cleanByline('作者：王小明 (特约撰稿人)')).toBe('王小明');
  });
});

describe('a flash item’s bracketed headline before its dateline', () => {
  const split = (text: string) => splitDateline(text, foldText(text));

  it('goes with the dateline, the comma after 电 included', () => {
    expect(
      split('【某公司一季度营收同比增长262% 宣布拆股】某某社5月23日电，某公司盘后公布第一季度业绩。'),
    ).toMatchObject({
      text: '【某公司一季度营收同比增长262% 宣布拆股】某某社5月23日电，',
      rest: '某公司盘后公布第一季度业绩。',
      day: 23,
      month: 5,
    });
    expect(split('新华社北京1月19日电，工业和信息化部19日发布的数据显示。')).toMatchObject({
      rest: '工业和信息化部19日发布的数据显示。',
    });
  });

  it('stays when no dateline follows it', () => {
    expect(split('【重磅发布】今天下午，某公司在深圳发布了新一代旗舰手机，起售价3999元。')).toBeNull();
    expect(split('【观点】某公司5日电话会上表示，下季度营收将环比增长。')).toBeNull();
  });
});

describe('pull quotes and centred captions', () => {
  it('marks one wholly quoted sentence between paragraphs, and a block named as a pull quote', () => {
    const quote = '「代工廠的價值，從組裝轉向系統整合與散熱設計。」';
    expect(line(`<p>${LEAD}</p><blockquote><p>${quote}</p></blockquote><p>${SECOND}</p>`, quote)).toMatchObject({
      summary: true,
    });
    const named = '我们要做的是十年后的生意。';
    expect(line(`<p>${LEAD}</p><div class="wp-block-pullquote">${named}</div><p>${SECOND}</p>`, named)).toMatchObject({
      summary: true,
    });
  });

  it('keeps a quote the story introduces, a quote with its speaker, and a long one', () => {
    const introduced = '“特斯拉明年将推出更便宜的新车型。”';
    expect(
      line(`<p>${LEAD}</p><p>他在社交平台上写道：</p><blockquote>${introduced}</blockquote>`, introduced),
    ).toMatchObject({ summary: false });
    for (const quote of [
      '他说：“下一场工业革命已经开始。”',
      '“下一场工业革命已经开始，企业和国家正在与我们合作，把价值数万亿美元的传统数据中心转向加速计算。”',
    ])
      expect(line(`<p>${LEAD}</p><blockquote>${quote}</blockquote>`, quote), quote).toMatchObject({ summary: false });
  });

  it('marks a short block centred by its class under a picture alone, not a centred paragraph elsewhere', () => {
    const caption = '某手机岩石青配色背面';
    const html = `<p>${LEAD}</p><p class="center"><img src="a.jpg" alt=""></p><p class="center">${caption}</p><p class="text-center">${SECOND}</p>`;
    expect(line(html, caption)).toMatchObject({ caption: true });
    expect(line(html, SECOND)).toMatchObject({ caption: false });
    expect(line(`<p>${LEAD}</p><p class="center">${caption}</p>`, caption)).toMatchObject({ caption: false });
  });
});

describe('a post whose headings carry Markdown anchors', () => {
  const paragraph =
    '<p>某公司正式发布新一代开源大模型，首批开放两个参数规模的版本，预训练和指令微调模型都可以直接下载使用。</p>';
  const page = (heading: (n: number) => string) =>
    `<html><head><title>某公司开源新模型</title></head><body><article><h1>某公司开源新模型</h1>${[1, 2, 3, 4]
      .map((n) => `${heading(n)}${paragraph}`)
      .join('')}</article></body></html>`;

  it('is an article: an empty named anchor is not a link', () => {
    const { article } = importHtmlArticle(
      page((n) => `<h2><a id="_${n}"></a>第${n}部分</h2>`),
      'post.html',
      options,
    );
    expect(article.paragraphs).toContain(`第1部分`);
  });

  it('still refuses a channel page of linked headlines', () => {
    expect(() =>
      importHtmlArticle(
        page((n) => `<h2><a href="/a/${n}">第${n}篇文章的标题</a></h2>`),
        'list.html',
        options,
      ),
    ).toThrow(/no article found/);
  });
});

describe('titles and sites', () => {
  const context: TitleContext = { siteNames: ['CSDN'], bylineNames: [], sections: new Set(), shownHeadlines: [] };

  it('sets off a tail naming the site after a bare dash, even after Latin text', () => {
    expect(splitTitle('某公司开源新模型，实测体验如何？_llama3 70b-CSDN博客', context, true)).toEqual({
      head: '某公司开源新模型，实测体验如何？',
      tails: ['CSDN博客', 'llama3 70b'],
    });
  });

  it('keeps a model name’s dash', () => {
    for (const title of ['Qwen2-72B模型发布', '某公司发布GPT-4o竞品'])
      expect(splitTitle(title, context, false).head, title).toBe(title);
  });

  it('takes the shown headline a <title> opens with, and the rest as the site', () => {
    const html = `<html><head><title>某手机评测：小尺寸旗舰回来了，值不值3999元_太平洋电脑网PConline</title></head><body>
      <h1>某手机评测：小尺寸旗舰回来了，值不值3999元</h1><p>${LEAD}</p></body></html>`;
    expect(pageMetadata(document(html))).toMatchObject({
      title: '某手机评测：小尺寸旗舰回来了，值不值3999元',
      site: '太平洋电脑网PConline',
    });
  });

  it('keeps a <title> whose shown headline is only the logo', () => {
    const html = `<html><head><title>某某网 - 某公司第一季度营收同比增长两成</title></head><body><h1>某某网</h1><p>${LEAD}</p></body></html>`;
    expect(pageMetadata(document(html)).title).not.toBe('某某网');
  });
});

describe('a post’s byline', () => {
  const post = (bar: string, url = 'https://blog.example.com/coder_x/article/details/137952311') =>
    `<html><head><link rel="canonical" href="${url}"><title>某公司开源新模型</title></head><body>
      <div class="article-header"><h1>某公司开源新模型</h1><div class="bar">${bar}</div></div><p>${LEAD}</p></body></html>`;

  it('dates by the first publication, not the edit', () => {
    const html = post(
      '<span class="time">已于 2024-04-19 11:05:47 修改</span></div><div class="up-time"><span>于 2024-04-19 10:32:15 首次发布</span>',
    );
    expect(pageMetadata(document(html)).date).toBe('2024-04-19T10:32');
    expect(pageMetadata(document(post('<span class="time">最后更新 2024-04-19 11:05</span>'))).date).toBe(
      '2024-04-19T11:05',
    );
  });

  it('names the writer whose home the address lives under', () => {
    expect(pageMetadata(document(post('<a href="https://blog.example.com/coder_x">算法小陈同学</a>'))).author).toBe(
      '算法小陈同学',
    );
  });

  it('takes no section, other site or deeper folder for the writer', () => {
    const section = post('<a href="/tech/">科技</a>', 'https://news.example.com/tech/2024/0419/123.html').replace(
      '<body>',
      '<body><nav><a href="/tech/">科技</a></nav>',
    );
    expect(pageMetadata(document(section)).author).toBeNull();
    expect(
      pageMetadata(document(post('<a href="https://other.example.com/coder_x">算法小陈同学</a>'))).author,
    ).toBeNull();
    expect(
      pageMetadata(document(post('<a href="https://blog.example.com/coder_x/article">算法小陈同学</a>'))).author,
    ).toBeNull();
  });
});
