/**
 * Predicates jieba's tags hide, on sentences written for these tests (fictional names, never
 * corpus or gold sentences): states and judgements said with an adjective or an idiom, verbs jieba
 * tags as adverbs or classifiers, the copula 为, rankings, a comparison with 比 that adds a
 * standard, and the pseudo-cleft (…的是X). Each comes with the fragment it must not turn into a
 * claim.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('predicates of state and judgement', () => {
  it('reads an idiom after a possessive as the predicate, and as a judgement', () => {
    const [claim] = claimsOf('事实上，云海集团在海外的压力显而易见。');
    expect(claim).toMatchObject({ modality: 'opinion' });
    expect(roles(claim).globex).toBe('agent');
  });

  it('reads a comparative adjective before 于 as the predicate, with the standard its object', () => {
    const [claim] = claimsOf('在国内市场，星辰科技的份额仍明显落后于云海集团。');
    expect(claim!.text).toContain('落后于云海集团');
    expect(roles(claim)).toMatchObject({ acme: 'agent', globex: 'object' });
  });

  it('reads a word before an aspect particle as a verb whatever jieba tags it', () => {
    const [claim] = claimsOf('蓝鲸智能、极光数据、星辰科技等公司也纷纷更新了自家模型。');
    expect(claim).toBeDefined();
    expect(roles(claim)).toMatchObject({ initech: 'listed', hooli: 'listed', acme: 'listed' });
  });

  it('reads 为 after an adverb as the copula when no verb follows', () => {
    const [claim] = claimsOf('远山资本和云海集团均为蓝鲸智能的股东。');
    expect(claim).toBeDefined();
    expect(roles(claim).umbrella).toBe('agent');
  });

  it('keeps 为 before a verb a preposition: the verb is the predicate', () => {
    const [claim] = claimsOf('云海集团已为上千家企业提供云服务。');
    expect(claim!.text).toBe('云海集团已为上千家企业提供云服务。');
    expect(roles(claim).globex).toBe('agent');
  });

  it('reads a noun jieba tags after a manner adverb (正式/ad) as the verb', () => {
    const [claim] = claimsOf('云海集团于次年6月正式立案。');
    expect(roles(claim).globex).toBe('agent');
  });

  it('reads the word after a progressive 在 (after an adverb) as the verb, not a place', () => {
    const [claim] = claimsOf('星辰科技同样在加码AI。');
    expect(claim!.text).toBe('星辰科技同样在加码AI。');
    expect(roles(claim).acme).toBe('agent');
  });

  it('reads 显示为 as a copula, not as data showing what follows', () => {
    const [claim] = claimsOf('5月9日晚间，星辰科技副总裁李明的内部账号状态显示为“离职”。');
    expect(claim!.text).toBe('5月9日晚间，星辰科技副总裁李明的内部账号状态显示为“离职”。');
    expect(claim!.attribution.kind).toBe('article');
  });

  it('still needs a predicate: a possessive noun phrase alone is no claim', () => {
    expect(claimsOf('星辰科技在海外的新款芯片。')).toEqual([]);
  });
});

describe('rankings and comparisons', () => {
  it('ranks two subjects joined by 与 after a name the gazetteer lacks, as a claim of their own', () => {
    const found = claimsOf('星辰科技首季出货1200万台，稳居第三；青木科技与极光数据分列第四、第五。');
    expect(found).toHaveLength(2);
    expect(roles(found[0])).toEqual({ acme: 'agent' });
    expect(roles(found[1])).toEqual({ hooli: 'agent' });
  });

  it('makes a clause opening on 比 and a name a comparison of its own about the same subject', () => {
    const found = claimsOf('今年5月，云海集团推出了Nova，比星辰科技晚了大约9个月。');
    expect(found).toHaveLength(2);
    expect(found[0]!.text).toBe('今年5月，云海集团推出了Nova');
    expect(found[1]!.text).toBe('云海集团…比星辰科技晚了大约9个月。');
    expect(roles(found[1])).toMatchObject({ globex: 'agent', acme: 'object' });
  });
});

describe('pseudo-clefts (…的是X)', () => {
  it('makes the name after the copula who the claim is about, and the superlative a judgement', () => {
    const [claim] = claimsOf('表现最亮眼的是星辰科技。');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.modality).toBe('opinion');
  });

  it('keeps three or more names after the copula listed', () => {
    const [claim] = claimsOf('参与起草的还包括星辰科技、云海集团、蓝鲸智能等公司。');
    expect(roles(claim)).toEqual({ acme: 'listed', globex: 'listed', initech: 'listed' });
  });

  it('does not make a name inside a modifier of the focus its subject', () => {
    const [claim] = claimsOf('受冲击最大的将是基于Nova开发应用的企业客户。');
    expect(roles(claim).nova ?? 'mentioned').toBe('mentioned');
  });

  it('still drops a clause that opens on its verb with no cleft and no subject', () => {
    expect(claimsOf('正视Nova给行业带来的变化与挑战。')).toEqual([]);
  });

  it('still drops a cleft whose focus is a pronoun with no antecedent', () => {
    expect(claimsOf('表现最亮眼的是这家公司。')).toEqual([]);
  });
});

describe('a model code standing for its maker', () => {
  it('gives a proposition opened by a model code to the company the article named making it', () => {
    const carry = { topic: null };
    claimsOf('为保住市场，星辰科技随后开发了X9、X7两款芯片。', '2024-03-15', carry);
    const [claim] = claimsOf('据知情人士透露，X9原定去年11月推出，但因故延后至今年第一季。', '2024-03-15', carry);
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.modality).toBe('reported');
  });

  it('guesses no maker for a code the article never named with one', () => {
    expect(claimsOf('云海集团发布了新模型。X9的售价约为1.2万美元。')).toHaveLength(1);
  });
});

describe('answers and numbers', () => {
  it('reads an answer that plays a report down in its speech verb’s clause as a denial', () => {
    const [claim] = claimsOf('对此，星辰科技回应称这只是一次小范围的产品测试。');
    expect(claim).toMatchObject({ kind: 'denial', modality: 'denied' });
    expect(roles(claim).acme).toBe('agent');
  });

  it('joins a quote to the speaker after it in Traditional script too (…時說。)', () => {
    const found = claimsOf('「我們希望在保持獨立的前提下，獲得足夠的算力。」星辰科技執行長李明在接受採訪時說。');
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe('「我們希望在保持獨立的前提下，獲得足夠的算力。」星辰科技執行長李明在接受採訪時說。');
    expect(roles(found[0]).acme).toBe('agent');
  });

  it('does not split a clause at the comma grouping a number’s digits', () => {
    const [claim] = claimsOf('星辰科技预计，今年的出货量约在9,000万台上下。');
    expect(claim!.text).toBe('星辰科技预计，今年的出货量约在9,000万台上下。');
    expect(claim!.figures[0]).toMatchObject({ text: expect.stringContaining('9,000万台') });
  });
});

describe('a speaker going on into the next paragraph', () => {
  it('lets the next paragraph’s 其 refer to the company whose officer spoke', () => {
    const carry = { topic: null };
    claimsOf('星辰科技董事长李明坦言，公司的收入增长将面临压力。', '2024-03-15', carry);
    const [claim] = claimsOf('当被问及股东回报时，其表示公司在未来几年都不会考虑分红或回购。', '2024-03-15', carry);
    expect(roles(claim).acme).toBe('agent');
  });
});
