/**
 * A person the article introduced with an organization (星辰科技董事长周明) is one word wherever the
 * text names them again, though jieba, not knowing the name, cuts it into characters and joins its
 * last one to the verb of saying after it (周/明说, 徐/立/坦言): the speaker is read, and what
 * they say for the organization is a claim of it (speakers.ts: joinNames).
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { claimsOf, roles } from './claims-fixture';

/** The claims of an article's paragraphs, in order, read as one article. */
function article(...paragraphs: string[]) {
  const carry: ParagraphCarry = { topic: null };
  return paragraphs.map((p) => claimsOf(p, '2024-03-15', carry));
}

describe('a learned name cut by jieba before a verb of saying', () => {
  it('reads 周明说 as 周明 saying, for his company', () => {
    const said = article('星辰科技董事长周明在发布会上介绍了新款芯片。', '周明说，新工厂的产能明年会翻一番。')[1]![0];
    expect(said?.text).toContain('新工厂的产能');
    expect(said?.attribution).toMatchObject({ kind: 'person' });
    expect(roles(said)).toEqual({ acme: 'agent' });
  });

  it('reads a Traditional three-character name before 預估 and 說', () => {
    const claims = article(
      '蓝鲸智能執行長賀立揚在法說會上指出，伺服器營收年增逾三成。',
      '展望下半年，賀立揚預估，營運將較上半年顯著成長。',
      '賀立揚說，新廠的良率已經追上舊廠。',
    );
    const forecast = claims[1]![0];
    const said = claims[2]![0];
    expect(roles(forecast)).toEqual({ initech: 'agent' });
    expect(forecast?.modality).toBe('forecast');
    expect(roles(said)).toEqual({ initech: 'agent' });
  });

  it('leaves a sentence alone when no one was introduced', () => {
    const said = article('周明说，新工厂的产能明年会翻一番。')[0]![0];
    expect(said).toBeUndefined();
  });

  it('does not join a name that runs into a word other than a verb of saying', () => {
    // (周明 learned; 周明星 is a different word: 明星 is a noun, so no name is read there.)
    const claims = article(
      '星辰科技董事长周明在发布会上介绍了新款芯片。',
      '周明星光熠熠的发布会吸引了云海集团的关注。',
    )[1]!;
    expect(claims.every((c) => c.attribution.kind !== 'person')).toBe(true);
  });
});
