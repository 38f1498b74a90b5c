// @vitest-environment happy-dom
/**
 * PageScanner.busy, which the content script's status reports to the browser tests
 * (lib/content/status.ts): true from the moment work is queued or a page change is seen until
 * every mark is found and its block has had its first visibility check, so that "nothing marked
 * here" read when it is false is the scanner's answer, not a scan that has not happened yet.
 */
import './page-dom-fakes';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Recognizer } from '../../lib/match/recognizer';
import { PageScanner } from '../../lib/page/scanner';
import { shippedRecognizer } from './shipped-corpus';

let recognizer: Recognizer;
beforeAll(() => {
  recognizer = shippedRecognizer();
});

/** An IntersectionObserver that reports only when told to, every observed block as on screen. */
class ManualIntersectionObserver {
  static all: ManualIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: (entries: Array<Partial<IntersectionObserverEntry>>) => void) {
    ManualIntersectionObserver.all.push(this);
  }
  observe(target: Element): void {
    this.targets.add(target);
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
  }
  disconnect(): void {
    this.targets.clear();
  }
  /** The first look at every block observed so far. */
  report(): void {
    const entries = [...this.targets].map((target) => ({
      target,
      isIntersecting: true,
      boundingClientRect: { width: 100, height: 20 } as DOMRectReadOnly,
    }));
    this.targets.clear();
    if (entries.length) this.callback(entries);
  }
}

const reportAll = () => ManualIntersectionObserver.all.forEach((observer) => observer.report());

const original = globalThis.IntersectionObserver;
beforeEach(() => {
  globalThis.IntersectionObserver = ManualIntersectionObserver as unknown as typeof IntersectionObserver;
});
afterEach(() => {
  ManualIntersectionObserver.all = [];
  globalThis.IntersectionObserver = original;
});

describe('PageScanner.busy', () => {
  it('is true while a scan runs and until its marks had their first visibility check, false after', async () => {
    document.body.innerHTML = '<p>本周，阿里云更新了通义千问。</p><p>百度发布了新模型。</p>';
    const scanner = new PageScanner({ recognizer });
    expect(scanner.busy).toBe(false);
    const scanned = scanner.start(document);
    // Queued in the caller's task, run in slices after it.
    expect(scanner.busy).toBe(true);
    await scanned;
    expect(scanner.summary().length).toBeGreaterThan(0);
    // Marks found, but not yet known near or far: not done.
    expect(scanner.busy).toBe(true);
    reportAll();
    expect(scanner.busy).toBe(false);
    scanner.stop();
  });

  it('is true from a page change until the change is scanned and its marks judged', async () => {
    document.body.innerHTML = '<p>本周，阿里云更新了通义千问。</p><div id="side"></div>';
    const scanner = new PageScanner({ recognizer });
    await scanner.start(document);
    reportAll();
    expect(scanner.busy).toBe(false);

    const added = document.createElement('p');
    added.textContent = '字节跳动发布了豆包大模型。';
    document.body.append(added);
    // The observer's record arrives at the next microtask; the batch waits a moment more.
    await Promise.resolve();
    expect(scanner.busy).toBe(true);
    await vi.waitFor(() => expect(scanner.mentionsOf('bytedance').length).toBe(1), { timeout: 5_000, interval: 20 });
    await scanner.idle();
    expect(scanner.busy).toBe(true);
    reportAll();
    expect(scanner.busy).toBe(false);

    // A change that adds no mark: busy until its rescan is over, then nothing waits.
    document.getElementById('side')!.append(document.createElement('hr'));
    await Promise.resolve();
    expect(scanner.busy).toBe(true);
    await vi.waitFor(() => expect(scanner.busy).toBe(false), { timeout: 5_000, interval: 20 });
    scanner.stop();
  });

  it('is false once stopped, with work queued or not', () => {
    document.body.innerHTML = '<p>本周，阿里云更新了通义千问。</p>';
    const scanner = new PageScanner({ recognizer });
    void scanner.start(document);
    expect(scanner.busy).toBe(true);
    scanner.stop();
    expect(scanner.busy).toBe(false);
  });
});
