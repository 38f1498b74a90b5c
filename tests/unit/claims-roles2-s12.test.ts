/**
 * Roles, round 2 of the twelfth session: constructions from a checklist of Chinese news language
 * (carried zero subjects that receive money, demonstratives for a product or a work), on sentences
 * written for these tests (not corpus sentences).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a carried zero subject before 获/获得 X 注资 is the investee (sentence.ts passive frame)', () => {
  it('makes the carried subject the object and the giver the agent', () => {
    const again = claimsOf('星辰科技成立于2018年，2024年再获远山资本注资。').find((c) => c.text.includes('注资'));
    expect(roles(again)).toMatchObject({ acme: 'object', umbrella: 'agent' });
    const led = claimsOf('星辰科技此前发布了Nova，今年又获得远山资本领投的融资。').find((c) => c.text.includes('融资'));
    expect(roles(led)).toMatchObject({ acme: 'object', umbrella: 'agent' });
    const trad = claimsOf('星辰科技成立於2018年，去年獲得远山资本5億元投資。').find((c) => c.text.includes('投資'));
    expect(roles(trad)).toMatchObject({ acme: 'object', umbrella: 'agent' });
  });

  it('leaves a carried subject that acts on its own the agent', () => {
    const launch = claimsOf('星辰科技获得远山资本注资后，又发布了Nova。').find((c) => c.text.includes('Nova'));
    expect(roles(launch)?.acme).toBe('agent');
  });
});

describe('该作, 这部作品, 该游戏, 这款手机 stand for the product named before (cues.ts PRONOUN, pronounTypes)', () => {
  it('resolves a work or a kind of product to the product, not the company that acted last', () => {
    const [, work] = claimsOf(
      '模型广场由星辰科技推出，首周用户突破100万。另一家机构的数据则显示，该作首周下载量超过1200万次。',
    );
    expect(roles(work)).toEqual({ hub: 'agent' });
    const [, game] = claimsOf('星辰科技推出了模型广场，超过云海集团。该游戏上线首周用户超过100万。');
    expect(roles(game)).toEqual({ hub: 'agent' });
    const [, trad] = claimsOf('星辰科技推出了模型广场。該作上線首週用戶超過100萬。');
    expect(roles(trad)).toEqual({ hub: 'agent' });
  });

  it('resolves a phrase for a product to the last product acting before a company named after it', () => {
    const [, platform] = claimsOf('星辰科技推出了模型广场，超过云海集团的产品。该平台上线首周用户超过100万。');
    expect(roles(platform)).toEqual({ hub: 'agent' });
  });

  it('falls back on the maker when no product was named (a product outside the gazetteer)', () => {
    const [, chip] = claimsOf('星辰科技昨日发布第二代AI芯片。该芯片采用自研架构，性能提升2倍。');
    expect(roles(chip)).toEqual({ acme: 'agent' });
  });
});
