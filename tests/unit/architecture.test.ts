// The module graph of lib/: no file imports itself back through others, and no two folders
// import each other (shared primitives live in lib/core and lib/text, which every layer imports).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.resolve(import.meta.dirname, '../../lib');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  return null;
}

/** Relative imports and re-exports of each file under lib/ (type-only ones too: they still couple). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(LIB)) {
    const source = readFileSync(file, 'utf8');
    const targets = [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gms)]
      .map((m) => resolveImport(file, m[1]!))
      .filter((target): target is string => target !== null && target.startsWith(LIB));
    graph.set(file, targets);
  }
  return graph;
}

function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

const relative = (file: string) => path.relative(LIB, file);

describe('lib/ module graph', () => {
  const graph = importGraph();

  it('reads the imports it checks', () => {
    expect(graph.size).toBeGreaterThan(40);
    expect(graph.get(path.join(LIB, 'match/recognizer.ts'))).toContain(path.join(LIB, 'match/automaton.ts'));
  });

  it('has no import cycle between files', () => {
    expect(cycles(graph).map((cycle) => cycle.map(relative).join(' → '))).toEqual([]);
  });

  it('keeps page mechanics below the UI and the controller that composes them', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      relative(file).startsWith('page/')
        ? targets.filter((t) => /^(ui|content)\//.test(relative(t))).map((t) => `${relative(file)} → ${relative(t)}`)
        : [],
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycle between folders', () => {
    const folders = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      const from = path.dirname(relative(file));
      for (const target of targets) {
        const to = path.dirname(relative(target));
        if (to === from || from.startsWith(`${to}/`) || to.startsWith(`${from}/`)) continue;
        folders.set(from, (folders.get(from) ?? new Set()).add(to));
      }
    }
    const folderGraph = new Map([...folders].map(([from, to]) => [from, [...to]]));
    expect(cycles(folderGraph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
