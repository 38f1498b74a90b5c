import { describe, expect, it } from 'vitest';
import type { GoldClaim } from '../../lib/evaluation/gold';
import type { ExtractedClaim, Instance } from '../../lib/evaluation/eval';
import { auditQuantities, formatAudit } from '../../lib/evaluation/quantity-audit';

// One gold claim and the claim matched to it (same span, same agent), written for this test.
const gold: GoldClaim = {
  articleId: 'a1',
  paragraph: 0,
  start: 0,
  end: 30,
  where: 'gold/a1.yaml claim 1',
  text: '星辰科技营收52亿元，同比增长18%，员工逾500人',
  entities: { acme: 'agent' },
  kind: 'figure',
  modality: 'fact',
  attribution: { kind: 'article' },
  figures: [
    { text: '52亿元', min: 5.2e9, max: 5.2e9, unit: 'CNY' },
    { text: '18%', min: 18, max: 18, unit: 'percent' },
    { text: '逾500人', min: 500, max: null, unit: 'people' },
  ],
  dates: [{ text: '第三季', iso: '2024-Q3' }],
};

function matched(figures: ExtractedClaim['figures'], dates: ExtractedClaim['dates']): Instance {
  const source = { articleId: 'a1', paragraph: 0, start: 0, end: 30 };
  const claim: ExtractedClaim = {
    id: 'c1',
    text: gold.text,
    kind: 'figure',
    modality: 'fact',
    attribution: { kind: 'article', entityId: null },
    entities: new Map([['acme', 'agent']]),
    figures,
    dates,
    sources: [source],
  };
  return { claim, source };
}

describe('the figures and dates of matched claims, as a reader meets them', () => {
  it('counts each gold figure right, wrong or missing, and each figure gold does not name as extra', () => {
    const audit = auditQuantities(
      [gold],
      [
        matched(
          [
            { text: '52亿元', min: 5.2e9, max: 5.2e9, unit: 'CNY' },
            // (count and people are one unit to a reader: the floor read as exact is what is wrong.)
            { text: '逾500人', min: 500, max: 500, unit: 'count' },
            { text: '两年', min: 2, max: 2, unit: 'years' },
          ],
          [
            { text: '第三季', iso: '2023-Q3' },
            { text: '去年', iso: '2023' },
          ],
        ),
      ],
    );
    expect(audit.figures).toEqual({ right: 1, wrong: 1, missing: 1, extra: 1 });
    expect(audit.dates).toEqual({ right: 0, wrong: 1, missing: 0, extra: 1 });
    expect(audit.lines.filter((l) => l.includes('figure wrong'))[0]).toContain('逾500人 500–∞ people');
    expect(formatAudit('a', audit, false)).toBe(
      'a: figures right 1, wrong 1, missing 1, extra 1; dates right 0, wrong 1, missing 0, extra 1',
    );
  });

  it('counts nothing for a claim matched to no gold claim (another agent)', () => {
    const other = matched([{ text: '52亿元', min: 5.2e9, max: 5.2e9, unit: 'CNY' }], []);
    other.claim.entities = new Map([['globex', 'agent']]);
    expect(auditQuantities([gold], [other]).figures).toEqual({ right: 0, wrong: 0, missing: 0, extra: 0 });
  });
});
