/**
 * A card leaves out a claim that names its entity only as a person's post where that person does
 * not act for it (see `namedAsPersonsPost`): a past post (X前首席技术官Y宣布…) or the post of a
 * person who founded another company (X联合创始人Y创办的Z完成融资). Sentences written for these
 * tests, through the real extractor and rankFor as the compiler and the card use them.
 */
import { describe, expect, it } from 'vitest';
import { cardTexts as card, compiledClaims as compiled } from './claims-fixture';
import { namedAsPersonsPost } from '../../lib/claims/readable';
import { foldText } from '../../lib/text/convert';

describe('namedAsPersonsPost: the entity named only as a person’s post', () => {
  it('is a past post (前, 原, 前任 before a job title), in either script', () => {
    expect(namedAsPersonsPost('星辰科技前首席技术官张明远宣布，其新公司完成2亿元融资。', ['星辰科技'])).toBe(true);
    expect(namedAsPersonsPost('星辰科技原总裁张明远近日加盟云海集团。', ['星辰科技'])).toBe(true);
    // Traditional text is read through the fold with the script table (cards pass Simplified text).
    expect(namedAsPersonsPost('星辰科技的前CEO張明遠宣佈創業。', ['星辰科技'], foldText)).toBe(true);
    expect(namedAsPersonsPost('星辰科技前員工創辦的新公司獲得投資。', ['星辰科技'], foldText)).toBe(true);
    expect(namedAsPersonsPost('星辰科技前執行長張明遠宣佈創業。', ['星辰科技'], foldText)).toBe(true);
    // Upper or lower case, and a Traditional name folded alike.
    expect(namedAsPersonsPost('星辰科技的前ceo张明远宣布创业。', ['星辰科技'])).toBe(true);
    expect(namedAsPersonsPost('雲海集團原總裁張明遠宣佈創業。', ['雲海集團'], foldText)).toBe(true);
    expect(namedAsPersonsPost('云海集团原总裁张明远宣布创业。', ['雲海集團'], foldText)).toBe(true);
  });

  it('is any title of titles.ts, with its modifiers: a spokesperson, a director, a senior vice president', () => {
    expect(namedAsPersonsPost('星辰科技前发言人王晓梅加入云海集团。', ['星辰科技'])).toBe(true);
    expect(namedAsPersonsPost('星辰科技原高级副总裁王晓梅出任云海集团总裁。', ['星辰科技'])).toBe(true);
    expect(namedAsPersonsPost('星辰科技产品经理王晓梅创立的新公司完成天使轮融资。', ['星辰科技'])).toBe(true);
    // A current spokesperson speaks for the entity.
    expect(namedAsPersonsPost('星辰科技发言人王晓梅表示，公司无意出售该业务。', ['星辰科技'])).toBe(false);
  });

  it('is any post of a person who founded the noun after it', () => {
    expect(namedAsPersonsPost('星辰科技联合创始人张明远创办的蓝鲸智能完成首轮融资10亿元。', ['星辰科技'])).toBe(true);
    expect(namedAsPersonsPost('星辰科技首席科学家李思源创立的新公司估值已达5亿美元。', ['星辰科技'])).toBe(true);
  });

  it('is not a current officer acting or speaking for the entity, nor a post it still names', () => {
    expect(namedAsPersonsPost('星辰科技首席执行官张明远表示，公司今年营收将增长三成。', ['星辰科技'])).toBe(false);
    expect(namedAsPersonsPost('星辰科技董事长张明远宣布，公司完成10亿元融资。', ['星辰科技'])).toBe(false);
    // 前 that is not a past post: the first three quarters, a plan made before.
    expect(namedAsPersonsPost('星辰科技前三季度营收增长20%。', ['星辰科技'])).toBe(false);
    expect(namedAsPersonsPost('星辰科技原定于下月发布新模型。', ['星辰科技'])).toBe(false);
    // Named again in its own right.
    expect(namedAsPersonsPost('星辰科技前总裁张明远称，星辰科技的估值被高估。', ['星辰科技'])).toBe(false);
    // Not named at all: nothing to judge.
    expect(namedAsPersonsPost('张明远宣布创业。', ['星辰科技'])).toBe(false);
  });

  it('keeps such a claim off the entity’s card, through the extractor (a person the gazetteer lacks)', () => {
    for (const sentence of [
      '星辰科技联合创始人陈卓然创办的蓝鲸智能完成首轮融资10亿元。',
      '此前，星辰科技联合创始人陈卓然创办的蓝鲸智能去年9月首轮融资10亿美元。',
      '星辰科技前首席技术官陈卓然表示，大模型的价格战还将持续两年。',
      '星辰科技前总裁陈卓然日前宣布创业，新公司已获得3亿元投资。',
    ]) {
      expect(card('acme', compiled(sentence))).toEqual([]);
    }
  });

  it('keeps a current officer’s announcement for the entity on its card', () => {
    const claims = compiled('星辰科技董事长张明远宣布，公司完成10亿元融资。');
    expect(card('acme', claims).length).toBeGreaterThan(0);
  });
});
