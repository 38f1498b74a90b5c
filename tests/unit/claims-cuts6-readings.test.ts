/**
 * After a clause with a figure, a measure that reads that figure stays with it (tests/claims-eval/
 * README.md: a figure's reading stays one claim): the price or size of each unit the figure before
 * counts (每股, 单辆 after …股, …辆; measure-lead.ts perUnitOf), and a stake in a party named before
 * (后者, 对方: not the subject's own measure, measure-lead.ts NOT_OWN). Fictional sentences only
 * (claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { ownMeasureLead, perUnitOf } from '../../lib/claims/measure-lead';
import { Segmenter } from '../../lib/claims/segment';
import { findFigures } from '../../lib/claims/quantities';
import { claimsOf } from './claims-fixture';

const segmenter = new Segmenter();
const lead = (clause: string) => ownMeasureLead(segmenter.tokens(clause, []), findFigures(clause))?.text ?? null;

describe('a measure of each unit the figure before counts (perUnitOf)', () => {
  it('reads 每 or 单 and the classifier ending a figure before', () => {
    expect(perUnitOf('每股发售价', ['6亿股'])).toBe(true);
    expect(perUnitOf('单辆售价', ['1.2万辆'])).toBe(true);
    expect(perUnitOf('每台售价', ['300万台'])).toBe(true);
  });

  it('reads no other unit and no measure without 每 or 单', () => {
    expect(perUnitOf('每个token激活的参数', ['6710亿'])).toBe(false);
    expect(perUnitOf('每股发售价', ['12亿元'])).toBe(false);
    expect(perUnitOf('募资净额', ['6亿股'])).toBe(false);
  });

  it('keeps the price of each share with the shares offered, but cuts the proceeds', () => {
    const claims = claimsOf('云海集团计划发行6亿股新股，每股发售价8.2港元至8.6港元，募资净额约48亿港元。');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).toContain('每股发售价');
    expect(claims[1]!.text).toMatch(/^云海集团…募资净额/);
  });

  it('still cuts a measure counted per another unit than the figure before', () => {
    expect(claimsOf('云海集团发布新模型，总参数量为4200亿，每个token激活的参数约260亿。')).toHaveLength(2);
  });
});

describe('a stake in a party named before', () => {
  it('is no measure of the subject’s own', () => {
    expect(lead('取得后者约两成股权')).toBeNull();
    expect(lead('获得对方约5%的股份')).toBeNull();
  });

  it('stays with the investment it comes with', () => {
    expect(claimsOf('云海集团去年向星图科技投资约5亿美元，取得后者约两成股权。')).toHaveLength(1);
  });
});
