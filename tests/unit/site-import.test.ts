import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { importHtmlArticle } from '../../lib/corpus/html-import';
import { importRawArticle } from '../../lib/corpus/import';
import { creditAuthor, rocDate, splitCredits, splitDateline, splitSignOff } from '../../lib/corpus/dateline';
import { articleDate, placeDay } from '../../lib/corpus/article-date';
import { pageLines } from '../../lib/corpus/page-blocks';
import { cleanArticle } from '../../lib/corpus/clean';
import { articleAuthor, cleanByline, personAuthor } from '../../lib/corpus/article-text';
import { normalizeDate, pageMetadata, urlMonth } from '../../lib/corpus/page-metadata';
import { checkImport, type ExpectedImport } from '../../lib/evaluation/page-import';
import { foldText, toTraditionalChars } from '../../lib/text/convert';

const SITES = join(__dirname, '../fixtures/saved-pages/sites');
const options = { id: 'site-test', seed: null, repairs: [], foldLine: foldText, toTraditional: toTraditionalChars };
const load = (name: string) => importHtmlArticle(readFileSync(join(SITES, name), 'utf8'), name, options).article;
const expected = JSON.parse(readFileSync(join(SITES, 'expected.json'), 'utf8')) as Record<string, ExpectedImport>;

describe('saved pages of real site templates (tests/fixtures/saved-pages/sites)', () => {
  it.each(Object.keys(expected))('%s: metadata right, body whole and in order, no furniture', (file) => {
    expect(checkImport(load(file), expected[file]!).misses).toEqual([]);
  });

  it('keeps what the import took out in the boilerplate, dateline and sign-off included', () => {
    const cna = load('udn-cna-hant.html');
    expect(cna.boilerplate).toContain('（中央社記者張建中新竹5日電）');
    expect(cna.boilerplate).toContain('（編輯：林淑媛）1131105');
    expect(cna.paragraphs[0]).toMatch(/^鴻海今天公布/);
    const kr = load('36kr-wechat-hans.html');
    expect(kr.boilerplate.some((line) => line.startsWith('本文来自微信公众号'))).toBe(true);
  });

  it('dates an article with no stated date by its address, and says so', () => {
    const body = '<p>某公司今天发布了新一代芯片，性能比上一代提升一倍，功耗降低三成，将于下月开始供货。</p>'.repeat(3);
    const html = `<html><head><title>某公司发布新芯片</title><link rel="canonical" href="https://news.example.com/2024-11-25/doc-123.shtml"></head><body><article><h1>某公司发布新芯片</h1>${body}</article></body></html>`;
    const { article } = importHtmlArticle(html, 'page.html', options);
    expect(article).toMatchObject({ date: '2024-11-25', dateSource: 'the page address' });
  });

  it('dates an article with no stated date by the Central News Agency code, and says so', () => {
    const article = load('cna-nometa-hant.html');
    expect(article).toMatchObject({ date: '2024-12-27', author: '潘姿羽' });
    expect(article.dateSource).toMatch(/sign-off/);
  });
});

