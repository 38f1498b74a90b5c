/**
 * The name matcher the extension ships: a trie over folded names in flat typed arrays (CSR
 * layout), serialized to one ArrayBuffer at build time. Hand-written because it is the hot
 * path: a page of a megabyte is scanned in slices, and the general-purpose npm matchers either
 * segment graphemes (slow on long CJK text) or hold object graphs that cost memory per node.
 *
 * Layout: nodes are numbered breadth-first and edges listed in the same order, so the target of
 * edge e is node e + 1 and needs no array: per node a first-edge index and a value, per edge a
 * character (10 bytes per node).
 *
 * Leftmost-longest: at each position walk the trie as far as the text allows and keep the last
 * name that ended at a word boundary; a hit resumes the scan after itself. The root's children
 * are dispatched through a 64K table, so the common case (no name starts here) costs one load.
 */
import { atWordBoundary } from '../text/word-boundary';

const MAGIC = 0x4e4d4132; // "NMA2"
const NO_VALUE = -1;
const NO_CHILD = 0;

export interface AutomatonEntry {
  key: string;
  /** Opaque value the caller maps back (an index into its entry table). */
  value: number;
}

export interface AutomatonMatch {
  start: number;
  end: number;
  value: number;
}

/** Builds the serialized automaton. Keys must be folded already; empty keys are skipped. */
export function buildAutomaton(entries: readonly AutomatonEntry[]): ArrayBuffer {
  // An object trie first (build time only), then flattened breadth-first.
  interface Node {
    children: Map<number, Node>;
    value: number;
  }
  const root: Node = { children: new Map(), value: NO_VALUE };
  for (const { key, value } of entries) {
    if (!key) continue;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let next = node.children.get(code);
      if (!next) {
        next = { children: new Map(), value: NO_VALUE };
        node.children.set(code, next);
      }
      node = next;
    }
    node.value = value;
  }
  const order: Node[] = [root];
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    for (const code of [...node.children.keys()].sort((a, b) => a - b)) order.push(node.children.get(code)!);
  }
  const index = new Map(order.map((node, i) => [node, i]));
  const nodeCount = order.length;
  const edgeCount = nodeCount - 1;
  const firstEdge = new Uint32Array(nodeCount + 1);
  const edgeChar = new Uint16Array(edgeCount);
  const values = new Int32Array(nodeCount);
  let edge = 0;
  order.forEach((node, i) => {
    firstEdge[i] = edge;
    values[i] = node.value;
    for (const code of [...node.children.keys()].sort((a, b) => a - b)) {
      // Breadth-first numbering: this edge's target is node edge + 1.
      if (index.get(node.children.get(code)!) !== edge + 1) throw new Error('automaton layout invariant broken');
      edgeChar[edge] = code;
      edge++;
    }
  });
  firstEdge[nodeCount] = edge;

  const headerWords = 3;
  const bytes = headerWords * 4 + firstEdge.byteLength + values.byteLength + edgeChar.byteLength;
  const buffer = new ArrayBuffer(Math.ceil(bytes / 4) * 4);
  const header = new Uint32Array(buffer, 0, headerWords);
  header[0] = MAGIC;
  header[1] = nodeCount;
  header[2] = edgeCount;
  let offset = headerWords * 4;
  for (const array of [firstEdge, values, edgeChar]) {
    new Uint8Array(buffer, offset, array.byteLength).set(new Uint8Array(array.buffer));
    offset += array.byteLength;
  }
  return buffer;
}

export class AutomatonFormatError extends Error {
  constructor(message: string) {
    super(`name matcher data is invalid: ${message}`);
    this.name = 'AutomatonFormatError';
  }
}

export class Automaton {
  private readonly firstEdge: Uint32Array;
  private readonly values: Int32Array;
  private readonly edgeChar: Uint16Array;
  /** Root child per UTF-16 code unit (0 = none; the root itself is never a child). */
  private readonly rootChild: Uint32Array;
  readonly nodeCount: number;

  constructor(buffer: ArrayBuffer) {
    if (buffer.byteLength < 12) throw new AutomatonFormatError('too short');
    const header = new Uint32Array(buffer, 0, 3);
    if (header[0] !== MAGIC) throw new AutomatonFormatError('wrong magic number');
    const nodeCount = header[1]!;
    const edgeCount = header[2]!;
    if (edgeCount !== nodeCount - 1) throw new AutomatonFormatError('edge count does not match node count');
    let offset = 12;
    const need = offset + (nodeCount + 1) * 4 + nodeCount * 4 + edgeCount * 2;
    if (buffer.byteLength < need) throw new AutomatonFormatError('truncated');
    this.firstEdge = new Uint32Array(buffer, offset, nodeCount + 1);
    offset += (nodeCount + 1) * 4;
    this.values = new Int32Array(buffer, offset, nodeCount);
    offset += nodeCount * 4;
    this.edgeChar = new Uint16Array(buffer, offset, edgeCount);
    this.nodeCount = nodeCount;
    this.rootChild = new Uint32Array(0x10000);
    for (let e = this.firstEdge[0]!; e < this.firstEdge[1]!; e++) this.rootChild[this.edgeChar[e]!] = e + 1;
    if (this.firstEdge[nodeCount] !== edgeCount) throw new AutomatonFormatError('edge table does not add up');
  }

  private child(node: number, code: number): number {
    let lo = this.firstEdge[node]!;
    let hi = this.firstEdge[node + 1]! - 1;
    const chars = this.edgeChar;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = chars[mid]!;
      if (c === code) return mid + 1;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return NO_CHILD;
  }

  /** The longest name starting at `start` that sits on word boundaries, or null. */
  longestAt(text: string, start: number): AutomatonMatch | null {
    let node = this.rootChild[text.charCodeAt(start)]!;
    if (node === NO_CHILD) return null;
    let best: AutomatonMatch | null = null;
    let i = start + 1;
    for (;;) {
      const value = this.values[node]!;
      if (value !== NO_VALUE && atWordBoundary(text, start, i)) best = { start, end: i, value };
      if (i >= text.length) break;
      node = this.child(node, text.charCodeAt(i));
      if (node === NO_CHILD) break;
      i++;
    }
    return best;
  }

  /**
   * Leftmost-longest matches in `text[from, to)`, calling `onMatch` for each. Returns the
   * position where scanning stopped, so a caller can scan a large text in slices.
   */
  scan(text: string, from: number, to: number, onMatch: (match: AutomatonMatch) => void): number {
    const rootChild = this.rootChild;
    let i = from;
    while (i < to) {
      if (rootChild[text.charCodeAt(i)] === NO_CHILD) {
        i++;
        continue;
      }
      const match = this.longestAt(text, i);
      if (match) {
        onMatch(match);
        i = match.end;
      } else {
        i++;
      }
    }
    return i;
  }

  findAll(text: string): AutomatonMatch[] {
    const out: AutomatonMatch[] = [];
    this.scan(text, 0, text.length, (m) => out.push(m));
    return out;
  }
}
