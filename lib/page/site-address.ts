/**
 * The address whose site decides whether a frame is marked. `srcdoc` and `about:blank` frames
 * (comment widgets, embedded articles) have no host of their own but take their parent's
 * origin: they follow the site they are embedded in, so turning a site off reaches them too.
 */
export function siteAddress(href: string, origin: string): string {
  return href.startsWith('about:') && origin !== 'null' ? origin : href;
}
