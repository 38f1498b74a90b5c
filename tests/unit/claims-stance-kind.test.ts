/**
 * A stance taken (持开放态度, 持观望态度, 保持谨慎立场) is the subject's view: an opinion in kind and
 * modality, whatever its topic names — 开放 there launches nothing and 投资 is no funding round.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const first = (paragraph: string) => claimsOf(paragraph)[0];

describe('a stance ending its clause', () => {
  it('is an opinion, not a launch or a funding round its topic words would make', () => {
    expect(first('星辰科技对与云海集团合作持开放态度。')).toMatchObject({ kind: 'opinion', modality: 'opinion' });
    expect(first('星辰科技表示，对外部投资持开放态度。')).toMatchObject({ kind: 'opinion', modality: 'opinion' });
    expect(first('星辰科技对新规持观望态度。')).toMatchObject({ kind: 'opinion', modality: 'opinion' });
    expect(first('张明远对投资云海集团一事保持谨慎立场。')).toMatchObject({ kind: 'opinion', modality: 'opinion' });
  });

  it('reads kind and modality from one class of stances, so the two agree outside it', () => {
    expect(first('星辰科技对该方案持否定态度。')).toMatchObject({ kind: 'statement', modality: 'fact' });
  });

  it('leaves an act of opening as a launch, a fact', () => {
    expect(first('星辰科技宣布开放Nova的API。')).toMatchObject({ kind: 'launch', modality: 'fact' });
  });
});