describe('datelines', () => {
  const split = (text: string) => splitDateline(text, foldText(text));

  it.each([
    ['新华社上海6月3日电（记者 周红、吴磊）某某公司今天发布', '新华社上海6月3日电（记者 周红、吴磊）', '周红', 6, 3],
    ['人民网北京2月8日电 某部门8日表示', '人民网北京2月8日电', null, 2, 8],
    ['（中央社記者林志明台中12日電）某科技公司今天宣布', '（中央社記者林志明台中12日電）', '林志明', null, 12],
    ['（中央社記者王美華盛頓7日專電）', null, null, null, null],
    ['〔記者陳大文／台北報導〕某公司昨（3）日宣布', '〔記者陳大文／台北報導〕', '陳大文', null, null],
    ['【某某网综合报道】3月2日消息，某公司宣布', '【某某网综合报道】', null, null, null],
    ['本报讯（记者 赵强）昨日，某公司宣布', '本报讯（记者 赵强）', '赵强', null, null],
    ['某某网科技讯 3月2日，某公司公布了财报。', '某某网科技讯', null, null, null],
    ['某某财经讯（记者 钱多多）北京时间3月2日，某公司宣布', '某某财经讯（记者 钱多多）', '钱多多', null, null],
    ['【某某网】某公司今天公布了季度财报。', '【某某网】', null, null, null],
    ['【某某週刊專訊】某公司今天宣布', '【某某週刊專訊】', null, null, null],
    ['某某网消息，1月20日晚，某公司发布新模型。', '某某网消息，', null, null, null],
    ['據某某社消息，某公司發布新模型。', null, null, null, null],
    ['【重磅】某公司今天宣布', null, null, null, null],
  ])('%s → %s', (text, dateline, reporter, month, day) => {
    const got = split(text);
    if (dateline === null) return expect(got?.text ?? null).toBe(null);
    expect(got).toMatchObject({ text: dateline, reporter, month, day });
    expect(text.endsWith(got!.rest) && text.startsWith(dateline)).toBe(true);
  });

  it('takes only the site name before "M月D日消息", keeping the day in the sentence', () => {
    expect(split('某某科技 3 月 2 日消息，某公司宣布')).toMatchObject({
      text: '某某科技',
      rest: '3 月 2 日消息，某公司宣布',
    });
    // The day alone, or a company with a bare day, is the sentence itself.
    expect(split('3月2日消息，某公司宣布')).toBeNull();
    expect(split('某公司2日消息称，')).toBeNull();
  });

  it('takes the whole "M月D日讯，" or "M月D日电，" after a site name, with its day: 讯 and 电 are no sentence\'s words', () => {
    expect(split('某某10月14日讯，某公司当地时间10月13日宣布')).toMatchObject({
      text: '某某10月14日讯，',
      rest: '某公司当地时间10月13日宣布',
      month: 10,
      day: 14,
    });
    expect(split('某某科技 3月2日电，某公司宣布')).toMatchObject({ text: '某某科技 3月2日电，', day: 2 });
    // A company's "电话会" and a plain day are sentences.
    expect(split('某公司10月14日电话会上表示，订单充足。')).toBeNull();
    expect(split('10月14日讯，某公司宣布')).toBeNull();
  });

  it('leaves a lead that opens with its subject alone', () => {
    expect(split('某公司25日发布的数据显示，营收增长。')).toBeNull();
    expect(split('某公司5日电话会上表示，订单充足。')).toBeNull();
    expect(split('据腾讯3日消息，某产品上线。')).toBeNull();
    expect(split('通讯行业3月迎来新一轮降价。')).toBeNull();
    expect(split('记者从某公司获悉，该公司将上市。')).toBeNull();
    expect(split('根据某某网消息，某产品上线。')).toBeNull();
    expect(split('某公司消息，新品下月上市。')).toBeNull();
  });

  it('finds the dateline below a short deck or credits row, which go to the boilerplate; never below a paragraph', () => {
    const deck = '某公司第三季营收同比增长94%，但增速放缓';
    const lead = '【某某网】某公司交出又一份创纪录的季度成绩单，营收高于市场预期。';
    const paragraphs = ['文｜某某 张三', deck, lead, '其中，数据中心业务营收占比接近九成。'];
    const boilerplate: string[] = [];
    splitCredits(paragraphs, boilerplate, foldText, 3);
    expect(paragraphs).toEqual([
      '某公司交出又一份创纪录的季度成绩单，营收高于市场预期。',
      '其中，数据中心业务营收占比接近九成。',
    ]);
    expect(boilerplate).toEqual(expect.arrayContaining(['文｜某某 张三', deck, '【某某网】']));
    // A long paragraph above: the dateline-like opening below it is left where it is.
    const long =
      '某公司今天在发布会上公布了新一代产品的价格、上市时间和销售渠道，并表示今年的出货目标比去年提高了三成，新品将首先在国内市场销售，随后进入海外市场，公司还将同步推出配套的软件服务和会员计划。';
    const kept = [long, lead];
    splitCredits(kept, [], foldText, 3);
    expect(kept).toEqual([long, lead]);
    // The raw-text import looks only at the first paragraph.
    const raw = [deck, lead];
    splitCredits(raw, [], foldText);
    expect(raw).toEqual([deck, lead]);
  });
});

