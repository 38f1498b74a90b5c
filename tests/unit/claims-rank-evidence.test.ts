/**
 * What a card shows first, through the real extractor: sentences written for these tests (the
 * fixture's fictional gazetteer), extracted as a paragraph, scored and ranked as the compiler and
 * the card do.
 */
import { describe, expect, it } from 'vitest';
import { cardTexts as card, compiledClaims as compiled } from './claims-fixture';
import { openQuestion, ownerAtHead, unanchored, unattributedQuote } from '../../lib/claims/evidence';

describe('openQuestion: a claim that only asks about the entity', () => {
  it('is a question, or every clause naming the entity is an embedded question said to be open', () => {
    expect(openQuestion('星辰科技何时推出新模型，仍是未知数。', ['星辰科技'])).toBe(true);
    expect(openQuestion('星辰科技的新模型何时上线，成了业界最大的悬念。', ['星辰科技'])).toBe(true);
    expect(openQuestion('星辰科技有没有能力追上云海集团，仍是个问号。', ['星辰科技'])).toBe(true);
    expect(openQuestion('至於星辰科技會否跟進降價，目前尚不明確。', ['星辰科技'])).toBe(true);
    expect(openQuestion('星辰科技会跟进降价吗？', ['星辰科技'])).toBe(true);
  });

  it('is not a claim that names the entity outside the question, nor an open question without one', () => {
    expect(openQuestion('星辰科技的月活用户已突破5000万，但能否留住用户仍是未知数。', ['星辰科技'])).toBe(false);
    expect(openQuestion('星辰科技介绍了如何在手机上使用Nova。', ['星辰科技'])).toBe(false);
    expect(openQuestion('星辰科技称，新模型的上线时间尚不明确。', ['星辰科技'])).toBe(false);
    expect(openQuestion('星辰科技卖出了多少台手机，公司并未披露。', ['云海集团'])).toBe(false);
  });

  it('keeps an open question off the card, through the extractor', () => {
    for (const sentence of [
      '星辰科技何时推出新模型，仍是未知数。',
      '星辰科技的新模型何时上线，成了业界最大的悬念。',
      '星辰科技有没有能力追上云海集团，仍是个问号。',
    ]) {
      expect(card('acme', compiled(sentence))).toEqual([]);
    }
    // What the sentence does state stays.
    expect(card('acme', compiled('星辰科技的月活用户已突破5000万，但能否留住用户仍是未知数。'))).toEqual([
      '星辰科技的月活用户已突破5000万',
    ]);
  });
});

describe('ownerAtHead: the entity named only as the owner of the subject', () => {
  it('finds X的Y at the head, not X acting or named again', () => {
    expect(ownerAtHead('星辰科技的新办公楼已经落成。', ['星辰科技'])).toBe(true);
    expect(ownerAtHead('而星辰科技的回归，恰好与云海集团的坏消息撞在一起。', ['星辰科技'])).toBe(true);
    expect(ownerAtHead('星辰科技已经落成了新办公楼。', ['星辰科技'])).toBe(false);
    expect(ownerAtHead('星辰科技的新办公楼落成后，星辰科技将搬迁总部。', ['星辰科技'])).toBe(false);
    expect(ownerAtHead('云海集团收购了星辰科技的芯片业务。', ['星辰科技'])).toBe(false);
  });

  it('puts an owner-only claim with nothing to pin it down after the entity’s own facts, and keeps it', () => {
    // Two bare statements of the same weight: without the owner's penalty the shorter comes first.
    const claims = compiled('星辰科技的新办公楼已经落成。星辰科技多年来一直坚持自己研发芯片。');
    expect(claims.map((c) => c.score)).toEqual([claims[1]!.score, claims[0]!.score]);
    expect(card('acme', claims)).toEqual(['星辰科技多年来一直坚持自己研发芯片。', '星辰科技的新办公楼已经落成。']);
    // Alone, it is still the card's claim: fewer claims, not an empty card.
    expect(card('acme', compiled('星辰科技的新办公楼已经落成。'))).toHaveLength(1);
  });

  it('leaves a figure of the entity’s own where it was (X的用户规模…)', () => {
    const claims = compiled('星辰科技的用户规模已突破2亿。星辰科技宣布推出面向企业的助手。');
    expect(unanchored(claims[0]!)).toBe(false);
    expect(card('acme', claims)[0]).toBe('星辰科技的用户规模已突破2亿。');
  });
});

describe('a speaker named after what was said', () => {
  it('shows the quote or the report with its speaker on the card, through the extractor', () => {
    expect(card('acme', compiled('“星辰科技今年一定会推出手机。”张明远在发布会上说。'))).toEqual([
      '“星辰科技今年一定会推出手机。”张明远在发布会上说。',
    ]);
    expect(card('acme', compiled('星辰科技下月将裁员一成，一位接近该公司的人士透露。'))).toEqual([
      '星辰科技下月将裁员一成，一位接近该公司的人士透露。',
    ]);
  });
});

describe('unattributedQuote: words cut from inside a quotation without their speaker', () => {
  const article = { attribution: { kind: 'article' as const, text: '' } };
  const person = { attribution: { kind: 'person' as const, text: '张明远' } };

  it('finds a quotation opened or closed outside the span, when nobody is said to speak', () => {
    expect(unattributedQuote(article, '星辰科技的价格战打不了多久。”')).toBe(true);
    expect(unattributedQuote(article, '“星辰科技今年会推出三款新模型。')).toBe(true);
    expect(unattributedQuote(article, '「雲海集團的報價遲早會跟進。')).toBe(true);
    // A whole quotation, a speaker kept, or no quotation at all.
    expect(unattributedQuote(article, '“星辰科技今年会推出三款新模型。”张明远说。')).toBe(false);
    expect(unattributedQuote(person, '星辰科技的价格战打不了多久。”')).toBe(false);
    expect(unattributedQuote(article, '星辰科技推出了“星河”助手。')).toBe(false);
  });

  it('keeps the second sentence of a quotation off the card, through the extractor', () => {
    // (A quotation's later sentence keeps the speaker who opened it, session 11: it is no longer
    // unattributed, and may be shown with its speaker.)
    const claims = compiled('云海集团总裁在会上说：“我们不会降价。星辰科技的价格战打不了多久。”');
    const later = claims.find((c) => c.entities.some((e) => e.id === 'acme' && e.role === 'agent'));
    expect(later?.attribution.kind).toBe('person');
    expect(unattributedQuote(later!, later!.text)).toBe(false);
    // Without its speaker (the article's voice) it stays off the card.
    expect(card('acme', [{ ...later!, attribution: { kind: 'article', text: '' } }])).toEqual([]);
    // The quotation's last sentence carries its speaker named after it: shown.
    expect(card('globex', compiled('“星辰科技今年会推出三款新模型。云海集团则会在年底跟进。”张明远说。'))).toEqual([
      '云海集团则会在年底跟进。”张明远说。',
    ]);
  });
});
