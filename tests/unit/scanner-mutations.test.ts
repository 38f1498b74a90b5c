// @vitest-environment happy-dom
/**
 * The scanner on pages that keep changing: work triggered by mutations is sliced like the first
 * scan (an append storm never becomes one long task), and what the scanner holds stays bounded
 * by what is in the DOM (an infinite feed that drops old items frees their marks and their
 * pending ambiguous mentions).
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
/**
 * Two ambiguous names with no cue either way and nothing unambiguous: both stay pending (a food
 * word nearby would be a negative cue and decide them at once).
 */
const AMBIGUOUS_ONLY = '小米和苹果都在名单上。';

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/** A scanner whose change notifications can be awaited: resolves after the next one. */
function watchedScanner(options: Partial<ConstructorParameters<typeof PageScanner>[0]> = {}) {
  let changes = 0;
  const scanner = new PageScanner({ recognizer, onChange: () => changes++, ...options });
  return {
    scanner,
    /** Runs `mutate`, then waits until the scanner has reacted and is idle again. */
    after: async (mutate: () => void): Promise<void> => {
      const before = changes;
      mutate();
      await vi.waitFor(() => expect(changes).toBeGreaterThan(before), { timeout: 5_000, interval: 20 });
      await scanner.idle();
    },
  };
}

describe('page scanner on a changing page', () => {
  it('holds no more than what is in the DOM on an infinite feed of ambiguous names', async () => {
    document.body.innerHTML = '';
    const feed = document.createElement('div');
    document.body.append(feed);
    for (let i = 0; i < 50; i++) feed.append(paragraph(AMBIGUOUS_ONLY));
    const { scanner, after } = watchedScanner();
    await scanner.start(document);
    expect(scanner.held()).toBe(100);
    for (let round = 0; round < 20; round++) {
      await after(() => {
        for (let i = 0; i < 10; i++) {
          feed.firstElementChild!.remove();
          feed.append(paragraph(AMBIGUOUS_ONLY));
        }
      });
    }
    // 50 paragraphs of two pending mentions each, however many came and went.
    expect(feed.childElementCount).toBe(50);
    expect(scanner.held()).toBe(100);
    scanner.stop();
  });

  it('frees the marks of removed content and counts what remains', async () => {
    document.body.innerHTML = `<div id="feed">${`<p>${SENTENCE}</p>`.repeat(30)}</div>`;
    const { scanner, after } = watchedScanner();
    await scanner.start(document);
    expect(scanner.held()).toBe(120);
    await after(() => {
      const feed = document.getElementById('feed')!;
      for (let i = 0; i < 20; i++) feed.firstElementChild!.remove();
    });
    expect(scanner.held()).toBe(40);
    expect(scanner.summary().reduce((sum, s) => sum + s.count, 0)).toBe(40);
    scanner.stop();
  });

  it('slices the work of an append storm and counts every appended mention', async () => {
    document.body.innerHTML = `<p>${SENTENCE}</p>`;
    let clock = 0;
    let readings = 0;
    let longestSlice = 0;
    const { scanner, after } = watchedScanner({
      now: () => {
        readings++;
        return clock++;
      },
      yieldToPage: () => {
        longestSlice = Math.max(longestSlice, readings);
        readings = 0;
        return Promise.resolve();
      },
    });
    await scanner.start(document);
    longestSlice = 0;
    readings = 0;
    await after(() => {
      // Each paragraph its own mutation record, as an infinite scroll appends them.
      for (let i = 0; i < 3_000; i++) document.body.append(paragraph(SENTENCE));
    });
    await vi.waitFor(
      async () => {
        await scanner.idle();
        expect(scanner.summary().reduce((sum, s) => sum + s.count, 0)).toBe(3_001 * 4);
      },
      { timeout: 10_000, interval: 50 },
    );
    longestSlice = Math.max(longestSlice, readings);
    // The same bound as the first scan: six ms of budget on a clock that ticks once per check.
    expect(longestSlice).toBeLessThanOrEqual(8);
    scanner.stop();
  });
});