describe('sign-offs', () => {
  const split = (text: string, last = true) => splitSignOff(text, foldText(text), last);

  it('splits （完）, an editor and the ROC-calendar code off the closing sentence', () => {
    expect(split('某公司表示将继续投入。（完）')).toMatchObject({ text: '（完）', rest: '某公司表示将继续投入。' });
    expect(split('營收年增一成。（編輯：張小華）1140105')).toMatchObject({
      text: '（編輯：張小華）1140105',
      editor: '張小華',
      date: '2025-01-05',
    });
  });

  it('takes a bare bracketed name only after the last sentence of the article', () => {
    expect(split('某公司股价上涨。（李明）', true)?.text).toBe('（李明）');
    expect(split('某公司股价上涨。（李明）', false)).toBeNull();
    // A bracket inside a sentence is not a sign-off.
    expect(split('某公司（李明创办）股价上涨。')).toBeNull();
  });

  it('reads ROC-calendar codes', () => {
    expect(rocDate('1131125')).toBe('2024-11-25');
    expect(rocDate('1131325')).toBeNull();
  });
});

describe('credits and authors', () => {
  it.each([
    ['本文来自微信公众号“某某观察”（ID：mmgc），作者：周小川，某网经授权发布。', '周小川'],
    ['（本文首发于某某App，作者｜李青，编辑｜王五）', '李青'],
    ['作者 | 陳思', '陳思'],
    ['文｜周小川', '周小川'],
    ['文 / Li Lei', 'Li Lei'],
    ['本文来自微信公众号“某某观察”（ID：mmgc）', null],
  ])('%s names %s', (line, name) => expect(creditAuthor(foldText(line), line)).toBe(name));

  it('refuses a byline that names the site or an organisation', () => {
    expect(personAuthor('某某网', '某某网', foldText)).toBeNull();
    expect(personAuthor('某某财经', null, foldText)).toBeNull();
    expect(personAuthor('某某科技', null, foldText)).toBeNull();
    expect(personAuthor('林小雨', '某某网', foldText)).toBe('林小雨');
  });
});

describe('page lines', () => {
  const lines = (html: string) =>
    pageLines(parseHTML(`<html><body><div id="a">${html}</div></body></html>`).document.getElementById('a')!);

  it('ends a line at every block and <br>, so a subhead never runs into the next sentence', () => {
    expect(
      lines(
        '<section><strong>一、小标题</strong><br>正文第一句。</section><section><span>第二段。</span></section>',
      ).map((l) => l.text),
    ).toEqual(['一、小标题', '正文第一句。', '第二段。']);
  });

  it('splits a numbered bold subhead off the paragraph it opens, and leaves a bold name in its sentence', () => {
    expect(lines('<p><strong>二、应用不断拓展</strong>据介绍，某技术已广泛应用。</p>').map((l) => l.text)).toEqual([
      '二、应用不断拓展',
      '据介绍，某技术已广泛应用。',
    ]);
    expect(lines('<p><strong>某公司</strong>今天发布了新品。</p>').map((l) => l.text)).toEqual([
      '某公司今天发布了新品。',
    ]);
    expect(lines('<p><strong>某记者：</strong>你们怎么看？</p>').map((l) => l.text)).toEqual(['某记者：你们怎么看？']);
    // A whole sentence beside a picture is the paragraph it illustrates.
    expect(
      lines(
        '<p><img src="p.jpg">某公司今天发布了新一代芯片，性能比上一代提升一倍，功耗降低三成，将于下月开始供货。</p>',
      )[0]!.caption,
    ).toBe(false);
    // An inline emoji image does not make a sentence a caption.
    expect(lines('<p>某公司今天发布了新品<img class="emoji" src="e.png" width="20">。</p>')[0]!.caption).toBe(false);
  });

  it('marks captions: <figcaption>, caption classes, and short text sharing a block with an image', () => {
    const got = lines(
      '<figure><img src="a"><figcaption>图为某产品</figcaption></figure><p class="img-desc">某处拍摄</p><div><img src="b"><p>某公司展台（记者某某摄）</p></div><p>正文一段足够长的句子。</p>',
    );
    expect(got.map((l) => [l.text, l.caption])).toEqual([
      ['图为某产品', true],
      ['某处拍摄', true],
      ['某公司展台（记者某某摄）', true],
      ['正文一段足够长的句子。', false],
    ]);
  });

  it('measures link text and marks a summary box', () => {
    const [related, summary] = lines(
      '<p><a href="/x">某公司发布新品</a></p><div class="article-summary"><p>重点：某公司发布新品。</p></div>',
    );
    expect(related!.linkShare).toBe(1);
    expect(summary!.summary).toBe(true);
  });
});

