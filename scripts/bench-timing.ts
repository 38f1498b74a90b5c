/** Timing shared by the Node benches. */

/** Best of `runs` timings in ms (the minimum is the least disturbed by other load). */
export async function best(runs: number, fn: () => unknown): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}
