/**
 * Clauses the extractor read nothing from (twelfth session, from a checklist of constructions of
 * news prose): verbs jieba tags as nouns (为X代工, 任命X为, 向X供货), 对标X, a comparison ending on a
 * word of likeness (与X相当, 與X相若), the copula 为 after a name (X为Y的全资子公司), an adjective of
 * comparison before a measure (落后两代), a verbal noun after an adverb of aspect (正在满负荷生产),
 * and a share's price answering an act (发布…，股价急升…). Fictional sentences only (see
 * claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { Segmenter } from '../../lib/claims/segment';
import { claimsOf, roles } from './claims-fixture';

const withText = <T extends { text: string }>(claims: T[], part: string) => claims.find((c) => c.text.includes(part));

/** jieba's tag (after the re-tags) of `word` in `text`, 星辰科技 and 云海集团 as mentions. */
const segmenter = new Segmenter(['星辰科技', '云海集团']);
function tagOf(text: string, word: string): string | undefined {
  const mentions = ['星辰科技', '云海集团']
    .flatMap((name, k) => {
      const at = text.indexOf(name);
      return at >= 0 ? [{ start: at, end: at + name.length, entityId: k ? 'globex' : 'acme' }] : [];
    })
    .sort((a, b) => a.start - b.start);
  return segmenter.tokens(text, mentions).find((t) => t.word === word)?.tag;
}

describe('verbs jieba tags as nouns are predicates where a predicate stands', () => {
  it('reads 为X代工, 由X代工生产 and 向X供货 with the maker and the counterpart', () => {
    expect(roles(withText(claimsOf('星辰科技为云海集团代工芯片。'), '代工'))).toEqual({
      acme: 'agent',
      globex: 'object',
    });
    expect(roles(withText(claimsOf('星辰科技的新款手机由云海集团代工生产。'), '代工'))).toEqual({
      acme: 'object',
      globex: 'agent',
    });
    expect(roles(withText(claimsOf('星辰科技目前向云海集团供货。'), '供货'))).toEqual({
      acme: 'agent',
      globex: 'object',
    });
  });

  it('reads 任命X为 in both scripts', () => {
    expect(roles(withText(claimsOf('星辰科技任命张明远为首席执行官。'), '任命'))).toEqual({
      acme: 'agent',
      zhang: 'object',
    });
    expect(roles(withText(claimsOf('星辰科技昨日任命李思源為財務長。'), '任命'))).toEqual({
      acme: 'agent',
      li: 'object',
    });
  });

  it('reads one ending its clause after a time, and 对X立案 by a party outside the gazetteer', () => {
    expect(withText(claimsOf('星辰科技的新晶片预计明年第二季量产。'), '量产')?.modality).toBe('forecast');
    expect(withText(claimsOf('星辰科技的新晶片預計明年第二季量產。'), '量產')?.modality).toBe('forecast');
    expect(roles(withText(claimsOf('监管机构已对星辰科技立案调查。'), '立案'))).toEqual({ acme: 'object' });
  });

  it('leaves the noun use a noun', () => {
    expect(tagOf('星辰科技的代工业务营收增长20%。', '代工')).toBe('n');
    expect(tagOf('星辰科技的量产时间尚未确定。', '量产')).toBe('n');
  });
});

describe('a comparison with a rival is a claim', () => {
  it('reads 对标X as a verb', () => {
    expect(roles(withText(claimsOf('星辰科技的新模型对标云海集团的旗舰模型。'), '对标'))).toMatchObject({
      acme: 'agent',
    });
  });

  it('reads a word of likeness ending 与X… as the predicate, in both scripts', () => {
    expect(roles(withText(claimsOf('星辰科技的芯片性能与云海集团相当。'), '相当'))).toEqual({
      acme: 'agent',
      globex: 'object',
    });
    expect(roles(withText(claimsOf('Nova的推理效能與Orion相若。'), '相若'))).toEqual({
      nova: 'agent',
      orion: 'object',
    });
    expect(withText(claimsOf('星辰科技的芯片良率与云海集团不相上下。'), '不相上下')).toBeDefined();
  });

  it('reads an adjective of comparison before a measure as the predicate, in both scripts', () => {
    expect(withText(claimsOf('星辰科技的芯片性能落后两代。'), '落后两代')?.kind).toBe('comparison');
    expect(roles(withText(claimsOf('星辰科技的晶片效能落後兩代。'), '落後'))).toEqual({ acme: 'agent' });
  });
});