describe('furniture lines (patterns in Simplified, matched on the folded line)', () => {
  const clean = (lines: string[]) => cleanArticle(lines.join('\n'), { repairs: [], foldLine: foldText });

  it('takes reprint credits, notices, image credits, prompts and outlet credits out, in both scripts', () => {
    const furniture = [
      '本文來自微信公眾號“某某觀察”（ID：mmgc），作者：周小川，某網經授權發布。',
      '本文经授权发布，不代表某某网立场。',
      '如若转载请注明出处。',
      '本網站之文字、圖片及影音，非經授權，不得轉載。',
      '如对本稿件有异议或投诉，请联系abc@example.com',
      '圖片來源/某公司',
      '（首图来源：某图库）',
      '圖／某公司',
      '(Source：某公司)',
      '下载某某新闻APP，随时随地看新闻',
      '某某新闻记者 | 张三',
      '資料圖。某某網記者 李四 攝',
      '某某 2024-11-21 07:12 来源：某某网',
      '（某某网某某网）',
      '【某某科技】',
      '評論',
      '网友评论(368)',
      '文章標籤',
      '还没有人评论，快来抢沙发吧',
      '登录后发表评论',
      '如有意愿转载，请发邮件至hello@example.com，注明转载用途。',
      '【本文结束】如需转载请务必注明出处：某某网',
      '全文完',
      '相關報導',
      '某模型在多项基准测试中的表现（图片来源：某公司）',
      '發布日期：2024.12.27',
      '文｜周小川',
      '来源｜某某网',
      '《 某某日報 》（ 2024年11月25日 第 01 版）',
      '2024-12-12',
      '摘要：某公司发布新品。',
      '延伸閱讀：某公司發布新品',
      '參考鏈接：',
      '— 完 —',
      '廣告',
      '#某公司#AI伺服器',
      '某某 发自 凹非寺',
      '某某社 | 公众号 MouMou',
      '某某网科技出品',
      '某公司总部大楼。图源：某图库',
      '更多一手新闻，欢迎下载某某新闻客户端订阅某某网科技。想看深度报道，请微信搜索“moumou”。',
      '分享让更多人看到',
      // A shop site's link labels and notices after the article, an advertisement's label.
      'IT之家附某品牌 15 系列購買地址：某東自營、某某商城',
      '某某平板预售链接：',
      '論文地址：https://arxiv.org/abs/2401.00001',
      '广告声明：文内含有的对外跳转链接（包括不限于超链接、二维码、口令等形式），用于传递更多信息，结果仅供参考。',
      '「廣告」某東某品牌官方旗艦店到手價 4999 元',
      '【推广】',
      // A newspaper's app, newsletter and social prompts in the body.
      '點我下載APP　按我看活動辦法',
      '一手掌握經濟脈動　點我訂閱某某財經Youtube頻道',
      '☆加入LINE好友☆',
      '訂閱電子報',
      '按我看活動辦法',
    ];
    const result = clean([...furniture, '某公司今天发布了新一代芯片，性能提升一倍。']);
    expect(result.paragraphs).toEqual(['某公司今天发布了新一代芯片，性能提升一倍。']);
    expect(result.boilerplate).toHaveLength(furniture.length);
  });

  it('keeps sentences that only mention reprints, authors, images or apps', () => {
    const body = [
      '某公司在声明中指出，部分自媒体未经授权转载了该公司的内部文件，公司将追究其法律责任，并已向平台提交了证据。',
      '图片生成功能上线后，某某App的日活跃用户在一个月内增长了三成，超过了公司此前的预期。',
      '2024年11月25日，某公司发布了新一代芯片。',
      '某公司的广告收入同比增长了两成。',
      '2022.11.30 某产品发布',
      '本文系统梳理了大模型的三种商业模式。',
      '他表示，这一决定不代表公司的最终立场。',
      '用户可通过客服提出异议或投诉。',
      '下载量最高的App是某某视频。',
      '某某告诉记者：“我们会继续投入。”',
      '该产品由某某团队出品，上线首月用户过万。',
      '某公司表示，新品的购买地址将在发布会后公布。',
      '新款平板的预售链接上线后，五分钟内被抢购一空。',
      '某公司在广告声明中承认，宣传数据存在误差。',
      '他說，加入LINE好友的用戶已突破百萬。',
      '民眾點我們的連結就能看到活動辦法，主辦單位說明。',
      '（某公司回应）',
      '评论区的留言显示，多数用户对新品的续航表示满意。',
      '某媒体转载该报道时注明了来源，但删去了关键数据。',
      '还没有人评论过这款产品的续航，因为它要到下月才开售。',
      '分享经济在这一年里降温明显。',
      '某某在测试中的表现（图片来源于公司官网的演示视频）令人印象深刻，但实际体验仍有差距。',
    ];
    expect(clean(body).paragraphs).toEqual(body);
  });
});

