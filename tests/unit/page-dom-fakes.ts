/**
 * happy-dom has no Custom Highlight API nor StaticRange: Set- and record-backed stand-ins,
 * installed as globals by importing this module.
 */
import { vi } from 'vitest';

class FakeHighlight extends Set<AbstractRange> {}

class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    ({
      startContainer: this.startContainer,
      startOffset: this.startOffset,
      endContainer: this.endContainer,
      endOffset: this.endOffset,
    } = init);
  }
}

vi.stubGlobal('Highlight', FakeHighlight);
vi.stubGlobal('StaticRange', FakeStaticRange);
vi.stubGlobal('CSS', { highlights: new Map() });
