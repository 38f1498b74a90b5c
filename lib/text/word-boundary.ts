/** Folded text: Latin letters are lower-case already. */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * A Latin edge of a match must not continue a Latin word or number in the (folded) text:
 * Sora not in Soraya, 360 not in 3600, but OPPO in OPPO的.
 */
export function atWordBoundary(text: string, start: number, end: number): boolean {
  if (isWordCode(text.charCodeAt(start)) && start > 0 && isWordCode(text.charCodeAt(start - 1))) return false;
  if (isWordCode(text.charCodeAt(end - 1)) && end < text.length && isWordCode(text.charCodeAt(end))) return false;
  return true;
}