describe('titles and sites of real templates', () => {
  const doc = (head: string, body = '') =>
    parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;

  it('strips a site named after a bare "-" and keeps model names whole', () => {
    expect(pageMetadata(doc('<title>某公司发布新模型-某某网</title>')).title).toBe('某公司发布新模型');
    expect(pageMetadata(doc('<title>某公司发布Qwen2-72B</title>')).title).toBe('某公司发布Qwen2-72B');
  });

  it('strips a headline’s channels along with the site it names', () => {
    expect(
      pageMetadata(
        doc(
          '<meta property="og:title" content="某公司營收創新高 | 產業熱點 | 產業 | 某某日報"><meta property="og:site_name" content="某某日報">',
        ),
      ).title,
    ).toBe('某公司營收創新高');
  });

  it('names the site from a logo’s alt text among the title’s tails', () => {
    expect(
      pageMetadata(
        doc('<title>某公司发布新品|某某新闻 · 科技</title>', '<a class="logo" href="/"><img alt="某某新闻"></a>'),
      ).site,
    ).toBe('某某新闻');
  });

  it('takes the byline under the headline over a date bar above it, even unmarked', () => {
    const page = doc(
      '<title>某标题</title>',
      '<div class="top"><span class="date">2024年11月28日 星期四</span></div><h1>某标题</h1><div class="col">2024年11月25日08:41 | 来源：某某社</div><p>正文。</p>',
    );
    expect(pageMetadata(page).date).toBe('2024-11-25T08:41');
  });

  it('reads the publication date of Baidu’s cambrian JSON-LD and of Sina’s weibo meta', () => {
    const cambrian = pageMetadata(
      doc(
        '<script type="application/ld+json">{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","pubDate":"2024-11-27T09:05:12"}</script>',
      ),
    );
    expect(cambrian).toMatchObject({ date: '2024-11-27T09:05', dateKind: 'json-ld' });
    expect(pageMetadata(doc('<meta name="weibo: article:create_at" content="2024-11-01 10:26:13">')).date).toBe(
      '2024-11-01T10:26',
    );
  });

  it('reads a timestamp with an offset as the newsroom’s clock (UTC+8)', () => {
    expect(normalizeDate('2024-11-25T20:00:00Z')).toBe('2024-11-26T04:00');
    expect(normalizeDate('2024-12-27T10:12:30+00:00')).toBe('2024-12-27T18:12');
    expect(normalizeDate('2024-03-05T10:20:00+08:00')).toBe('2024-03-05T10:20');
    expect(normalizeDate('2024 年 10 月 08 日 10:25')).toBe('2024-10-08T10:25');
  });

  it('splits "--" title tails and refuses a staff number as the author', () => {
    const meta = pageMetadata(
      doc('<title>某部门发布算力数据--科技--某某网</title><meta name="author" content="104220">'),
    );
    expect(meta).toMatchObject({ title: '某部门发布算力数据', author: null });
  });

  it('drops the keyword list a <title> carries, and keeps a tail that is not the page’s keywords', () => {
    const keywords = '<meta name="keywords" content="某品牌,新手机,鸿蒙">';
    expect(
      pageMetadata(doc(`<title>某品牌新手机发布 - 某品牌,新手机,鸿蒙 - 某某网--科技改变生活</title>${keywords}`)).title,
    ).toBe('某品牌新手机发布');
    expect(pageMetadata(doc(`<title>专访 - 某品牌,某某CEO谈新手机定价策略与渠道</title>${keywords}`)).title).toBe(
      '专访 - 某品牌,某某CEO谈新手机定价策略与渠道',
    );
  });

  it('names the site by the Chinese name in the <title> when og:site_name is its English name', () => {
    const head = (site: string, title: string) =>
      `<meta property="og:site_name" content="${site}"><title>${title}</title>`;
    expect(pageMetadata(doc(head('Yahoo News', '某公司發布新款手機 - Yahoo奇摩新聞'))).site).toBe('Yahoo奇摩新聞');
    // A Chinese tail that does not carry the English name is a channel, not the site.
    expect(pageMetadata(doc(head('Example News', '某公司發布新款手機 - 科技新聞'))).site).toBe('Example News');
    expect(pageMetadata(doc(head('數位時代', '某公司發布新款手機 - 數位時代 BusinessNext'))).site).toBe('數位時代');
  });

  it('dates an unmarked byline row under the headline only when it is labelled as one', () => {
    const row =
      '<h1>某品牌新手机发布</h1><div class="bt1"><span>2024-11-26 16:58:21　出处：某某网　作者：某某</span></div>';
    expect(pageMetadata(doc('<title>t</title>', row)).date).toBe('2024-11-26T16:58');
    const sentence = '<h1>某品牌新手机发布</h1><div class="x"><span>2024年11月26日，某品牌发布新手机</span></div>';
    expect(pageMetadata(doc('<title>t</title>', sentence)).date).toBeNull();
  });

  it('reads og:author when the page states no other author', () => {
    expect(pageMetadata(doc('<meta property="og:author" content="郑某某"><title>t</title>')).author).toBe('郑某某');
  });

  it('takes a WeChat article’s account, not the platform, as its site', () => {
    expect(
      pageMetadata(
        doc(
          '<meta property="og:site_name" content="微信公众平台">',
          '<div id="meta_content"><a id="js_name">某某观察</a></div>',
        ),
      ).site,
    ).toBe('某某观察');
  });
});

