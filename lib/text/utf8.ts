/**
 * UTF-8 size of a string without encoding it (files and pages may be tens of megabytes), stopping
 * once past `stopAbove`: the answer is then only "more than that".
 */
export function utf8Bytes(source: string, stopAbove = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < source.length && bytes <= stopAbove; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether `source` is over `limit` bytes, cheaply: N characters are N to 3N bytes. */
export function exceedsUtf8Bytes(source: string, limit: number): boolean {
  if (source.length > limit) return true;
  return source.length * 3 > limit && utf8Bytes(source, limit) > limit;
}
