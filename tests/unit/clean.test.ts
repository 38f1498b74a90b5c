import { describe, expect, it } from 'vitest';
import { furniture } from '../fixtures/page-construction';
import {
  cleanArticle,
  emptyReport,
  isPinyinSyllable,
  isSignOff,
  markRedactions,
  REDACTION_MARK,
  removePinyin,
  repairMojibake,
  restoreFullWidthPunctuation,
} from '../../lib/corpus/clean';
import { parseRepairs } from '../../lib/corpus/parse-repairs';
import { foldText } from '../../lib/text/convert';
import { readFileSync } from 'node:fs';

const repairs = parseRepairs(readFileSync(new URL('../../corpus/repairs.yaml', import.meta.url), 'utf8'));

describe('pinyin annotations', () => {
  it('removes readings after characters, also inside names', () => {
    const report = emptyReport();
    const out = removePinyin('在這個春節(jié)假期推出后震驚全網(wǎng),字節(jié)跳動推出了豆包', report);
    expect(out).toBe('在這個春節假期推出后震驚全網,字節跳動推出了豆包');
    expect(report.pinyinRemoved).toBe(3);
    expect(report.pinyinExamples).toContain('節(jié)');
  });

  it('keeps real brackets', () => {
    const report = emptyReport();
    const text = '只能生成較短(4秒)或固定大小的視頻,世界移動通信大會(MWC)上,腦極體(ID:unity007),專業生產者(to P)';
    expect(removePinyin(text, report)).toBe(text);
    expect(report.pinyinRemoved).toBe(0);
  });

  it('recognizes syllables only with a tone mark', () => {
    for (const s of ['jié', 'wǎng', 'zhuǎn', 'shù', 'lǐng', 'nèi', 'yīng']) expect(isPinyinSyllable(s)).toBe(true);
    for (const s of ['MWC', 'ai', 'jie', '4秒', 'ēēēēēēēē', 'xyzá']) expect(isPinyinSyllable(s)).toBe(false);
  });
});

describe('mojibake', () => {
  it('repairs the shifted GBK sequences the editor has established', () => {
    const report = emptyReport();
    const text = '但這並不是諷刺中國AI的理由?!皼]有從頭發明xx技術”,並不代表不優秀';
    expect(repairMojibake(text, repairs, report)).toBe(
      '但這並不是諷刺中國AI的理由。“沒有從頭發明xx技術”,並不代表不優秀',
    );
    expect(report.mojibakeRepaired).toHaveLength(1);
  });

  it('repairs a garbled sentence end and drops the leftover tag', () => {
    const report = emptyReport();
    expect(repairMojibake('李彥宏也曾多次強調,“沒有應用,基礎模型一文不值?!?/p>', repairs, report)).toBe(
      '李彥宏也曾多次強調,“沒有應用,基礎模型一文不值。”',
    );
    expect(repairMojibake('AI產品頭頂?shù)倪_摩克里斯之劍', repairs, report)).toBe('AI產品頭頂上的達摩克里斯之劍');
  });

  it('cuts out and reports mojibake it has no repair for', () => {
    const report = emptyReport();
    const out = repairMojibake('這是新的亂碼?!鍊]沒有的句子', [], report);
    expect(out).not.toContain('鍊]');
    expect(out).not.toContain('?!');
    expect(report.mojibakeCut).toHaveLength(1);
    expect(report.mojibakeCut[0]!.context).toContain('亂碼');
  });

  it('leaves ordinary question marks alone', () => {
    const report = emptyReport();
    const text = '還能行得通嗎?不是不行,而是在技術推崇的環境下;區別在哪?國內大廠';
    expect(repairMojibake(text, repairs, report)).toBe(text);
    expect(report.mojibakeCut).toHaveLength(0);
  });
});

describe('punctuation', () => {
  it('turns ASCII punctuation between Chinese characters back into full width', () => {
    const report = emptyReport();
    const text = '今年開工第一天,OPPO創始人發布內部信,稱“2024年是AI手機元年”,區別在哪?國內大廠;見:較短(4秒)';
    expect(restoreFullWidthPunctuation(text, report)).toBe(
      '今年開工第一天，OPPO創始人發布內部信，稱“2024年是AI手機元年”，區別在哪？國內大廠；見：較短(4秒)',
    );
    expect(report.punctuationRestored).toBe(6);
  });

  it('leaves Latin text, numbers and addresses alone', () => {
    const report = emptyReport();
    const text = 'Generative AI, Act Two; 1,000; https://example.com/a?b=1; GPT-4o: yes!';
    expect(restoreFullWidthPunctuation(text, report)).toBe(text);
  });
});