describe('raw text import', () => {
  it('splits the dateline and sign-off off a pasted wire story and takes its reporter and date', () => {
    const raw = [
      '某部門公布景氣燈號',
      '（中央社記者林志明台北27日電）某部門今天發布景氣概況，綜合判斷分數為30分。',
      '某部門預期，明年景氣將穩健成長。（編輯：王小明）1131227',
    ].join('\n');
    const { article } = importRawArticle(raw, options);
    expect(article).toMatchObject({ title: '某部門公布景氣燈號', author: '林志明', date: '2024-12-27' });
    expect(article.paragraphs).toEqual([
      '某部門今天發布景氣概況，綜合判斷分數為30分。',
      '某部門預期，明年景氣將穩健成長。',
    ]);
    expect(article.boilerplate).toEqual(['（中央社記者林志明台北27日電）', '（編輯：王小明）1131227']);
  });
});

describe('bylines', () => {
  it('takes the reporter after an outlet’s reporter label', () => {
    expect(cleanByline('某某新闻记者 林小雨')).toBe('林小雨');
    expect(cleanByline('作者：王小明')).toBe('王小明');
  });

  it('takes the reporter an author field names with its outlet, and a person’s name as it is', () => {
    const text = { credits: { author: null, signOffDate: null, datelineDay: null }, byline: null, paragraphs: [] };
    expect(articleAuthor('某某網記者王大明', text, '某某網', foldText)).toBe('王大明');
    expect(articleAuthor('王大明', text, '某某網', foldText)).toBe('王大明');
    expect(articleAuthor('某某網', text, '某某網', foldText)).toBeNull();
  });

  it("puts a dateline's reporter before an author that is only an editor's credit, and keeps a stated author first", () => {
    const wire = { credits: { author: '王某', signOffDate: null, datelineDay: null }, byline: null, paragraphs: [] };
    expect(articleAuthor('孙某某', wire, '某某网', foldText, true)).toBe('王某');
    expect(articleAuthor('孙某某', wire, '某某网', foldText)).toBe('孙某某');
    const noDateline = { ...wire, credits: { ...wire.credits, author: null } };
    expect(articleAuthor('孙某某', noDateline, '某某网', foldText, true)).toBe('孙某某');
  });
});

