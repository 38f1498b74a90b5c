/**
 * A speaker's pieces (tests/claims-eval/README.md, "Comma-joined facts": 雷军宣布，A，B，C → three
 * claims, all the speaker's): an impersonal 预计 under a speaker's frame is the speaker's own
 * estimate, not the writer's, and the pieces after it keep the speaker and the forecast.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

describe('an impersonal 预计 under a speaker in force', () => {
  it('keeps the speaker as the source of the estimate', () => {
    const claims = claimsOf('李思源表示，预计云海集团明年将在成都新建数据中心。');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.modality).toBe('forecast');
    expect(claims[0]!.attribution.kind).toBe('person');
    expect(claims[0]!.attribution.entityId).toBe('li');
  });

  it('keeps the speaker on a piece after 并预计', () => {
    const claims = claimsOf('王海川在致股东信中称，蓝鲸智能将削减营销开支，并预计Lyra的付费用户将在年内翻番。');
    expect(claims).toHaveLength(2);
    for (const c of claims) {
      expect(c.attribution.entityId, c.text).toBe('wang');
      expect(c.modality, c.text).toBe('forecast');
    }
  });

  it('keeps an unnamed speaker as the source too', () => {
    // (An analyst the gazetteer lacks: the unnamed source's estimate, not the writer's.)
    const claims = claimsOf('有分析人士认为，预计云海集团明年将在成都新建数据中心。');
    expect(claims[0]!.attribution.kind).toBe('unnamed');
  });
});
