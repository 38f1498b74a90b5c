/**
 * A speaking 他/她 opening its sentence, which no actor or placed person stands for, is the person
 * the gazetteer knows who spoke last: the speaker goes on (proposition-speaker.ts: speakerGoesOn);
 * words he says as his organization (我们) are the organization's act.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a speaking 他 right after a gazetteer person spoke', () => {
  it('is that person, and 我们 in his words is his company acting', () => {
    const [, said] = claimsOf(
      '星辰科技执行长张明远在发布会上表示，新芯片在利雅德上线后的表现超出预期。他说：“我们对海外市场的投入是长期的。”',
    );
    expect(said?.text).toContain('海外市场的投入');
    expect(said?.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
    expect(roles(said)).toEqual({ zhang: 'mentioned', acme: 'agent' });
  });

  it('is that person even when the sentence before was about his company', () => {
    const [, said] = claimsOf(
      '执行长李思源在发布会上形容，这是星辰科技史上最快的产品放量。他表示：“市场对Nova的需求非常惊人。”',
    );
    expect(said?.attribution).toMatchObject({ kind: 'person', entityId: 'li' });
    expect(roles(said)).toMatchObject({ li: 'agent' });
  });

  it('does not reach past a sentence that names no speaker of its own to an unnamed source', () => {
    const [, said] = claimsOf('一位接近星辰科技的人士透露，新芯片将在三月量产。他说：“产能已经排满了。”');
    expect(said?.attribution.entityId).toBeUndefined();
  });
});
