/**
 * Reading claim boundaries at commas (lib/evaluation/boundaries.ts): kept, cut or unread, and two
 * annotations compared. Spans are written by hand over a fictional paragraph.
 */
import { describe, expect, it } from 'vitest';
import {
  clauseCommas,
  compareCuts,
  cutAt,
  extractedPieces,
  goldPieces,
  type Piece,
} from '../../lib/evaluation/boundaries';
import type { GoldClaim } from '../../lib/evaluation/gold';

const TEXT = '星辰科技发布了Nova，售价6,999元起，并于下月开售。';
const comma1 = TEXT.indexOf('，');
const comma2 = TEXT.indexOf('，', comma1 + 1);
const end = TEXT.length - 1;
const whole: Piece[] = [{ start: 0, end }];
const launch: Piece[] = [{ start: 0, end: comma2 }];
const sale: Piece[] = [{ start: comma2 + 1, end }];

describe('claim boundaries at commas', () => {
  it('reads the commas between clauses, not a thousands comma', () => {
    expect(clauseCommas(TEXT)).toEqual([comma1, comma2]);
  });

  it('tells a comma kept inside a claim from one cut between two, and reads nothing elsewhere', () => {
    expect(cutAt([whole], comma2)).toBe('kept');
    expect(cutAt([launch, sale], comma2)).toBe('cut');
    expect(cutAt([launch], comma2)).toBeNull();
    expect(cutAt([], comma1)).toBeNull();
  });

  it('counts over-cuts and under-cuts against the reference', () => {
    const over = compareCuts(TEXT, [whole], [launch, sale]);
    expect([over.read, over.bothKept, over.overCut, over.underCut]).toEqual([2, 1, 1, 0]);
    expect(over.differences).toEqual([{ at: comma2, reference: 'kept', other: 'cut' }]);
    const under = compareCuts(TEXT, [launch, sale], [whole]);
    expect([under.underCut, under.overCut, under.bothCut]).toEqual([1, 0, 0]);
    expect(compareCuts(TEXT, [launch, sale], [launch, sale]).bothCut).toBe(1);
  });

  it('finds the pieces of a gold claim and of an extracted one joined by …', () => {
    const gold = { text: '星辰科技…并于下月开售', start: 0, end } as GoldClaim;
    const pieces = goldPieces(gold, TEXT);
    expect(pieces).toEqual([
      { start: 0, end: 4 },
      { start: comma2 + 1, end },
    ]);
    expect(cutAt([launch, pieces], comma2)).toBe('cut');
    // An extracted span runs from its subject to its end; its text tells where the gap is.
    expect(extractedPieces('星辰科技…并于下月开售。', { start: 0, end: end + 1 })).toEqual([
      { start: 0, end: 4 },
      { start: comma2 + 1, end: end + 1 },
    ]);
  });
});