describe('the copula 为 after a name', () => {
  it('states what the named party is', () => {
    expect(roles(withText(claimsOf('极光数据为星辰科技的全资子公司。'), '全资子公司'))).toMatchObject({
      hooli: 'agent',
    });
    expect(roles(withText(claimsOf('星辰科技为全球最大的晶圆代工厂。'), '代工厂'))).toEqual({ acme: 'agent' });
  });

  it('keeps 为 a preposition before a verb', () => {
    expect(tagOf('星辰科技为用户提供云服务。', '为')).toBe('p');
    expect(tagOf('星辰科技为此次合作投入5亿元。', '为')).toBe('p');
  });
});

describe('a verbal noun after an adverb of aspect is the predicate', () => {
  it('reads 正在满负荷生产 as an act, in a reported clause too', () => {
    expect(roles(withText(claimsOf('星辰科技的工厂正在满负荷生产。'), '生产'))).toEqual({ acme: 'agent' });
    expect(roles(withText(claimsOf('星辰科技方面表示，工厂正在满负荷生产。'), '生产'))).toEqual({ acme: 'agent' });
  });

  it('leaves a verbal noun after a verb alone', () => {
    expect(tagOf('星辰科技的新产线已全面投入运营。', '运营')).toBe('vn');
  });
});

describe('a share price answering an act is a claim of its own', () => {
  it('cuts 股价 after a launch and after an announcement', () => {
    const launch = claimsOf('星辰科技在发布会上发布新模型，声称多项能力对标Orion，股价当日急升逾三成。');
    expect(withText(launch, '发布新模型')?.text).not.toContain('股价');
    expect(roles(withText(launch, '股价当日急升'))).toEqual({ acme: 'agent' });
    expect(withText(claimsOf('星辰科技昨日宣布裁员一成，股价应声下跌5%。'), '裁员')?.text).not.toContain('股价');
  });

  it('keeps a launch’s price and a share’s trading together', () => {
    expect(withText(claimsOf('星辰科技发布新款手机，售价4999元。'), '发布')?.text).toContain('售价');
    expect(withText(claimsOf('星辰科技股价收涨2.6%，报170.1港元。'), '收涨')?.text).toContain('报170.1港元');
  });
});

describe('对方 as a subject is the other party, never the one that acted', () => {
  it('is the counterpart named before', () => {
    const claims = claimsOf('星辰科技与云海集团达成合作，对方将为其提供算力。');
    expect(roles(withText(claims, '提供算力'))).toEqual({ globex: 'agent', acme: 'object' });
  });

  it('gives the company no act of a counterpart the gazetteer lacks', () => {
    const claims = claimsOf('星辰科技与一家荷兰公司达成合作，对方将获得星辰科技10%的股份。');
    expect(roles(withText(claims, '获得'))).not.toMatchObject({ acme: 'agent' });
  });
});

describe('a definite round opening a sentence that names no one is the round reported before', () => {
  const carry = () => ({}) as ParagraphCarry;

  it('makes the company the object of investors the gazetteer lacks', () => {
    const c = carry();
    claimsOf('星辰科技宣布完成5亿元融资。', '2024-03-15', c);
    const [claim] = claimsOf('本轮融资由红杉中国领投，老股东跟投。', '2024-03-15', c);
    expect(roles(claim)).toEqual({ acme: 'object' });
    expect(claim!.text).toContain('星辰科技');
  });

  it('makes it the agent of a round no investor is named in, and leaves a boom alone', () => {
    const claims = claimsOf('星辰科技宣布完成5亿元融资。本轮融资将主要用于模型研发。');
    expect(roles(withText(claims, '用于模型研发'))).toEqual({ acme: 'agent' });
    expect(withText(claimsOf('星辰科技宣布完成5亿元融资。这轮融资热潮更像一场泡沫。'), '热潮')).toBeUndefined();
  });
});
