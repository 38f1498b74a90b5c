/**
 * Two parties joined as the subject of one verb of saying (A与B均表示, A和B都称) both say it and
 * both act in it (README: two names joined by 和/与 are both `agent`, dev-6, dev-8, dev-9; both
 * parties of a silence, dev-5). co-speakers.ts reads the construction.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('A与B均表示', () => {
  it('makes both the silent parties', () => {
    const [c] = claimsOf('星辰科技与云海集团昨日均表示，不评论市场传闻。');
    expect(roles(c)).toEqual({ acme: 'agent', globex: 'agent' });
  });

  it('makes both act in a plan they state', () => {
    const [c] = claimsOf('星辰科技和云海集团都表示，将继续扩大在华投资。');
    expect(roles(c)).toEqual({ acme: 'agent', globex: 'agent' });
  });

  it('leaves a counterpart inside what is said, and an owner of the speaker, as they were', () => {
    expect(roles(claimsOf('星辰科技表示，将与云海集团合作。')[0])).toEqual({ acme: 'agent', globex: 'object' });
    expect(roles(claimsOf('星辰科技和云海集团的发言人均表示，不评论市场传闻。')[0]).globex).toBe('mentioned');
  });
});
