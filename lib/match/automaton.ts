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
 * name that ended at a word boundary; a hit resumes the scan after itself.
 *
 * Many names (tens of thousands: the reader's own gazetteer) make nearly every CJK character
 * start one, and the first levels have hundreds of children each: a binary search per edge
 * scanned 20-50x slower than a charCodeAt loop, and even hashed nodes cost two cache misses per
 * position (the first character's record, then its table). So at load time the CSR arrays are
 * compiled for walking: a bit set of hashed first-two-character pairs turns most positions
 * away, in a tight loop that reads each character once (a 64 KB byte-per-character table in
 * front of it cost more in cache than it saved; the rare one-character names have their own
 * bit set); the nodes two characters deep sit in one hash table keyed by both
 * characters (one probe, in a table of about a megabyte at 50,000 names, instead of two misses
 * in the trie); deeper nodes are records (a step touches one or two cache lines) with a hash
 * table when they have more than NARROW_LIMIT children and sorted edges otherwise; each edge
 * carries its child's value and a 32-bit filter of the child's edge characters, so most walks
 * stop without reading the child. The shipped format is unchanged (the tables are derived), and
 * the walk is inlined into `scan`, which writes matches into the caller's Int32Array: an object
 * per match cost about as much as the scan at 50,000 names.
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
  // Straight from the sorted keys, no object trie (the background builds 50,000 names at every
  // rebuild): a key adds the nodes below its longest common prefix with the key before it, and
  // breadth-first order is level by level, each level in key order.
  const sorted = entries.filter((e) => e.key).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shared = new Int32Array(sorted.length);
  let depth = 0;
  for (let k = 0; k < sorted.length; k++) {
    const key = sorted[k]!.key;
    if (k > 0) {
      const before = sorted[k - 1]!.key;
      let common = 0;
      while (common < key.length && common < before.length && key.charCodeAt(common) === before.charCodeAt(common))
        common++;
      shared[k] = common;
    }
    depth = Math.max(depth, key.length);
  }
  // Nodes per level, then the first node number of each level (the root is node 0).
  const levelStart = new Int32Array(depth + 2);
  for (let k = 0; k < sorted.length; k++)
    for (let d = shared[k]! + 1; d <= sorted[k]!.key.length; d++) levelStart[d + 1]!++;
  levelStart[1] = 1;
  for (let d = 1; d <= depth; d++) levelStart[d + 1] = levelStart[d + 1]! + levelStart[d]!;
  const nodeCount = levelStart[depth + 1]! || 1;
  const edgeCount = nodeCount - 1;
  const firstEdge = new Uint32Array(nodeCount + 1);
  const edgeChar = new Uint16Array(edgeCount);
  const values = new Int32Array(nodeCount).fill(NO_VALUE);
  const children = new Uint32Array(nodeCount);
  const next = levelStart.slice();
  const path = new Int32Array(depth + 1);
  for (let k = 0; k < sorted.length; k++) {
    const { key, value } = sorted[k]!;
    for (let d = shared[k]! + 1; d <= key.length; d++) {
      const node = next[d]!++;
      path[d] = node;
      children[path[d - 1]!]!++;
      // Breadth-first numbering: the edge into node n is edge n - 1.
      edgeChar[node - 1] = key.charCodeAt(d - 1);
    }
    values[path[key.length]!] = value;
  }
  for (let n = 0; n < nodeCount; n++) firstEdge[n + 1] = firstEdge[n]! + children[n]!;

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

/** Nodes with at most this many children are searched linearly (4 and 16 measured the same, within noise). */
const NARROW_LIMIT = 8;

/** A folded Latin letter or digit: a name edge there must not continue a word (see word-boundary.ts). */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

export class Automaton {
  /**
   * The trie compiled for walking. At a node's offset p, trie[p] is its value (NO_VALUE if no
   * name ends there) and trie[p + 1] its child count n if n <= NARROW_LIMIT, followed by n edges
   * sorted by character; for a wider node trie[p + 1] is -shift and a hash table of
   * 2^(32 - shift) edges follows. An edge is EDGE_INTS ints: character, child offset (0 = empty
   * slot: the root is nobody's child), the child's value, and a filter of the child's own edge
   * characters (bit c & 31). The copies let the walk stop at a child without reading its record,
   * which with tens of thousands of names is a cache miss: most walks end one step after a match.
   */
  private readonly trie: Int32Array;
  /**
   * Every node two characters deep, in one open-addressed hash table keyed by its two
   * characters, PAIR_INTS ints per slot: the key (first << 16 | second), the node's offset
   * (0 = empty slot), its value and its edge filter. With many names nearly every character of a
   * Chinese text starts one and a third of the positions start a name's first two characters:
   * one probe here (a megabyte) replaces the root's child record plus its hash table (two cache
   * misses), and most walks end right there.
   */
  private readonly pairTable: Int32Array;
  private readonly pairTableShift: number;
  /**
   * A bit per hashed pair of first two characters that some name starts with (about 16 bits
   * per pair, at most 128 KB): most positions are turned away here, before any table is read.
   */
  private readonly pairs: Int32Array;
  private readonly pairShift: number;
  /**
   * A bit per character that is a whole name by itself (rare: names have two characters or
   * more; none at all in the shipped data, and then the scan never reads this).
   */
  private readonly singles: Int32Array;
  /** The value of each one-character name, by its character. */
  private readonly singleValues: ReadonlyMap<number, number>;
  readonly nodeCount: number;
  /** The largest value a match can carry (-1 with no names): callers check it against their table. */
  readonly maxValue: number;

  constructor(buffer: ArrayBuffer) {
    if (buffer.byteLength < 12) throw new AutomatonFormatError('too short');
    const header = new Uint32Array(buffer, 0, 3);
    if (header[0] !== MAGIC) throw new AutomatonFormatError('wrong magic number');
    const nodeCount = header[1]!;
    const edgeCount = header[2]!;
    if (nodeCount < 1) throw new AutomatonFormatError('no root node');
    if (edgeCount !== nodeCount - 1) throw new AutomatonFormatError('edge count does not match node count');
    let offset = 12;
    const need = offset + (nodeCount + 1) * 4 + nodeCount * 4 + edgeCount * 2;
    if (buffer.byteLength < need) throw new AutomatonFormatError('truncated');
    const firstEdge = new Uint32Array(buffer, offset, nodeCount + 1);
    offset += (nodeCount + 1) * 4;
    const values = new Int32Array(buffer, offset, nodeCount);
    offset += nodeCount * 4;
    const edgeChar = new Uint16Array(buffer, offset, edgeCount);
    this.nodeCount = nodeCount;
    let maxValue = NO_VALUE;
    for (let node = 0; node < nodeCount; node++) maxValue = Math.max(maxValue, values[node]!);
    this.maxValue = maxValue;

    // Validate what the walk relies on (edges in range and sorted within a node; breadth-first,
    // so a node's edges lead to later nodes) while laying out the compiled records.
    if (firstEdge[0] !== 0 || firstEdge[nodeCount] !== edgeCount)
      throw new AutomatonFormatError('edge table does not add up');
    const at = new Uint32Array(nodeCount);
    const filter = new Int32Array(nodeCount);
    let size = 0;
    for (let node = 0; node < nodeCount; node++) {
      const lo = firstEdge[node]!;
      const hi = firstEdge[node + 1]!;
      if (hi < lo || hi > edgeCount) throw new AutomatonFormatError(`node ${node} has an invalid edge range`);
      if (lo < hi && lo < node) throw new AutomatonFormatError(`node ${node} has an edge to an earlier node`);
      for (let e = lo; e < hi; e++) {
        if (e > lo && edgeChar[e]! <= edgeChar[e - 1]!)
          throw new AutomatonFormatError(`node ${node} has unsorted edges`);
        filter[node] = filter[node]! | (1 << (edgeChar[e]! & 31));
      }
      at[node] = size;
      size += 2 + EDGE_INTS * (hi - lo <= NARROW_LIMIT ? hi - lo : tableSize(hi - lo));
    }
    if (size > 0x7fffffff) throw new AutomatonFormatError('too large');

    const trie = new Int32Array(size);
    const putEdge = (q: number, e: number) => {
      trie[q] = edgeChar[e]!;
      trie[q + 1] = at[e + 1]!;
      trie[q + 2] = values[e + 1]!;
      trie[q + 3] = filter[e + 1]!;
    };
    for (let node = 0; node < nodeCount; node++) {
      const p = at[node]!;
      const lo = firstEdge[node]!;
      const hi = firstEdge[node + 1]!;
      trie[p] = values[node]!;
      if (hi - lo <= NARROW_LIMIT) {
        trie[p + 1] = hi - lo;
        for (let e = lo; e < hi; e++) putEdge(p + 2 + EDGE_INTS * (e - lo), e);
        continue;
      }
      const slots = tableSize(hi - lo);
      const shift = 32 - Math.log2(slots);
      trie[p + 1] = -shift;
      for (let e = lo; e < hi; e++) {
        let slot = Math.imul(edgeChar[e]!, HASH_MULTIPLIER) >>> shift;
        while (trie[p + 3 + EDGE_INTS * slot] !== NO_CHILD) slot = (slot + 1) & (slots - 1);
        putEdge(p + 2 + EDGE_INTS * slot, e);
      }
    }
    this.trie = trie;
    // Depth-1 nodes are 1..firstEdge[1] (breadth-first); their edges lead to the depth-2 nodes.
    const pairCount = firstEdge[firstEdge[1]! + 1]! - firstEdge[1]!;
    const pairBits = Math.min(MAX_PAIR_BITS, Math.max(10, 32 - Math.clz32(pairCount * 16)));
    this.pairShift = 32 - pairBits;
    this.pairs = new Int32Array(1 << (pairBits - 5));
    // Load at most 3/4 (a megabyte at 50,000 names): the table stays in cache, and a probe
    // finds its key within a line or two.
    const pairSlots = 1 << (32 - Math.clz32(Math.max(1, Math.ceil((pairCount * 4) / 3)) - 1));
    this.pairTableShift = 32 - Math.log2(pairSlots);
    this.pairTable = new Int32Array(pairSlots * PAIR_INTS);
    this.singles = new Int32Array(0x10000 / 32);
    const singleValues = new Map<number, number>();
    for (let e = firstEdge[0]; e < firstEdge[1]!; e++) {
      const first = edgeChar[e]!;
      if (values[e + 1] !== NO_VALUE) {
        this.singles[first >>> 5] = this.singles[first >>> 5]! | (1 << (first & 31));
        singleValues.set(first, values[e + 1]!);
      }
      for (let f = firstEdge[e + 1]!; f < firstEdge[e + 2]!; f++) {
        const second = edgeChar[f]!;
        const key = (first << 16) | second;
        const bit = pairHash(key, this.pairShift);
        this.pairs[bit >>> 5] = this.pairs[bit >>> 5]! | (1 << (bit & 31));
        let slot = pairHash(key, this.pairTableShift);
        while (this.pairTable[slot * PAIR_INTS + 1] !== NO_CHILD) slot = (slot + 1) & (pairSlots - 1);
        const q = slot * PAIR_INTS;
        this.pairTable[q] = key;
        this.pairTable[q + 1] = at[f + 1]!;
        this.pairTable[q + 2] = values[f + 1]!;
        this.pairTable[q + 3] = filter[f + 1]!;
      }
    }
    this.singleValues = singleValues;
  }

  /** The edge of the node at offset `node` along `code` (its offset in `trie`), or -1. */
  private edge(node: number, code: number): number {
    const trie = this.trie;
    const info = trie[node + 1]!;
    if (info >= 0) {
      for (let q = node + 2, end = node + 2 + EDGE_INTS * info; q < end; q += EDGE_INTS) {
        const c = trie[q]!;
        if (c >= code) return c === code ? q : -1;
      }
      return -1;
    }
    const shift = -info;
    const mask = 0xffffffff >>> shift;
    for (let slot = Math.imul(code, HASH_MULTIPLIER) >>> shift; ; slot = (slot + 1) & mask) {
      const q = node + 2 + EDGE_INTS * slot;
      if (trie[q + 1] === NO_CHILD) return -1;
      if (trie[q] === code) return q;
    }
  }

  /** The longest name starting at `start` that sits on word boundaries, or null. */
  longestAt(text: string, start: number): AutomatonMatch | null {
    let best: AutomatonMatch | null = null;
    let node = 0;
    let i = start;
    for (;;) {
      const value = this.trie[node]!;
      if (value !== NO_VALUE && atWordBoundary(text, start, i)) best = { start, end: i, value };
      if (i >= text.length) break;
      const q = this.edge(node, text.charCodeAt(i));
      if (q < 0) break;
      node = this.trie[q + 1]!;
      i++;
    }
    return best;
  }

  /**
   * Leftmost-longest matches starting in `text[from, to)`, written into `out` as MATCH_INTS ints
   * each (start, end, value); returns how many. A match may end after `to`. When `out` fills up
   * the scan stops there: the caller scans again from the last match's end (`scanStop` says
   * where a finished scan stopped). This is `longestAt` at every position, inlined (with `edge`
   * and the word-boundary rule) so the loop makes no calls and allocates nothing: with tens of
   * thousands of names a page yields a match every ten characters, and an object per match
   * (or a callback per match) cost as much as the scan itself.
   */
  scan(text: string, from: number, to: number, out: Int32Array): number {
    const capacity = out.length - (out.length % MATCH_INTS);
    let count = 0;
    const trie = this.trie;
    const pairs = this.pairs;
    const pairShift = this.pairShift;
    const pairTable = this.pairTable;
    const pairTableShift = this.pairTableShift;
    const pairMask = (pairTable.length / PAIR_INTS - 1) | 0;
    const length = text.length;
    const end = Math.min(to, length);
    // Positions followed by a second character: the fast loops below stop before the last one.
    const lastPair = Math.min(end, length - 1);
    const singles = this.singles;
    const hasSingles = this.singleValues.size > 0;
    let i = from;
    // The pair at i, carried over: each character is read once while the scan moves on by one.
    let first = i < length ? text.charCodeAt(i) : -1;
    let second = -1;
    while (i < end) {
      // Most positions start no name: skip them in a tight loop (one read, one hash, one bit).
      if (hasSingles) {
        for (; i < lastPair; i++, first = second) {
          second = text.charCodeAt(i + 1);
          const bit = Math.imul((first << 16) | second, HASH_MULTIPLIER) >>> pairShift;
          if ((pairs[bit >>> 5]! & (1 << bit)) !== 0 || (singles[first >>> 5]! & (1 << first)) !== 0) break;
        }
      } else {
        for (; i < lastPair; i++, first = second) {
          second = text.charCodeAt(i + 1);
          const bit = Math.imul((first << 16) | second, HASH_MULTIPLIER) >>> pairShift;
          if ((pairs[bit >>> 5]! & (1 << bit)) !== 0) break;
        }
      }
      if (i >= end) break;
      // The text's last character has no second (and only a single-character name can start there).
      if (i >= lastPair) second = -1;
      const key = (first << 16) | second;
      // One hash for both: the set takes its top pairBits bits, the table fewer of the same.
      const hash = Math.imul(key, HASH_MULTIPLIER);
      const bit = hash >>> pairShift;
      const pairStarts = second >= 0 && (pairs[bit >>> 5]! & (1 << bit)) !== 0;
      // A Latin name would start inside a Latin word (whatever its end), or (the last character)
      // nothing starts here: next position.
      if (
        (!pairStarts && !(hasSingles && (singles[first >>> 5]! & (1 << first)) !== 0)) ||
        (first < 0x80 && isWordCode(first) && i > 0 && isWordCode(text.charCodeAt(i - 1)))
      ) {
        i++;
        first = second;
        continue;
      }
      let bestEnd = -1;
      let bestValue = NO_VALUE;
      if (hasSingles && (singles[first >>> 5]! & (1 << first)) !== 0 && !(isWordCode(first) && isWordCode(second))) {
        bestEnd = i + 1;
        bestValue = this.singleValues.get(first)!;
      }
      if (pairStarts) {
        let q = -1;
        for (let slot = hash >>> pairTableShift; ; slot = (slot + 1) & pairMask) {
          const e = slot * PAIR_INTS;
          if (pairTable[e + 1] === NO_CHILD) break;
          if (pairTable[e] === key) {
            q = e;
            break;
          }
        }
        if (q >= 0) {
          let node = pairTable[q + 1]!;
          let value = pairTable[q + 2]!;
          let filter = pairTable[q + 3]!;
          let last = second;
          let j = i + 2;
          for (;;) {
            const next = j < length ? text.charCodeAt(j) : -1;
            if (value !== NO_VALUE && !(isWordCode(last) && isWordCode(next))) {
              bestEnd = j;
              bestValue = value;
            }
            if (next < 0 || ((filter >>> (next & 31)) & 1) === 0) break;
            const info = trie[node + 1]!;
            let edge = -1;
            if (info >= 0) {
              for (let e = node + 2, end = e + EDGE_INTS * info; e < end; e += EDGE_INTS) {
                const c = trie[e]!;
                if (c >= next) {
                  if (c === next) edge = e;
                  break;
                }
              }
            } else {
              const shift = -info;
              const mask = 0xffffffff >>> shift;
              const table = node + 2;
              for (let slot = Math.imul(next, HASH_MULTIPLIER) >>> shift; ; slot = (slot + 1) & mask) {
                const e = table + EDGE_INTS * slot;
                if (trie[e + 1] === NO_CHILD) break;
                if (trie[e] === next) {
                  edge = e;
                  break;
                }
              }
            }
            if (edge < 0) break;
            node = trie[edge + 1]!;
            value = trie[edge + 2]!;
            filter = trie[edge + 3]!;
            last = next;
            j++;
          }
        }
      }
      if (bestEnd > 0) {
        if (count === capacity) break;
        out[count] = i;
        out[count + 1] = bestEnd;
        out[count + 2] = bestValue;
        count += MATCH_INTS;
        i = bestEnd;
        first = i < length ? text.charCodeAt(i) : -1;
      } else {
        i++;
        first = second;
      }
    }
    return count / MATCH_INTS;
  }

  /** Every leftmost-longest match in `text`, as objects (for tests and build-time callers; pages use `scan`). */
  findAll(text: string): AutomatonMatch[] {
    const found: AutomatonMatch[] = [];
    const out = new Int32Array(MATCH_INTS * 256);
    for (let from = 0; ;) {
      const count = this.scan(text, from, text.length, out);
      for (let k = 0; k < count * MATCH_INTS; k += MATCH_INTS)
        found.push({ start: out[k]!, end: out[k + 1]!, value: out[k + 2]! });
      if (count * MATCH_INTS < out.length) return found;
      from = out[(count - 1) * MATCH_INTS + 1]!;
    }
  }
}

/** Ints per match written by `Automaton.scan`: start, end, value. */
export const MATCH_INTS = 3;

/**
 * Where a scan of `text[from, to)` that wrote `count` matches into `out` and did not fill it
 * stopped: past `to` when its last name runs over it (the next slice must start there, so it
 * does not find a shorter name inside that one).
 */
export function scanStop(from: number, to: number, out: Int32Array, count: number): number {
  const stop = Math.max(from, to);
  return count > 0 ? Math.max(stop, out[(count - 1) * MATCH_INTS + 1]!) : stop;
}

/** Ints per edge: character, child offset, child value, child's edge filter. */
const EDGE_INTS = 4;

/** Ints per slot of the two-character table: key, node offset, value, edge filter (16 bytes). */
const PAIR_INTS = 4;

/** Fibonacci hashing: spreads both consecutive Latin codes and CJK codes over the table. */
const HASH_MULTIPLIER = 0x9e3779b1 | 0;

/** log2 of the largest number of bits in the set of first-two-character pairs (128 KB). */
const MAX_PAIR_BITS = 20;

/** Fibonacci hashing of a pair's key (first << 16 | second): the top bits depend on both. */
function pairHash(key: number, shift: number): number {
  return Math.imul(key, HASH_MULTIPLIER) >>> shift;
}

/** Hash slots for a node with `children` children: the power of two at least twice that. */
function tableSize(children: number): number {
  return 1 << (32 - Math.clz32(children * 2 - 1));
}
