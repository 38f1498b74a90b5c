/** A page's address as notes key it: no fragment, no tracking parameters (utm_*, spm…). */
const TRACKING = /^(utm_[a-z]+|spm|from|fbclid|gclid)$/i;

export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.trim();
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  return url.toString();
}
