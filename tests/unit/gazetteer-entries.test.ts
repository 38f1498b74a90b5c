/**
 * The gazetteer's entries as a reader sees them: the popover header's description (one line, a
 * sentence of at most 40 characters), no entry listing a name twice (a script variant or a case
 * variant of one of its own names, which the build already adds), and the names added in session 9
 * read in their sense and not in the everyday words that contain or resemble them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Recognizer } from '../../lib/match/recognizer';
import { resolveMentions } from '../../lib/match/evidence';
import { namesOf, parseGazetteer, type Entity } from '../../lib/corpus/gazetteer';
import { foldText, scriptVariants } from '../../lib/text/convert';
import { CORPUS_DIR, shippedRecognizer } from './shipped-corpus';

let recognizer: Recognizer;
let entities: Entity[];
beforeAll(() => {
  recognizer = shippedRecognizer();
  entities = parseGazetteer(parseYaml(readFileSync(join(CORPUS_DIR, 'entities.yaml'), 'utf8')));
});

function mentions(text: string): string[] {
  const folded = recognizer.fold(text);
  const inRange = recognizer.match(folded);
  return resolveMentions(folded, inRange, recognizer.byId, recognizer.lexicon).map(
    (m) => `${text.slice(m.start, m.end)}|${m.entityId}`,
  );
}

describe('descriptions', () => {
  it('are one sentence of at most 40 characters ending with 。', () => {
    const bad = entities
      .filter(
        (e) =>
          [...e.description].length > 40 || !e.description.endsWith('。') || e.description.slice(0, -1).includes('。'),
      )
      .map((e) => `${e.id}: ${e.description}`);
    expect(bad).toEqual([]);
  });
});

describe('names within one entry', () => {
  it('lists no name that another of its names already gives after script and case folding', () => {
    const repeated: string[] = [];
    for (const entity of entities) {
      const seen = new Map<string, string>();
      for (const name of [
        entity.name.hans,
        entity.name.hant,
        ...(entity.name.en ? [entity.name.en] : []),
        ...entity.aliases,
      ]) {
        // hans and hant are the two forms of one name by design; the rest must each add a form.
        const keys = scriptVariants(name).map(foldText);
        const earlier = keys.map((k) => seen.get(k)).find((n) => n !== undefined && n !== name);
        const isHant = name === entity.name.hant;
        if (earlier && !isHant) repeated.push(`${entity.id}: ${name} repeats ${earlier}`);
        for (const k of keys) if (!seen.has(k)) seen.set(k, name);
      }
    }
    expect(repeated).toEqual([]);
    expect(namesOf(entities.find((e) => e.id === 'elon-musk')!)).toContain('Elon Musk');
  });
});

describe('a longer name of another entity keeps its characters', () => {
  it('reads 王兴兴 as the Unitree founder, not 王兴 of Meituan', () => {
    expect(mentions('机器人公司的董事长王兴兴在发布会上演示了新款人形机器人。')).toEqual(['王兴兴|wang-xingxing']);
    expect(mentions('美团创始人王兴在内部信中谈到了即时零售。')).toEqual(['美团|meituan', '王兴|wang-xing']);
  });

  it('reads 鸿蒙智行 as the car brand alliance and 鸿蒙 as the operating system', () => {
    expect(mentions('鸿蒙智行的新车型将搭载最新的鸿蒙座舱。')).toEqual(['鸿蒙智行|hima', '鸿蒙|harmonyos']);
  });
});

describe('products that stand for their makers', () => {
  it('marks them in both scripts', () => {
    expect(mentions('这家车企的问界新车型订单超过预期。')).toEqual(['问界|aito']);
    expect(mentions('萝卜快跑宣布将在更多城市开展全无人驾驶测试。')).toEqual(['萝卜快跑|apollo-go']);
    expect(mentions('昆仑芯的新一代芯片进入量产，崑崙芯也在港股招股書中被提及。')).toEqual([
      '昆仑芯|kunlunxin',
      '崑崙芯|kunlunxin',
    ]);
    expect(mentions('用戶可以在微信與支付寶裡直接付款。')).toEqual(['微信|wechat', '支付寶|alipay']);
  });

  it('does not read the myth of 鸿蒙 or the OpenAtom project as HarmonyOS', () => {
    expect(mentions('古人相信鸿蒙初辟之时，天地尚未分开。')).toEqual([]);
    expect(mentions('开源鸿蒙社区新增了几家贡献单位。')).toEqual([]);
  });

  it('reads 昇腾 only with evidence: 昇 folds to 升, and rising steam is not a chip', () => {
    expect(mentions('这批服务器全部采用昇腾芯片，算力比上一代翻倍。')).toEqual(['昇腾|ascend']);
    expect(mentions('壶里的水开了，白色的蒸汽升腾而出。')).toEqual([]);
    expect(mentions('傍晚的山谷里雾气升腾，景色格外好看。')).toEqual([]);
  });

  it('reads 元宝 as the assistant app only with evidence', () => {
    expect(mentions('元宝上线了新功能，用户可以直接调用深度思考。')).toEqual(['元宝|yuanbao']);
    expect(mentions('春节前，奶奶把饺子捏成元宝的样子，说是图个好彩头。')).toEqual([]);
    expect(mentions('博物馆展出了一枚清代的银元宝。')).toEqual([]);
  });

  it('reads 超微 as AMD in Taiwan copy with evidence, not Supermicro (美超微) nor the adjective', () => {
    expect(mentions('超微昨日發表新一代加速器，正面迎戰輝達。')).toContainEqual('超微|amd');
    expect(mentions('伺服器大廠美超微第三季營收創新高。').filter((m) => m.endsWith('|amd'))).toEqual([]);
    expect(mentions('這款超微型相機只有硬幣大小。')).toEqual([]);
    expect(mentions('研究團隊用超微距鏡頭拍下了昆蟲的眼睛。')).toEqual([]);
  });

  it('reads 千问 as the Qwen app, not a count of questions after a numeral', () => {
    expect(mentions('千问App的新版本支持拍照解题。')).toEqual(['千问App|tongyi-qianwen']);
    expect(mentions('这个客服团队每天要处理上千问题。')).toEqual([]);
    expect(mentions('课题组一共发放了数千问卷。')).toEqual([]);
  });
});

describe('English names that are also other things', () => {
  it('does not read meta-analysis as Meta', () => {
    expect(mentions('作者汇总了十五项研究做Meta分析，发现两组没有显著差异。')).toEqual([]);
    expect(mentions('这篇meta-analysis纳入了三千多名患者。')).toEqual([]);
    expect(mentions('Meta推出了新的开源模型。')).toEqual(['Meta|meta']);
  });

  it('does not read Claude Shannon as the model', () => {
    expect(mentions('课本里介绍了Claude Shannon在1948年发表的论文。')).toEqual([]);
    expect(mentions('Claude在长文档总结上表现稳定。')).toEqual(['Claude|claude']);
  });

  it('reads Gemini as the model with evidence, not as the crypto exchange', () => {
    expect(mentions('这家交易所Gemini周二宣布暂停部分加密货币提现。')).toEqual([]);
    expect(mentions('Gemini的新版本上线了深度研究功能。')).toEqual(['Gemini|gemini']);
  });
});
