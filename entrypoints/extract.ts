/**
 * The article extractor, injected into a tab only when the reader saves it
 * (`scripting.executeScript` from the background), so the always-on content script does not
 * carry Readability. Runs in the extension's isolated world and returns plain text and metadata
 * (checked by lib/library/save-job.ts); the page's DOM is read from a copy, never changed.
 */
import { extractPage } from '../lib/library/extract-page';

export default defineUnlistedScript(() => extractPage(document, location.href));