describe('saved pages of the later development sets (sites-2 … sites-7, sites-9, sites-11, sites-12)', () => {
  for (const set of [
    'sites-2',
    'sites-3',
    'sites-4',
    'sites-5',
    'sites-6',
    'sites-7',
    'sites-9',
    'sites-11',
    'sites-12',
  ]) {
    const dir = join(__dirname, '../fixtures/saved-pages', set);
    const want = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, ExpectedImport>;
    it.each(Object.keys(want))(`${set}/%s: metadata right, body whole and in order, no furniture`, (file) => {
      const { article } = importHtmlArticle(readFileSync(join(dir, file), 'utf8'), file, options);
      expect(checkImport(article, want[file]!).misses).toEqual([]);
    });
  }
});

describe('saved pages of sites-8', () => {
  const dir = join(__dirname, '../fixtures/saved-pages', 'sites-8');
  const want = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, ExpectedImport>;
  // This page's expectation keeps an outlet's "新浪科技讯 " before "8月29日下午消息，" in the lead, where the
  // earlier sets split the outlet's 讯 off (某某网科技讯 3月2日, 品玩10月14日讯, e公司讯): its known misses are
  // pinned instead, so any other change to it still fails.
  const contradicts = 'sina-finance-portal-hans.html';
  const misses = (file: string) =>
    checkImport(importHtmlArticle(readFileSync(join(dir, file), 'utf8'), file, options).article, want[file]!).misses;
  it.each(Object.keys(want).filter((file) => file !== contradicts))(
    `sites-8/%s: metadata right, body whole and in order, no furniture`,
    (file) => {
      expect(misses(file)).toEqual([]);
    },
  );
  it(`sites-8/${contradicts}: only the outlet's 讯 split off the lead`, () => {
    const found = misses(contradicts);
    expect(found).toHaveLength(2);
    for (const miss of found) expect(miss).toContain('8月29日下午消息');
  });
});

describe('saved pages of sites-10', () => {
  const dir = join(__dirname, '../fixtures/saved-pages', 'sites-10');
  const want = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, ExpectedImport>;
  // This page's expectation lists the photo's caption "芯衡科技创始人兼CEO吴启明。" as furniture, and the same
  // words close a body paragraph it expects whole ("…专访了芯衡科技创始人兼CEO吴启明。"): its known miss is
  // pinned instead, so any other change to it still fails.
  const contradicts = 'chinatimes-interview-hans.html';
  const misses = (file: string) =>
    checkImport(importHtmlArticle(readFileSync(join(dir, file), 'utf8'), file, options).article, want[file]!).misses;
  it.each(Object.keys(want).filter((file) => file !== contradicts))(
    `sites-10/%s: metadata right, body whole and in order, no furniture`,
    (file) => {
      expect(misses(file)).toEqual([]);
    },
  );
  it(`sites-10/${contradicts}: only the caption's words inside the body paragraph that says them`, () => {
    expect(misses(contradicts)).toEqual([
      'furniture "芯衡科技创始人兼CEO吴启明。" in "国产AI芯片企业如何应对？《华夏时报》记者近日专访了芯衡科技创始人兼CEO吴启明。"',
    ]);
  });
});

