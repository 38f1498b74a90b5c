/**
 * A response after a fronted frame of what it answers (对于/针对…的消息，该公司…): the company noun
 * is the company the report is about, which is the silent party or the responder, `agent` (README:
 * silence and denials, stated by dev-2 … dev-12). Names acting inside the report are only mentioned.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('该公司 after an answered report', () => {
  it('makes the company the report is about the silent party', () => {
    const [c] = claimsOf('对于市场传出星辰科技已为云海集团量产芯片的消息，该公司未予回应。');
    expect(roles(c)).toEqual({ acme: 'agent', globex: 'mentioned' });
    expect(c!.kind).toBe('statement');
  });

  it('makes it the responder of a denial after 回应称', () => {
    const [c] = claimsOf('针对星辰科技将裁员的传闻，该公司回应称消息不实。');
    expect(roles(c)).toEqual({ acme: 'agent' });
    expect(c!.modality).toBe('denied');
    expect(c!.attribution).toMatchObject({ kind: 'organization', entityId: 'acme' });
  });

  it('leaves a named responder and a sentence with no answered frame as they were', () => {
    expect(roles(claimsOf('对于市场传出星辰科技将裁员的消息，云海集团未予回应。')[0]).globex).toBe('agent');
    const cs = claimsOf('有消息称星辰科技将裁员，该公司未予回应。');
    expect(roles(cs[cs.length - 1])).toEqual({ acme: 'agent' });
  });
});
