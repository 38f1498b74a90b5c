/**
 * Which main-thread tasks of a page ran the extension's code, from a Chromium trace (the
 * DevTools protocol's Tracing domain). A long-task observer sees every task over 50 ms but not
 * whose it was; the trace shows, inside each task, the scripts that ran and in which world, so
 * a task is the extension's when any of its events ran in the content script's isolated world
 * or from its script URL (rendering work our highlights cause is not counted as ours).
 */
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}

export interface TaskReport {
  /** Durations (ms) of every task over 50 ms that began after DOMContentLoaded, whoever ran it. */
  longTasks: number[];
  /** Durations (ms) of the tasks after DOMContentLoaded that ran extension code, longest first. */
  extensionTasks: number[];
  /** What the longest extension task spent its time on (its largest inner events). */
  longestExtensionTaskParts: string[];
}

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-devtools.timeline', 'loading'];

export interface Trace {
  stop(): Promise<TaskReport>;
}

/** Starts tracing `page` (call before navigating); `stop` ends it and reads the tasks. */
export async function traceMainThread(page: Page, extensionId: string): Promise<Trace> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they are Chromium's trace event format.
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', categories: CATEGORIES.join(',') });
  return {
    stop: async () => {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => undefined);
      return report(events, extensionId);
    },
  };
}

function isExtensionEvent(event: TraceEvent, extensionId: string): boolean {
  const data = event.args?.data ?? {};
  if (data.worldName === 'Tech Lens') return true;
  const url = (data.url ?? data.fileName ?? '') as string;
  return typeof url === 'string' && url.startsWith(`chrome-extension://${extensionId}/`);
}

function report(events: TraceEvent[], extensionId: string): TaskReport {
  // The navigated document's DOMContentLoaded (a new tab's about:blank has one first).
  const loaded = events
    .filter((e) => e.name === 'MarkDOMContent' && e.args?.data?.isMainFrame !== false)
    .sort((a, b) => a.ts - b.ts)
    .at(-1);
  // The page's main thread: where DOMContentLoaded was marked.
  const thread = loaded ? { pid: loaded.pid, tid: loaded.tid } : null;
  const after = loaded?.ts ?? 0;
  const onThread = thread ? events.filter((e) => e.pid === thread.pid && e.tid === thread.tid) : [];
  const tasks = onThread.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= after && (e.dur ?? 0) > 0);
  const inside = onThread.filter((e) => e.ph === 'X' && e.name !== 'RunTask').sort((a, b) => a.ts - b.ts);
  const longTasks: number[] = [];
  const ours: Array<{ ms: number; parts: string[] }> = [];
  let cursor = 0;
  for (const task of tasks.sort((a, b) => a.ts - b.ts)) {
    const end = task.ts + task.dur!;
    while (cursor < inside.length && inside[cursor]!.ts < task.ts) cursor++;
    const children: TraceEvent[] = [];
    for (let i = cursor; i < inside.length && inside[i]!.ts < end; i++) children.push(inside[i]!);
    const ms = task.dur! / 1000;
    if (ms > 50) longTasks.push(ms);
    if (children.some((e) => isExtensionEvent(e, extensionId))) {
      const parts = children
        .filter((e) => (e.dur ?? 0) > 2000)
        .sort((a, b) => b.dur! - a.dur!)
        .slice(0, 6)
        .map((e) => {
          const fn = e.args?.data?.functionName;
          return `${e.name}${typeof fn === 'string' && fn ? ` (${fn})` : ''} ${(e.dur! / 1000).toFixed(1)} ms`;
        });
      ours.push({ ms, parts });
    }
  }
  ours.sort((a, b) => b.ms - a.ms);
  return {
    longTasks,
    extensionTasks: ours.map((t) => t.ms),
    longestExtensionTaskParts: ours[0]?.parts ?? [],
  };
}
