// A reader's name that is also an everyday word (星云: a start-up, and a nebula), in Chromium: the
// entity form suggests it needs context; confirmed with a cue word (融资), it is marked on a page
// whose article has the cue, in either script, and not in an everyday sentence with no evidence.
// Unticked on edit, the same everyday sentence is marked: the tick is what held it back. Then a
// candidate dismissed as "not a name": gone from the article, processed again or not; listed under
// 已忽略的名字 (closed, with its count); restored, it is a candidate of the article again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  openPanel,
  pageMarks,
  screenshot,
  settledStatus,
  textOf,
  useExtension,
  type Session,
  openTab,
} from './harness';

const openPage = (session: Session, file: string) => openTab(session, file, 1100);

const markTexts = async (page: Page) => (await pageMarks(page)).map((m) => m.text);

describe('a reader entity whose name is also an everyday word', () => {
  const session = useExtension({ locale: 'zh-CN' });

  it('is suggested as needing context, is marked where a cue is and not in an everyday sentence; unticked, it is', async () => {
    const plain = await openPage(session, 'library-everyday-plain.html');
    // The page is scanned: the one known company on it is marked, 星云 is nobody's yet.
    await expect.poll(() => markTexts(plain.page), { timeout: 15_000 }).toContain('阿里云');

    const panel = await openPanel(session.ext, plain.tabId, { width: 420, height: 1000 });
    await panel.getByRole('tab', { name: /资料库/ }).click();
    await panel.getByRole('button', { name: /新建实体/ }).click();
    const form = panel.locator('form.entity-form');
    await expect.poll(() => form.count(), { timeout: 10_000 }).toBe(1);
    await form.locator('input[name=hans]').fill('星云');
    await form.locator('input[name=hant]').fill('星雲');
    // A two-character name is offered as an everyday word; cues are asked for once it is.
    const tick = form.locator('input[name=ambiguous][value="星云"]');
    await expect.poll(() => tick.isChecked()).toBe(true);
    await form.locator('input[name=cues]').fill('融资、加速卡');
    expect(await form.locator('.everyday-names .hint').innerText()).toContain('提示词');
    await screenshot(panel, 'library-everyday-form');
    await form.getByRole('button', { name: '保存实体' }).click();
    await expect.poll(textOf(panel.locator('.library .info')), { timeout: 30_000 }).toContain('已添加为实体');

    // With the cue in the article: marked, in Simplified and in Traditional.
    const cue = await openPage(session, 'library-everyday-cue.html');
    await expect.poll(() => markTexts(cue.page), { timeout: 15_000 }).toContain('星云');
    const cueHant = await openPage(session, 'library-everyday-cue-hant.html');
    await expect.poll(() => markTexts(cueHant.page), { timeout: 15_000 }).toContain('星雲');

    // The everyday sentence, scanned again with the new name: still only 阿里云.
    await plain.page.reload();
    // Read whole with the stored names (星云 among them: the cue page marked it), nothing held
    // back for evidence still to come.
    await settledStatus(plain.page, session.ext.extensionId, (s) => s.phase === 'on');
    expect(await markTexts(plain.page)).toContain('阿里云');
    expect(await markTexts(plain.page)).not.toContain('星云');

    // Edit keeps the tick and the cues; unticked, the nebula is marked too.
    const mine = panel.locator('.reader-entities li', { hasText: '星云' });
    await mine.getByRole('button', { name: '编辑' }).click();
    await expect.poll(() => form.count()).toBe(1);
    expect(await tick.isChecked()).toBe(true);
    expect(await form.locator('input[name=cues]').inputValue()).toBe('融资，加速卡');
    await tick.uncheck();
    expect(await form.locator('input[name=cues]').count()).toBe(0);
    await form.getByRole('button', { name: '保存实体' }).click();
    await expect.poll(textOf(panel.locator('.library .info')), { timeout: 30_000 }).toContain('已保存');
    await plain.page.reload();
    await expect.poll(() => markTexts(plain.page), { timeout: 15_000 }).toContain('星云');

    for (const page of [plain.page, cue.page, cueHant.page, panel]) await page.close();
  });

  it('lists a dismissed candidate under 已忽略的名字 and makes it a candidate again when restored', async () => {
    const article = await openPage(session, 'library-article.html');
    const panel = await openPanel(session.ext, article.tabId, { width: 420, height: 1000 });
    await panel.getByRole('tab', { name: /资料库/ }).click();
    await panel.getByRole('button', { name: '收入本页' }).click();
    await expect.poll(textOf(panel.locator('.save-status')), { timeout: 60_000 }).toContain('已收入资料库');
    const saved = panel.locator('.saved-article');
    const candidate = saved.locator('.candidate', { has: panel.locator('.candidate-name', { hasText: /^云帆数据$/ }) });
    await expect.poll(() => candidate.count(), { timeout: 10_000 }).toBe(1);

    await candidate.getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => candidate.count()).toBe(0);
    // Processed again, the article does not bring a dismissed name back.
    await saved.getByRole('button', { name: '重新处理' }).click();
    await expect.poll(textOf(panel.locator('.library .info')), { timeout: 30_000 }).toContain('已重新处理');
    expect(await candidate.count()).toBe(0);
    await saved.locator('.detail-actions .link').click();

    // Closed, with its count; opened, the name and 恢复.
    const list = panel.locator('details.dismissed-names');
    await expect.poll(textOf(list.locator('summary'))).toMatch(/已忽略的名字\s*1/);
    expect(await list.getAttribute('open')).toBeNull();
    expect(await list.locator('li').isVisible()).toBe(false);
    await list.locator('summary').click();
    expect(await list.locator('li .dismissed-name').innerText()).toBe('云帆数据');
    await screenshot(panel, 'library-dismissed');
    await list.getByRole('button', { name: '恢复' }).click();
    await expect.poll(textOf(panel.locator('.library .info')), { timeout: 30_000 }).toContain('重新作为新名字');
    await expect.poll(() => list.count()).toBe(0);

    // The saved article (processed again while it was dismissed) offers it again.
    await panel.locator('.library-item .title-link', { hasText: '云帆数据' }).click();
    await expect.poll(() => candidate.count(), { timeout: 10_000 }).toBe(1);
    for (const page of [article.page, panel]) await page.close();
  });
});
