import { describe, expect, it } from 'vitest';
import {
  cleanArticle,
  emptyReport,
  isPinyinSyllable,
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
});
