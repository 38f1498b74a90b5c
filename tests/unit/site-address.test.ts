import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../lib/page/site-address';

describe('the address a frame is judged by', () => {
  it('is the page address for ordinary frames', () => {
    expect(siteAddress('https://36kr.com/p/1', 'https://36kr.com')).toBe('https://36kr.com/p/1');
  });

  it('is the inherited origin for srcdoc and about:blank frames', () => {
    expect(siteAddress('about:srcdoc', 'https://36kr.com')).toBe('https://36kr.com');
    expect(siteAddress('about:blank', 'https://36kr.com')).toBe('https://36kr.com');
  });

  it('stays about: for a sandboxed frame with an opaque origin', () => {
    expect(siteAddress('about:srcdoc', 'null')).toBe('about:srcdoc');
  });
});
