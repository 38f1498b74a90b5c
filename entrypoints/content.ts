export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  main() {
    // Recognition arrives with the next issue; the script is wired now so the manifest is final.
  },
});