describe('redactions', () => {
  it('keeps a visible gap that is not a name character', () => {
    const report = emptyReport();
    expect(markRedactions('讯飞星火、华为 *** 、腾讯混元', report)).toBe(`讯飞星火、华为 ${REDACTION_MARK} 、腾讯混元`);
    expect(report.redactions).toBe(1);
  });
});

describe('boilerplate', () => {
  it('separates comment prompts, reply timestamps, reprint notices and related-reading from the body', () => {
    const raw = [
      '標題行',
      '本文系本站新聞本站號特色內容激勵計劃簽約賬號【道總有理】原創內容,未經賬號授權,禁止隨意轉載',
      '正文第一段,字節跳動推出了豆包。',
      '圖片來源:@chiefaioffice',
      '作者:藏狐',
      '本文由人人都是產品經理合作媒體 @腦極體 授權發布,未經許可,禁止轉載。',
      '題圖來自 Unsplash,基于 CC0 協議',
      '- 目前還沒評論,等你發揮!',
      '发表评论',
      '2024-10-14 03:26:01回复',
      '鄭重聲明:本文版權歸原作者所有,轉載文章僅為傳播信息之目的',
      '相關閱讀:',
    ].join('\n');
    const result = cleanArticle(raw, { repairs, foldLine: foldText });
    expect(result.paragraphs).toEqual(['標題行', '正文第一段，字節跳動推出了豆包。']);
    expect(result.boilerplate).toHaveLength(10);
    expect(result.report.boilerplateLines).toEqual(result.boilerplate);
  });

  it('keeps body sentences that merely mention authors or sources', () => {
    const raw = '根據虎嗅統計的數據,從ChatGPT發布到現在,融資事件只有21起。\n吴晓波亦在书中提到:“这一轮创业……”';
    expect(cleanArticle(raw, { repairs, foldLine: foldText }).paragraphs).toHaveLength(2);
  });

  it("drops a Taiwan paper's app, LINE, Google News and podcast prompts, with what the reader gets after a comma", () => {
    for (const line of [
      '★ 追蹤某某新聞網 Google News',
      '👉 開啟某某電視 LINE 官方帳號',
      '立即加入「某某日報」LINE官方帳號，掌握最新財經消息',
      '加入《某某週刊》LINE好友，科技新聞不漏接',
      '🔔 訂閱某某財經Podcast，通勤時間聽新聞',
      '不用抽 不用搶 現在用APP看新聞 保證天天中獎',
      '扫码就能下载某某APP',
      '欢迎关注我们，获取更多AI资讯',
      '【更多新聞】',
      '更多某某週刊報導',
      '為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。',
    ])
      expect(furniture(line), line).toBe(true);
  });

  it('keeps news about apps, accounts and downloads', () => {
    for (const line of [
      '民眾可下載APP查詢',
      '民众需要下载APP才能预约',
      '下載量最高的App是某某。',
      '該公司表示，未經授權轉載其數據的網站將被起訴。',
      '某公司宣布加入LINE官方帳號計畫，將為中小商家提供免費的客服工具，預計明年上線。',
      '他表示，欢迎大家关注我们的新品。',
    ])
      expect(furniture(line), line).toBe(false);
  });

  it("drops a self-media article's standing notices", () => {
    for (const line of [
      '（完）',
      '本文作者：某某，百家号签约作者',
      '图片来源于网络，如有侵权请联系删除',
      '声明：本文内容来源于网络，如有侵权请联系删除',
      '创作声明：本文内容参考了公开报道',
      '本文仅供参考，不构成投资建议',
      '举报/反馈',
    ])
      expect(furniture(line), line).toBe(true);
  });

  it("drops an account's sign-off only where the article ends, never a quote inside it", () => {
    const signOffs = [
      '我是科技某某说，专注科技领域，欢迎关注我，带你了解更多科技资讯',
      '你怎么看？欢迎在评论区留言讨论。',
      '原创不易，喜欢的朋友可以点赞、收藏、转发支持一下',
    ];
    for (const line of signOffs) expect(isSignOff(foldText(line)), line).toBe(true);
    // The same invitation reported from a source is news.
    expect(isSignOff(foldText('某公司负责人表示，欢迎开发者在评论区留言反馈。'))).toBe(false);
    const body = [
      '某公司今天发布了新手机。',
      '一位用户说：“欢迎大家点赞转发。”后来这条视频播放量破了百万。',
      '新机将于下月上市。',
    ];
    const result = cleanArticle([...body, ...signOffs].join('\n'), { repairs, foldLine: foldText });
    expect(result.paragraphs).toEqual(body);
    expect(result.boilerplate).toEqual([...signOffs].reverse());
    // Mid-article, the same line stays: it is the closing run that is furniture.
    const middle = cleanArticle([body[0], signOffs[1], body[2]].join('\n'), { repairs, foldLine: foldText });
    expect(middle.paragraphs).toHaveLength(3);
  });
});

