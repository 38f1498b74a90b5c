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

describe('新 and a kind of product opening a sentence is the product just named (subject.ts pronounAt, cues.ts NEW_PRODUCT)', () => {
  it('makes the product the agent of what the new model or platform does', () => {
    const [, model] = claimsOf('星辰科技昨日发布了Nova。新模型可即时处理文字与图像。');
    expect(roles(model)).toEqual({ nova: 'agent' });
    const [, version] = claimsOf('星辰科技发布了新版Nova。新版本在多个测试集中的表现超过了Orion。');
    expect(roles(version)).toMatchObject({ nova: 'agent', orion: 'object' });
    const [, platform] = claimsOf('星辰科技发布了模型广场。新平台上線首日用戶超過10萬。');
    expect(roles(platform)).toEqual({ hub: 'agent' });
  });

  it('leaves 新模型 in apposition to a name (新模型X) and one after a speaker to the content', () => {
    const [said] = claimsOf('星辰科技表示，新模型的推理速度提升一倍。');
    expect(roles(said)).toEqual({ acme: 'agent' });
    const [, named] = claimsOf('星辰科技发布了模型广场。新模型Nova将于6月上线。');
    expect(roles(named)).toEqual({ nova: 'agent' });
  });
});

describe('a company undergoing a sanction is its object (roles.ts undergoesSanction)', () => {
  it('reads a verb of facing before a sanction noun, modals and adverbs before it or not', () => {
    const [probe] = claimsOf('云海集团目前正面临欧盟的反垄断调查。');
    expect(roles(probe)?.globex).toBe('object');
    const [terms] = claimsOf('若其他地区的监管机构再度审查，云海集团仍可能面对额外条件。');
    expect(roles(terms)).toEqual({ globex: 'object' });
    const [punished] = claimsOf('云海集团去年曾受到處罰。');
    expect(roles(punished)).toEqual({ globex: 'object' });
  });

  it('reads the subject’s own fine as its topic, and a sanction verb after a modal with no doer', () => {
    const [ticket] = claimsOf('云海集团这张罚单是反垄断法实施以来最大的一张。');
    expect(roles(ticket)).toEqual({ globex: 'object' });
    const [due] = claimsOf('监管部门认为，云海集团的行为依法应当从严从重处罚。');
    expect(roles(due)).toEqual({ globex: 'object' });
  });

  it('leaves a company that faces competition, or fines someone, the agent', () => {
    const [rivals] = claimsOf('云海集团正面临激烈的价格战。');
    expect(roles(rivals)).toEqual({ globex: 'agent' });
    const [sues] = claimsOf('云海集团将起诉蓝鲸智能。');
    expect(roles(sues)?.globex).toBe('agent');
  });
});

describe('a founding told of a company named by a pronoun makes it the founded (sentence.ts)', () => {
  it('makes 这家公司成立于… the object, as a named subject is', () => {
    const [, founded] = claimsOf('星辰科技发布了Nova。这家公司成立于2016年，总部位于上海。');
    expect(roles(founded)).toEqual({ acme: 'object' });
    const [, trad] = claimsOf('星辰科技发布了Nova。該公司成立於2016年。');
    expect(roles(trad)).toEqual({ acme: 'object' });
  });
});

describe('a sanction with its doer named after a passive marker', () => {
  it('leaves the doer the agent (遭到Y的起诉)', () => {
    const [sued] = claimsOf('星辰科技面临云海集团的诉讼。');
    expect(roles(sued)?.acme).toBe('object');
    const [claim] = claimsOf('星辰科技发布Nova后，随即遭到云海集团的起诉。');
    expect(roles(claim)).toMatchObject({ acme: 'object', globex: 'agent' });
  });
});
