import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { removePinyinFurniture, removeTagRows } from '../../lib/corpus/furniture-markup';
import { importHtmlArticle } from '../../lib/corpus/html-import';
import { foldText, toTraditionalChars } from '../../lib/text/convert';

const options = { id: 'markup-test', seed: null, repairs: [], foldLine: foldText, toTraditional: toTraditionalChars };
const lead = [
  '某公司今天发布了新一代芯片，性能比上一代提升一倍，功耗降低三成，将于下月开始供货。',
  '公司表示，新芯片将首先用于自家的数据中心，明年再向外部客户开放，价格暂未公布。',
  '分析人士认为，这款芯片的推出将加剧数据中心市场的竞争，其他厂商可能被迫降价应对。',
];
const body = [...lead, ...lead.map((p) => p.replace('某公司', '另一家公司'))];
const comments = [
  '网友A：这款芯片的功耗表现确实不错，希望价格能亲民一些。',
  '网友B：等明年开放了再看看，现在说什么都太早了。',
];
const page = (commentClass: string) =>
  `<html><head><title>某公司发布新芯片_某某网</title></head><body><div class="main"><h1>某公司发布新芯片</h1><div class="content">${body
    .map((p) => `<p>${p}</p>`)
    .join(
      '',
    )}<div class="${commentClass}">${comments.map((c) => `<p>${c}</p>`).join('')}</div></div></div></body></html>`;

describe('furniture blocks named in pinyin', () => {
  it('drops readers’ comments in a pinyin-named block inside the body’s container, as Readability does for English names', () => {
    for (const name of ['pinglun', 'news_pinglun', 'comment-list']) {
      const { article } = importHtmlArticle(page(name), 'page.html', options);
      expect(article.paragraphs).toEqual(body);
    }
  });

  it('matches whole pinyin words only, and never the block holding most of the page', () => {
    const { document } = parseHTML(
      `<html><body><div class="xiangguan-list"><a>另一篇文章</a></div><div class="pinglunzhe">某某</div><div class="tuijian-wrap"><p>${body.join(
        '',
      )}</p></div></body></html>`,
    );
    expect(removePinyinFurniture(document.body)).toBe(1);
    expect(document.querySelector('.xiangguan-list')).toBeNull();
    expect(document.querySelector('.pinglunzhe')).not.toBeNull();
    expect(document.querySelector('.tuijian-wrap')).not.toBeNull();
  });
});

describe('tag and keyword rows', () => {
  it('removes a named row of short tags, which would glue into one line of words', () => {
    const { document } = parseHTML(
      `<html><body><div class="article-keyword"><span>台積電</span><span>熊本</span><span>張忠謀</span></div><ul class="tags"><li><a>AI</a></li><li><a>芯片</a></li></ul></body></html>`,
    );
    expect(removeTagRows(document.body)).toBe(2);
    expect(document.body.textContent).toBe('');
  });

  it('keeps a tag-named block holding a sentence, a single item, and a tag span inside a paragraph', () => {
    const { document } = parseHTML(
      `<html><body><div class="tag-intro"><span>公司表示</span><span>，新芯片将于下月供货。</span></div><div class="label"><span>独家</span></div><p>据报道，<span class="tag">英伟达</span>与<span class="tag">台积电</span>签约。</p></body></html>`,
    );
    expect(removeTagRows(document.body)).toBe(0);
  });
});
