/**
 * Names only mentioned where they stand in the sentence's structure (the fifteenth session's
 * mention audit): a tool built in by someone other than its maker, the users of a company's
 * ecosystem or platform, a company named inside a book's title. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { cardTexts, claimsOf, compiledClaims, roles } from './claims-fixture';

describe('a model built in by a company that did not make it (roles.ts toolsBuiltInByOthers)', () => {
  const text = '星辰科技昨日发布了新款手机，并宣布与蓝鲸智能合作，将Lyra接入语音助手。';

  it('leaves the model mentioned once the zero subject is known to be another company', () => {
    const built = claimsOf(text).find((c) => c.text.includes('Lyra'));
    expect(roles(built)).toMatchObject({ acme: 'agent', lyra: 'mentioned' });
  });

  it('does not show the claim on the model’s card', () => {
    expect(cardTexts('lyra', compiledClaims(text)).some((t) => t.includes('Lyra'))).toBe(false);
  });

  it('keeps a model its own maker builds in the object', () => {
    const own = claimsOf('蓝鲸智能昨日发布了新版办公套件，并将Lyra接入了其中的写作工具。').find((c) =>
      c.text.includes('Lyra'),
    );
    expect(roles(own)).toMatchObject({ initech: 'agent', lyra: 'object' });
  });
});

describe('the users of a company’s ecosystem or platform (passing.ts usersOf)', () => {
  it('leaves the owner of 生态的开发者 and 平台上的商家 mentioned', () => {
    const [developers] = claimsOf('云海集团向Nova生态的开发者开放了Orion。');
    expect(roles(developers)).toMatchObject({ globex: 'agent', nova: 'mentioned', orion: 'object' });
    const [sellers] = claimsOf('云海集团为模型广场平台上的商家推出了一套新工具。');
    expect(roles(sellers)).toMatchObject({ globex: 'agent', hub: 'mentioned' });
    expect(cardTexts('nova', compiledClaims('云海集团向Nova生态的开发者开放了Orion。'))).toEqual([]);
  });

  it('still makes the company the preposition reaches the counterpart', () => {
    const [direct] = claimsOf('云海集团向Nova开放了Orion的接口。');
    expect(roles(direct)?.nova).toBe('object');
  });
});

describe('a company named inside a longer title (roles.ts topicOwners)', () => {
  it('does not make the company the owner, and so the agent, of the work', () => {
    const book = claimsOf('《星辰科技十年》一书昨日出版，首印10万册。').find((c) => c.text.includes('一书'));
    expect(roles(book)?.acme).toBe('mentioned');
    // (The clause after it still carries the title's company as its zero subject: propositions.ts.)
    const card = cardTexts('acme', compiledClaims('《星辰科技十年》一书昨日出版，首印10万册。'));
    expect(card.some((t) => t.includes('一书'))).toBe(false);
  });

  it('still makes the owner of a plain noun phrase the agent', () => {
    const [own] = claimsOf('星辰科技今年的出货目标为1000万台。');
    expect(roles(own)?.acme).toBe('agent');
  });
});
