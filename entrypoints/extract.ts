/**
 * The article extractor, injected into a tab only when the reader saves it
 * (`scripting.executeScript` from the background), so the always-on content script does not
 * carry Readability. Runs in the extension's isolated world and returns plain text and metadata
 * (lib/library/save-job.ts checks it); the page's DOM is read from a clone, never changed.
 */
import { extractionResult } from '../lib/library/extraction-result';

export default defineUnlistedScript(() => extractionResult(document, location.href));