describe('news-page furniture lines (sites-2 shapes)', () => {
  it('recognises bylines, controls, contact lines, end markers and credits', () => {
    for (const line of [
      '澎湃新闻记者 林悦',
      '記者 王小明 李四',
      '字号',
      '字號：大 中 小',
      '某某新闻报料：021-962866',
      '投稿或寻求报道：content@example.com',
      '某某之心报道',
      '© THE END',
      'https://example.com/research/video-generation-models',
      '【相关阅读】某公司发布首款头显：售价3499美元',
      '（相關報導： 某人夜市吃美食 粉絲簽名｜更多文章 ）',
      'Notice: The content above is uploaded and posted by a user of a platform, which only provides information storage services.',
      '【某某新聞App】最新最快新聞資訊，即下載某某 App：https://example.me/',
      '上載日期：2024-06-11',
      '想請我們喝幾杯咖啡？',
      '每杯咖啡 65 元',
      '您的咖啡贊助將是讓我們持續走下去的動力',
      '（綜合報道）',
    ])
      expect(furniture(line), line).toBe(true);
  });

  it('keeps body sentences that mention reporting, coffee, apps, downloads and e-mail', () => {
    for (const line of [
      '澎湃新闻记者注意到，开售后多个渠道显示缺货。',
      '据路透社报道，该公司将裁员一成。',
      '彭博社引述知情人士報道，蘋果放棄研發電動車。',
      '他每天早上都会请同事喝咖啡，再开始一天的工作。',
      '该公司称，新版App的下载量在一周内突破一千万次。',
      '用户可下载App查询订单，也可以拨打客服电话。',
      '他在邮件中写道：“投稿请发至 editor@example.com，我们会尽快回复。”',
      '公司表示，报料人可致电021-12345678，信息将严格保密。',
      '该项目获得了多家企业的赞助，总金额超过一亿元。',
      '相关报道指出，该芯片的产能仍然紧张。',
      '英伟达高级研究科学家Jim Fan称，Sora是一个数据驱动的物理引擎。',
      '更新日期尚未公布，公司称将在下月宣布。',
    ])
      expect(furniture(line), line).toBe(false);
  });
});

describe('news-page furniture lines (sites-3 shapes)', () => {
  it("recognises a desk role's credit and a caption's own forms", () => {
    for (const line of [
      '核稿編輯：Chris',
      '执行编辑：王五',
      '（值班编辑：李四）',
      '文字编辑 | 赵六',
      '图为某新能源汽车工厂生产线。（资料图）',
      '图为发布会现场。',
      '圖為台北車站外景（中央社檔案照片）',
      '某公司总部大楼外景（资料图片）',
    ])
      expect(furniture(line), line).toBe(true);
  });

  it('keeps sentences about editors, pictures and archive photos', () => {
    for (const line of [
      '他告诉编辑：这篇稿子需要重写。',
      '副总编辑张某表示：报社将在下月推出新的栏目。',
      '图为什么会模糊，工程师给出了解释。',
      '公司试图为用户提供更多选择。',
      '资料图显示，该工厂的产能在过去一年翻了一番。',
      '编辑部表示，将在下月推出新的栏目。',
    ])
      expect(furniture(line), line).toBe(false);
  });
});
