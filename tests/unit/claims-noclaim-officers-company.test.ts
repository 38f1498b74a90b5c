/**
 * 公司 in the words of a person who speaks for an organization (an officer named with it, or one
 * the article introduced with it) is that organization, not the topic the text was on before
 * (drafting.ts: officersCompany, as selfNamed does for an organization speaking).
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { claimsOf, roles } from './claims-fixture';

/** The claims of an article's paragraphs, in order, read as one article. */
function article(...paragraphs: string[]) {
  const carry: ParagraphCarry = { topic: null };
  return paragraphs.map((p) => claimsOf(p, '2024-03-15', carry));
}

describe('公司 in the words of a person placed in a company', () => {
  it('is the speaker’s company, not the topic before', () => {
    const said = article(
      '云海集团第二季度的毛利率降至31%。星辰科技首席财务官周明表示，公司下半年将推出两款新芯片。',
    )[0]![1];
    expect(said?.text).toContain('两款新芯片');
    expect(roles(said)).toEqual({ acme: 'agent' });
  });

  it('is so for a person the article introduced paragraphs before', () => {
    const claims = article(
      '星辰科技执行长周明出席了发布会。',
      '云海集团上季营收增长。周明表示，公司下半年将推出两款新芯片。',
    );
    expect(roles(claims[1]![1])).toEqual({ acme: 'agent' });
  });

  it('leaves 公司 to the topic when the speaker is placed in no company', () => {
    const said = article('云海集团第二季度的毛利率降至31%。一位分析师表示，公司下半年将推出两款新芯片。')[0]![1];
    expect(roles(said).acme).toBeUndefined();
  });
});
