// @vitest-environment happy-dom
/**
 * The scanner's slicing, on a clock the test drives: however large the page, the scanner gives
 * the thread back after a bounded amount of work, and the mentions it counts do not depend on
 * where the slices fall. (How long slices take in Chromium: npm run bench.)
 */
import './page-dom-fakes';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Recognizer } from '../../lib/match/recognizer';
import { PageScanner } from '../../lib/page/scanner';
import { shippedRecognizer } from './shipped-corpus';

let recognizer: Recognizer;
beforeAll(() => {
  recognizer = shippedRecognizer();
});

const SENTENCE = '据报道，字节跳动旗下的豆包与阿里云的通义千问都在扩大用户规模。';

/** Scans the current document with a clock that advances 1 ms per reading; counts the work between yields. */
async function scanCounting(): Promise<{
  scanner: PageScanner;
  slices: number;
  longestSlice: number;
  mentions: number;
}> {
  let clock = 0;
  let readings = 0;
  let slices = 0;
  let longestSlice = 0;
  const scanner = new PageScanner({
    recognizer,
    now: () => {
      readings++;
      return clock++;
    },
    yieldToPage: () => {
      slices++;
      longestSlice = Math.max(longestSlice, readings);
      readings = 0;
      return Promise.resolve();
    },
  });
  await scanner.start(document);
  const mentions = scanner.summary().reduce((sum, s) => sum + s.count, 0);
  return { scanner, slices, longestSlice, mentions };
}

describe('page scanner slices', () => {
  it('yields between slices of bounded work on a page of thousands of paragraphs', async () => {
    document.body.innerHTML = `<p>${SENTENCE}</p>`.repeat(3_000);
    const { scanner, slices, longestSlice, mentions } = await scanCounting();
    expect(mentions).toBe(3_000 * 4);
    // Six ms of budget on a clock that ticks once per check: at most 8 readings per slice.
    expect(longestSlice).toBeLessThanOrEqual(8);
    expect(slices).toBeGreaterThanOrEqual(3_000 / 8);
    scanner.stop();
  });

  it('splits a single huge text node into windows, counting every mention once', async () => {
    const repeats = Math.ceil(1_000_000 / SENTENCE.length);
    document.body.innerHTML = `<p>${SENTENCE.repeat(repeats)}</p>`;
    const { scanner, slices, mentions } = await scanCounting();
    expect(mentions).toBe(repeats * 4);
    expect(slices).toBeGreaterThan(1_000_000 / 16_384 / 8);
    scanner.stop();
  });

  it('counts a name that straddles a window boundary once, not once per window', async () => {
    // "Microsoft Azure" and "Azure" are both names: the window after the boundary must resume
    // after the longer one, not find the shorter one inside it.
    const filler = '这是一段很长的文字。'.repeat(2_000);
    const boundary = 16_384;
    const text = `${filler.slice(0, boundary - 10)}Microsoft Azure${filler.slice(0, 5_000)}`;
    expect(text.slice(boundary - 10, boundary + 5)).toBe('Microsoft Azure');
    document.body.innerHTML = `<p>${text}</p>`;
    const { scanner, mentions } = await scanCounting();
    expect(scanner.summary()).toEqual([expect.objectContaining({ id: 'azure', count: 1 })]);
    expect(mentions).toBe(1);
    scanner.stop();
  });
});

describe('short names a page declares', () => {
  it('marks a declared short name in the same and in later paragraphs, not before its declaration', async () => {
    document.body.innerHTML = [
      '<p>聆心今年的新品值得期待。</p>',
      '<p>据悉，聆心智能（以下简称“聆心”）完成新一轮融资，聆心称资金将用于研发。</p>',
      // The recognizer's fold table holds only the characters of names: 簡 stays 簡 in folded text.
      '<p>深言科技（以下簡稱「深言」）與聆心合作，深言稱雙方將共建模型。</p>',
      '<p>業內人士指出，聆心的產品已有數十萬用戶。</p>',
    ].join('');
    const { scanner } = await scanCounting();
    // The full name, the declaration, its uses in the same paragraph and in the two after.
    expect(scanner.summary()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'lingxin-ai', count: 5 }),
        expect.objectContaining({ id: 'deeplang', count: 3 }),
      ]),
    );
    const firstParagraph = document.body.querySelector('p')!;
    expect(scanner.mentionsOf('lingxin-ai').filter((m) => m.container === firstParagraph)).toEqual([]);
    scanner.stop();
  });

  it('marks later paragraphs read before a declaration the page adds afterwards, once each, and none before it', async () => {
    document.body.innerHTML = [
      '<p>聆心今年的新品值得期待。</p>',
      '<p id="lead"></p>',
      '<p>業內人士指出，聆心的產品已有數十萬用戶。</p>',
      '<p>聆心與深言科技合作，聆心稱雙方將共建模型。</p>',
    ].join('');
    let changes = 0;
    const scanner = new PageScanner({ recognizer, onChange: () => changes++ });
    await scanner.start(document);
    expect(scanner.mentionsOf('lingxin-ai')).toEqual([]);
    const before = changes;
    // The lead arrives last, as on a page that renders its first paragraph late.
    document.getElementById('lead')!.textContent = '据悉，聆心智能（以下简称“聆心”）完成新一轮融资。';
    await vi.waitFor(() => expect(changes).toBeGreaterThan(before), { timeout: 5_000, interval: 20 });
    await scanner.idle();
    const paragraphs = [...document.body.querySelectorAll('p')];
    const perParagraph = () =>
      paragraphs.map((p) => scanner.mentionsOf('lingxin-ai').filter((m) => m.container === p).length);
    // The full name and the declaration; one use, then two uses; nothing before the declaration.
    expect(perParagraph()).toEqual([0, 2, 1, 2]);
    // A paragraph the page rewrites is read again with the declaration, without doubling its marks.
    const last = paragraphs[3]!;
    const beforeRewrite = changes;
    last.textContent = last.textContent + '聆心未予置評。';
    await vi.waitFor(() => expect(changes).toBeGreaterThan(beforeRewrite), { timeout: 5_000, interval: 20 });
    await scanner.idle();
    expect(perParagraph()).toEqual([0, 2, 1, 3]);
    scanner.stop();
  });

  it('marks the paragraphs between a declaration the page repeats higher up and the one it knew, without doubling the rest', async () => {
    document.body.innerHTML = [
      '<p id="lead"></p>',
      '<p>業內人士指出，聆心的產品已有數十萬用戶。</p>',
      '<p>另據報道，聆心智能（以下简称“聆心”）計劃擴大團隊。</p>',
      '<p>聆心與深言科技合作，聆心稱雙方將共建模型。</p>',
    ].join('');
    let changes = 0;
    const scanner = new PageScanner({ recognizer, onChange: () => changes++ });
    await scanner.start(document);
    const paragraphs = [...document.body.querySelectorAll('p')];
    const perParagraph = () =>
      paragraphs.map((p) => scanner.mentionsOf('lingxin-ai').filter((m) => m.container === p).length);
    expect(perParagraph()).toEqual([0, 0, 2, 2]);
    const before = changes;
    document.getElementById('lead')!.textContent = '据悉，聆心智能（以下简称“聆心”）完成新一轮融资。';
    await vi.waitFor(() => expect(changes).toBeGreaterThan(before), { timeout: 5_000, interval: 20 });
    await scanner.idle();
    expect(perParagraph()).toEqual([2, 1, 2, 2]);
    scanner.stop();
  });
});
