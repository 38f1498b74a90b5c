export default defineBackground(() => {
  // The toolbar button opens the side panel (later issues add the rest).
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
});