describe('the publication date from the dateline when the page states none', () => {
  const credits = (lead: string) => splitCredits([lead], [], foldText).datelineDay;

  it("takes the day a dateline states, or the bare day a reporter-and-place dateline's lead opens with", () => {
    expect(credits('（中央社記者林志明台中12日電）某科技公司今天宣布')).toEqual({ day: 12, month: null });
    expect(credits('新华社上海6月3日电（记者 周红）某某公司今天发布')).toEqual({ day: 3, month: 6 });
    expect(credits('〔記者陳大文／台北報導〕某公司5日公布10月營收。')).toEqual({ day: 5, month: null });
    expect(credits('〔記者陳大文／台北報導〕某公司昨（4）日宣布新廠動工。')).toEqual({ day: 4, month: null });
    expect(credits('本报讯（记者 赵强）11月5日，某公司宣布')).toEqual({ day: 5, month: 11 });
    // A full date, a span of days and a later sentence's day are not the news day; a site's "消息" states its own.
    expect(credits('〔記者陳大文／台北報導〕某公司2024年11月5日公布營收。')).toBeNull();
    expect(credits('〔記者陳大文／台北報導〕某公司表示，新品將在5日內到貨。')).toBeNull();
    expect(credits('〔記者陳大文／台北報導〕某公司公布營收。執行長5日表示滿意。')).toBeNull();
    expect(credits('某某网 11月5日消息，某公司宣布')).toBeNull();
  });

  it('places a bare day in the year and month of the address, a later month in the year before', () => {
    expect(urlMonth('https://blog.example.tw/2024/11/some-post/')).toEqual({ year: 2024, month: 11 });
    expect(urlMonth('https://news.example.com/202411/doc-1.html')).toEqual({ year: 2024, month: 11 });
    expect(urlMonth('https://news.example.com/article/2024111/')).toBeNull();
    expect(urlMonth('https://news.example.com/article/breakingnews/4873101')).toBeNull();
    expect(placeDay({ day: 5, month: null }, { year: 2024, month: 11 })).toBe('2024-11-05');
    expect(placeDay({ day: 31, month: 12 }, { year: 2025, month: 1 })).toBe('2024-12-31');
    expect(placeDay({ day: 31, month: null }, { year: 2024, month: 11 })).toBeNull();
  });

  it("prefers the page's metadata, then the sign-off code, then the address; without a month it leaves the day undated", () => {
    const none = { date: null, dateKind: 'none' as const, dateSource: '' };
    const text = (signOffDate: string | null) => ({
      publishedTime: null,
      credits: { signOffDate, datelineDay: { day: 5, month: null } },
    });
    const month = 'https://blog.example.tw/2024/11/post/';
    expect(articleDate({ date: '2024-11-06', dateKind: 'meta', dateSource: 'm' }, text(null), month).date).toBe(
      '2024-11-06',
    );
    expect(articleDate(none, text('2024-11-05'), null)).toMatchObject({ date: '2024-11-05', kind: 'sign-off' });
    expect(articleDate(none, text(null), 'https://x.example.com/2024-11-04/a.html')).toMatchObject({
      date: '2024-11-04',
      kind: 'url',
    });
    expect(articleDate(none, text(null), month)).toMatchObject({ date: '2024-11-05', kind: 'dateline' });
    expect(articleDate(none, text(null), 'https://ec.example.tw/article/4873101')).toMatchObject({
      date: null,
      kind: 'none',
    });
    expect(articleDate(none, text(null), null).date).toBeNull();
  });
});
