/**
 * The candidate finder with the segmenter's words (as processArticle runs it): a name before
 * 公司 / 科技 / 模型 is a run of name-like words starting at a word boundary, never a predicate,
 * a measure phrase or a modifier. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../lib/library/candidates';
import { Segmenter } from '../../lib/claims/segment';
import { nodeJiebaTagger } from '../../lib/claims/node-jieba';
import { foldText } from '../../lib/text/convert';

const segmenter = new Segmenter([], nodeJiebaTagger());

/** The candidates in `text`, with `known` names already recognized there. */
const candidates = (text: string, known: string[] = []) =>
  findCandidates([text], {
    fold: foldText,
    knownSpans: (p) => {
      const f = foldText(p);
      return known.flatMap((k) => {
        const at = f.indexOf(foldText(k));
        return at < 0 ? [] : [{ start: at, end: at + k.length }];
      });
    },
    words: (f) => segmenter.tokens(f, []),
  });

const names = (text: string, known: string[] = []) => candidates(text, known).map((c) => `${c.name}:${c.type}`);

describe('findCandidates with word boundaries', () => {
  it('takes a name of nouns or unknown characters before the suffix', () => {
    expect(names('据悉，青禾科技已完成新一轮融资。')).toEqual(['青禾科技:company']);
    expect(names('上周，珠峰资本领投了这笔交易。')).toEqual(['珠峰资本:company']);
    expect(names('广州蓝湾科技有限公司成立于2019年。')).toEqual(['蓝湾科技:company']);
  });

  it('leaves out predicates and descriptions before 模型 / 公司', () => {
    expect(names('各家厂商纷纷发力大模型，市场竞争激烈。')).toEqual([]);
    expect(names('他们最初发力模型底座，随后转向应用。')).toEqual([]);
    expect(names('未来不仅要比拼大模型的能力，还要比拼服务。')).toEqual([]);
    expect(names('团队发布了一款擅长写代码的模型。')).toEqual([]);
    expect(names('这是一个专属模型，只服务于内部员工。')).toEqual([]);
    expect(names('那些新锐公司很快就拿到了订单。')).toEqual([]);
  });

  it('does not end a name on a suffix that modifies the next word', () => {
    expect(names('这条消息震撼了整个科技圈。')).toEqual([]);
    expect(names('资本市场对此反应平淡，科技巨头纷纷表态。')).toEqual([]);
    expect(names('新兴领域的创业公司们都在观望。')).toEqual([]);
  });

  it('reads a word after an adverb as a verb, and a stray character before a generic word as no name', () => {
    expect(names('管理层尚未表态公司是否出售。')).toEqual([]);
    expect(names('所谓“通用”，是指基础模型的能力。')).toEqual([]);
  });

  it('never reads a shorter suffix inside a rejected longer one (大模型 → 模型)', () => {
    expect(names('中美大模型的差距正在缩小。')).toEqual([]);
  });

  it('takes a proper name that jieba holds with its suffix as one word', () => {
    expect(names('联想集团今天公布了季度财报。')).toEqual(['联想:company']);
  });

  it('skips parameter sizes and adverbs after a title', () => {
    expect(names('该公司开源了一个72B模型。')).toEqual([]);
    expect(names('项目负责人无奈表示，进度会推迟。')).toEqual([]);
    expect(names('公司创始人余凯在会上发言。')).toContain('余凯:person');
  });

  it('takes an abbreviation only where it acts as a name, and no …aaS term', () => {
    expect(names('这款游戏的DAU在暑期翻了一倍，GMV也创了新高。')).toEqual([]);
    expect(names('越来越多的厂商开始提供MaaS服务。')).toEqual([]);
    expect(names('据QXR统计，今年的出货量下降了。')).toEqual(['QXR:company']);
    expect(names('KTM宣布将在明年发布新款芯片。')).toEqual(['KTM:company']);
  });

  it('reads a quote after a noun and 的 as scare quotes, after a verb as a name', () => {
    expect(names('这只是平台的“过渡形态”，不会长久。')).toEqual([]);
    expect(names('公司推出的“青鸟”很快走红。')).toEqual(['青鸟:product']);
  });

  it('extends a known name it continues', () => {
    expect(names('腾讯混元大模型已经开放了接口。', ['腾讯'])).toEqual(['腾讯混元:model']);
  });
});

describe('findCandidates: company names of ordinary words, by their role words', () => {
  const role = (text: string, known: string[] = []) =>
    candidates(text, known)
      .filter((c) => c.rules.includes('role'))
      .map((c) => `${c.name}:${c.type}`);

  it('takes a name before a founder, a chief or 旗下, after a clause start, 据 or 与', () => {
    expect(role('远山求索创始人周明表示，公司将继续投入长文本技术。')).toEqual(['远山求索:company']);
    expect(role('据星河之眼联合创始人刘洋介绍，端侧模型进展很快。')).toEqual(['星河之眼:company']);
    expect(role('與聽濤觀海創始人李文一樣，他也看好應用。')).toEqual(['聽濤觀海:company']);
    expect(role('云上拾光旗下的写作助手用户数突破千万。')).toEqual(['云上拾光:company']);
  });

  it('takes a maker after 由, a name in apposition to a kind noun, and a name of verbs before 公司', () => {
    expect(role('由远山求索开发的推理模型在多项评测中登顶。')).toEqual(['远山求索:company']);
    expect(role('杭州人工智能公司远山求索近日发布了新一代模型。')).toEqual(['远山求索:company']);
    expect(role('大模型创业公司星河之眼完成新一轮融资。')).toEqual(['星河之眼:company']);
    expect(role('去年，远山求索公司完成融资。')).toEqual(['远山求索:company']);
    expect(role('由国家数据局牵头，多部门联合出台了政策。')).toEqual(['国家数据局:organization']);
  });

  it('leaves pronouns, kinds, people, departments, counted kinds and phrases alone', () => {
    for (const text of [
      '业内人士表示，该公司创始人称不会出售股份。',
      '去年公司创始人离职后，团队进行了调整。',
      '由用户自行开发的插件已有上千个。',
      '由于算力紧张，部分厂商推迟了发布。',
      '向全体员工发出内部信，公司董事长表示要坚持长期投入。',
      '，生物医药公司创始人也表达了担忧。',
      '一家量化私募公司也在训练大模型。',
      '多家企业市场份额在下降。',
      '互联网公司裁员潮仍在继续。',
      '厂商产品经理的反馈显示，用户更在意价格。',
      '被投企业创始人需要签署协议。',
      '由研究团队开发的算法已开源。',
      '电商平台旗下的物流公司也受到影响。',
      '公司相关负责人表示，产品将于下月上市。',
    ])
      expect(role(text), text).toEqual([]);
  });

  it('leaves a known name to the recognizer', () => {
    expect(role('该平台由字节跳动开发，上线不到一年。', ['字节跳动'])).toEqual([]);
  });
});
