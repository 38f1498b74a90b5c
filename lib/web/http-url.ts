/**
 * The extension's one check for addresses that may become a link, a note's page or an export's
 * link: only absolute http(s) URLs pass. `javascript:`, `data:`, `file:`, `chrome-extension:` and
 * anything unparsable are refused, whatever their case, spaces or control characters (the URL
 * parser strips those the way a browser does before choosing the scheme).
 */
export function httpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

export function isHttpUrl(raw: string | null | undefined): boolean {
  return httpUrl(raw) !== null;
}
