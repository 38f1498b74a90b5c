/**
 * Ambiguous names on pages no one here wrote: each sentence is a whole "page", resolved with
 * the shipped recognizer and page-level evidence. Expectations are what a careful reader says,
 * in both scripts: 豆包 the app vs a steamed bun, 苹果 the company vs the fruit, 他问道 vs 携程问道.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Recognizer } from '../../lib/match/recognizer';
import { resolveMentions } from '../../lib/match/evidence';
import { shippedRecognizer } from './shipped-corpus';

let recognizer: Recognizer;

beforeAll(() => {
  recognizer = shippedRecognizer();
});

function entitiesIn(page: string): string[] {
  const folded = recognizer.fold(page);
  return resolveMentions(folded, recognizer.match(folded), recognizer.byId).map((m) => m.entityId);
}

describe('ambiguous names in a tech context are marked', () => {
  it.each<[string, string[]]>([
    ['字节跳动旗下的豆包上线了新的对话功能，用户增长很快。', ['bytedance', 'doubao']],
    ['字節跳動旗下的豆包上線了新的對話功能。', ['bytedance', 'doubao']],
    ['豆包这款AI助手的月活用户已经过亿。', ['doubao']],
    ['阿里巴巴的夸克浏览器加入了AI搜索。', ['alibaba', 'quark']],
    ['阿里巴巴的夸克瀏覽器加入了AI搜尋。', ['alibaba', 'quark']],
    ['苹果发布了新款iPhone，主打端侧AI。', ['apple', 'iphone']],
    ['蘋果發表新款iPhone，主打端側AI。', ['apple', 'iphone']],
    ['三星在MWC上展示了Galaxy手机的AI功能。', ['samsung', 'mwc']],
    ['荣耀手机接入了大模型，赵明称这是AI手机的开始。', ['honor']],
    ['榮耀手機接入了大模型。', ['honor']],
    ['快手的可灵视频生成模型面向用户开放。', ['kuaishou', 'kling']],
    ['快手的可靈影片生成模型向用戶開放。', ['kuaishou', 'kling']],
    ['携程问道是携程推出的旅行大模型。', ['ctrip-wendao', 'ctrip']],
    ['小米发布了搭载澎湃OS的新手机，雷军亲自站台。', ['xiaomi', 'lei-jun']],
    ['微软把Copilot集成进了Windows和Office。', ['microsoft', 'microsoft-copilot']],
    ['月之暗面的Kimi主打长文本能力。', ['moonshot-ai', 'kimi']],
    ['360集团的360智脑开启企业内测。', ['qihoo-360', '360-brain']],
    ['讯飞星火与文心一言都是国产大模型。', ['iflytek-spark', 'ernie-bot']],
    ['訊飛星火與文心一言都是國產大模型。', ['iflytek-spark', 'ernie-bot']],
    ['华为云的盘古大模型面向行业客户。', ['huawei-cloud', 'pangu']],
    // 阿里雲百煉 is one name (an alias of 百炼), longer than 阿里雲.
    ['開發者可以在阿里雲百煉上搭建大模型應用。', ['bailian']],
    ['钉钉的AI助理帮企业用户整理会议纪要。', ['dingtalk']],
    ['网易有道的子曰大模型用于教育场景。', ['youdao', 'ziyue']],
  ])('%s', (page, expected) => {
    expect(entitiesIn(page)).toEqual(expected);
  });
});

describe('the same words in their everyday sense are not', () => {
  it.each<string>([
    '早餐吃了两个豆包，还喝了一碗小米粥。',
    '早餐吃了兩個豆包，還喝了一碗小米粥。',
    '奶奶蒸的豆包馅儿是红豆沙。',
    '物理课上老师讲到了夸克和胶子。',
    '物理課上老師講到了上夸克與下夸克。',
    '他每天吃一个苹果，喝一杯苹果汁。',
    '他每天吃一個蘋果，喝一杯蘋果汁。',
    '周末去四川看了三星堆遗址。',
    '週末去四川看了三星堆遺址。',
    '这份荣耀归于每一位队员。',
    '這份榮耀歸於每一位隊員。',
    '“你吃过了吗？”他问道。',
    '「你吃過了嗎？」她問道。',
    '子曰：学而时习之，不亦说乎。',
    '子曰：學而時習之，不亦說乎。',
    '星星之火，可以燎原。',
    '盘古开天辟地的神话流传很广。',
    '盤古開天闢地的神話流傳很廣。',
    '好钢是百炼成钢，人也一样。',
    '他拿起锤子去钉钉子。',
    '他拿起錘子去釘釘子。',
    '这件事已经板上钉钉了。',
    '镜头旋转了360度。',
    '鏡頭旋轉了360度。',
    '周末去阿里山看日出。',
    '週末去阿里山看日出。',
    '这道快手菜十分钟就能做好。',
    '他去过喜马拉雅山。',
    '孩子们最喜欢迪迦奥特曼。',
  ])('%s', (page) => {
    expect(entitiesIn(page)).toEqual([]);
  });
});

describe('longest names, blockers inside text, word boundaries, script variants', () => {
  it.each<[string, string[]]>([
    ['华为云和华为不是同一个条目。', ['huawei-cloud', 'huawei']],
    ['華為雲和華為不是同一個條目。', ['huawei-cloud', 'huawei']],
    ['腾讯混元是腾讯的大模型。', ['hunyuan', 'tencent']],
    ['文心一言属于百度的文心大模型家族。', ['ernie-bot', 'baidu', 'ernie']],
    ['京东方是面板厂商，京东是电商。', ['jd']],
    ['京東方是面板廠商，京東是電商。', ['jd']],
    ['OpenAI发布了Sora；Soraya只是一个名字。', ['openai', 'sora']],
    ['OPPO的新手机售价3600元。', ['oppo']],
    ['字節跳動、字节跳动和ByteDance是同一家公司。', ['bytedance', 'bytedance', 'bytedance']],
    ['阿裏雲、阿里雲和阿里云都指向同一个云服务。', ['alibaba-cloud', 'alibaba-cloud', 'alibaba-cloud']],
    ['分析师郭明錤认为iPhone 16会是苹果的第一款AI手机。', ['guo-mingchi', 'iphone-16', 'apple']],
    ['这个文件有1024个字节，字节跳动则是一家公司。', ['bytedance']],
    ['GPT-4o比GPT-4更快，都来自OpenAI。', ['gpt-4o', 'gpt-4', 'openai']],
  ])('%s', (page, expected) => {
    expect(entitiesIn(page)).toEqual(expected);
  });
});
