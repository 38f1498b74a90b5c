/**
 * Every string the extension shows, in English, Simplified and Traditional Chinese. This table is
 * the single source: the build writes `_locales/<locale>/messages.json` from it (wxt.config.ts),
 * and extension code reads it back through `chrome.i18n`, which picks the browser's locale.
 * `{1}`, `{2}` are substitutions.
 */
import type { EntityType } from '../core/entity-type';
import type { ClaimKind, Modality } from '../claims/extract';

export type Locale = 'en' | 'zh_CN' | 'zh_TW';
export const LOCALES: readonly Locale[] = ['en', 'zh_CN', 'zh_TW'];

type Entry = readonly [en: string, zhCN: string, zhTW: string];

export const STRINGS = {
  extName: ['Tech Lens', 'Tech Lens 科技透镜', 'Tech Lens 科技透鏡'],
  extDescription: [
    'Marks companies, AI models and people from a bundled Chinese tech-news corpus, with claims on hover and notes in a side panel. Works offline.',
    '在中文科技新闻页面上标出语料中的公司、AI 模型和人物，悬停查看说法，在侧栏记笔记。完全离线。',
    '在中文科技新聞頁面上標出語料中的公司、AI 模型和人物，懸停查看說法，在側欄記筆記。完全離線。',
  ],

  typeCompany: ['Company', '公司', '公司'],
  typeOrganization: ['Organization', '机构', '機構'],
  typePerson: ['Person', '人物', '人物'],
  typeModel: ['AI model', 'AI 模型', 'AI 模型'],
  typeProduct: ['Product', '产品', '產品'],
  typeReport: ['Report', '报告', '報告'],
  typeRegulation: ['Regulation', '法规', '法規'],

  kindFunding: ['Funding', '投融资', '投融資'],
  kindFigure: ['Figures', '数据', '數據'],
  kindLaunch: ['Launch', '发布', '發布'],
  kindStatement: ['Statement', '表态', '表態'],
  kindComparison: ['Comparison', '比较', '比較'],
  kindEvent: ['Event', '事件', '事件'],
  kindDenial: ['Denial', '否认', '否認'],
  kindForecast: ['Forecast', '预测', '預測'],
  kindOpinion: ['Opinion', '观点', '觀點'],
  modalityReported: ['Reported', '报道', '報道'],
  modalityForecast: ['Forecast', '预测', '預測'],
  modalityOpinion: ['Opinion', '观点', '觀點'],
  modalityDenied: ['Denied', '否认', '否認'],
  attributedTo: ['per {1}', '据{1}', '據{1}'],
  titleDerived: ['title by editor', '标题为编辑所拟', '標題為編輯所擬'],
  contradicted: ['Disputed: see the denial', '有否认，见下', '有否認，見下'],
  bestMention: ['Mentioned in {1} articles, e.g.:', '在 {1} 篇文章中提及，例如：', '在 {1} 篇文章中提及，例如：'],

  aliases: ['Also called', '又称', '又稱'],
  partOf: ['Part of', '隶属', '隸屬'],
  claims: ['What the corpus says', '语料中的说法', '語料中的說法'],
  noClaims: [
    'The corpus makes no specific claim about it yet.',
    '语料中暂无关于它的具体说法。',
    '語料中暫無關於它的具體說法。',
  ],
  related: ['Related', '相关', '相關'],
  openPanel: ['Open in side panel', '在侧栏查看', '在側欄查看'],
  addNote: ['Add note', '添加笔记', '新增筆記'],
  close: ['Close', '关闭', '關閉'],
  mentionStats: ['{1} mentions · {2} articles', '{1} 次提及 · {2} 篇文章', '{1} 次提及 · {2} 篇文章'],
  backedBy: ['{1} articles say so', '{1} 篇文章提及', '{1} 篇文章提及'],
  loading: ['Loading…', '加载中…', '載入中…'],
  unavailable: [
    'The corpus cannot be read right now. Try again in a moment.',
    '暂时无法读取语料，请稍后再试。',
    '暫時無法讀取語料，請稍後再試。',
  ],
  turnOffSite: ['Turn off on this site', '在此网站关闭', '在此網站關閉'],
  turnOnSite: ['Turn on for this site', '在此网站开启', '在此網站開啟'],
  settings: ['Settings', '设置', '設定'],
  settingsNotSaved: [
    'The setting was not saved ({1}). Nothing changed; try again.',
    '设置没有保存（{1}），没有任何改变，请重试。',
    '設定沒有儲存（{1}），沒有任何改變，請重試。',
  ],

  optionsTitle: ['Tech Lens settings', 'Tech Lens 设置', 'Tech Lens 設定'],
  sectionSites: ['Sites', '网站', '網站'],
  pauseAll: ['Pause everywhere', '在所有网站暂停', '在所有網站暫停'],
  pausedNote: [
    'Paused: no page is marked until you resume.',
    '已暂停：恢复前不会标记任何页面。',
    '已暫停：恢復前不會標記任何頁面。',
  ],
  disabledSites: ['Turned off on these sites', '已关闭的网站', '已關閉的網站'],
  noDisabledSites: [
    'None. Turn a site off from its popover, the side panel or Alt+Shift+M.',
    '暂无。可在悬浮卡片、侧栏或按 Alt+Shift+M 关闭某个网站。',
    '暫無。可在懸浮卡片、側欄或按 Alt+Shift+M 關閉某個網站。',
  ],
  removeSite: ['Turn back on', '重新开启', '重新開啟'],
  addSite: ['Turn off a site', '关闭一个网站', '關閉一個網站'],
  addSitePlaceholder: ['example.com', 'example.com', 'example.com'],
  add: ['Add', '添加', '新增'],
  sectionDisplay: ['Display', '显示', '顯示'],
  highlightStyle: ['Mark style', '标记样式', '標記樣式'],
  styleUnderline: ['Dotted underline', '点状下划线', '點狀底線'],
  styleBackground: ['Tinted background', '浅色背景', '淺色背景'],
  styleHover: ['Hidden until hovered', '悬停时才显示', '懸停時才顯示'],
  markedTypes: ['Mark these kinds of names', '标记这些类型', '標記這些類型'],
  trigger: ['Open the card', '打开卡片的方式', '打開卡片的方式'],
  triggerHover: ['On hover', '悬停', '懸停'],
  triggerModifier: ['On hover while holding Alt', '按住 Alt 键悬停', '按住 Alt 鍵懸停'],
  triggerClick: ['On click', '点击', '點擊'],
  scriptPreference: ['Script of corpus text', '语料文字的字体', '語料文字的字體'],
  scriptPage: ['Same as the page', '跟随页面', '跟隨頁面'],
  scriptHans: ['Simplified', '简体', '簡體'],
  scriptHant: ['Traditional', '繁体', '繁體'],
  theme: ['Theme', '主题', '主題'],
  themeSystem: ['System', '跟随系统', '跟隨系統'],
  themeLight: ['Light', '浅色', '淺色'],
  themeDark: ['Dark', '深色', '深色'],
  sectionShortcuts: ['Keyboard shortcuts', '快捷键', '快速鍵'],
  shortcutsHint: [
    'Change them at chrome://extensions/shortcuts.',
    '可在 chrome://extensions/shortcuts 修改。',
    '可在 chrome://extensions/shortcuts 修改。',
  ],
  notSet: ['not set', '未设置', '未設定'],

  tabPage: ['This page', '本页', '本頁'],
  tabRelated: ['Related', '相关文章', '相關文章'],
  tabNotes: ['Notes', '笔记', '筆記'],
  noPage: [
    'Open a Chinese tech-news page to see what Tech Lens finds on it.',
    '打开一个中文科技新闻页面，这里会显示识别到的内容。',
    '打開一個中文科技新聞頁面，這裡會顯示識別到的內容。',
  ],
  noEntities: [
    'No corpus entity found on this page yet.',
    '这一页还没有识别到语料中的实体。',
    '這一頁還沒有識別到語料中的實體。',
  ],
  entitiesOnPage: ['{1} entities on this page', '本页识别到 {1} 个实体', '本頁識別到 {1} 個實體'],
  showOnPage: ['Show on page', '在页面上定位', '在頁面上定位'],
  claimsByKind: ['All claims, by kind', '全部说法（按类别）', '全部說法（按類別）'],
  back: ['Back', '返回', '返回'],

  relatedHeading: [
    'Articles related to this page, from the corpus and your library',
    '与本页相关的文章（语料和资料库）',
    '與本頁相關的文章（語料和資料庫）',
  ],
  relatedEmpty: [
    'No corpus article shares entities with this page.',
    '语料中没有与本页共享实体的文章。',
    '語料中沒有與本頁共享實體的文章。',
  ],
  shared: ['Shared', '共同提及', '共同提及'],
  readArticle: ['Read', '阅读', '閱讀'],
  original: ['Original article', '原文链接', '原文連結'],
  noOriginal: ['The original address is not known.', '原文地址未知。', '原文地址未知。'],
  articleNotFound: ['This corpus article does not exist.', '语料中没有这篇文章。', '語料中沒有這篇文章。'],

  viewPage: ['This page', '本页', '本頁'],
  viewAll: ['All', '全部', '全部'],
  viewEntity: ['By entity', '按实体', '按實體'],
  viewTag: ['By tag', '按标签', '按標籤'],
  search: ['Search notes (any script)', '搜索笔记（简繁通用）', '搜尋筆記（簡繁通用）'],
  newNote: ['New note', '新建笔记', '新增筆記'],
  notesEmpty: [
    'No notes yet. Hover a name on the page and choose “Add note”, or select text and press Alt+Shift+K.',
    '还没有笔记。在页面上悬停一个名字并点“添加笔记”，或选中文字后按 Alt+Shift+K。',
    '還沒有筆記。在頁面上懸停一個名字並點「新增筆記」，或選取文字後按 Alt+Shift+K。',
  ],
  noMatches: ['No note matches.', '没有匹配的笔记。', '沒有符合的筆記。'],
  noteBody: ['Note', '笔记内容', '筆記內容'],
  notePlaceholder: [
    'Write your thoughts… (Markdown: **bold**, *italic*, - lists)',
    '写下你的想法…（支持 **粗体**、*斜体*、- 列表）',
    '寫下你的想法…（支援 **粗體**、*斜體*、- 清單）',
  ],
  tags: ['Tags', '标签', '標籤'],
  tagsPlaceholder: ['tags, separated by commas', '标签，用逗号分隔', '標籤，以逗號分隔'],
  deleteNote: ['Delete', '删除', '刪除'],
  deleted: ['Note deleted.', '笔记已删除。', '筆記已刪除。'],
  undo: ['Undo', '撤销', '復原'],
  edit: ['Edit', '编辑', '編輯'],
  preview: ['Preview', '预览', '預覽'],
  orphan: ['Quote not found on the page any more', '页面上已找不到这段引文', '頁面上已找不到這段引文'],
  anchoredFuzzy: ['Quote found with small changes', '引文有少量改动，已重新定位', '引文有少量改動，已重新定位'],
  showQuote: ['Show quote on page', '在页面上显示引文', '在頁面上顯示引文'],
  conflict: [
    'This note was changed in another window too. Both versions are kept: the other one is tagged “conflict”.',
    '这条笔记在另一个窗口也被修改了。两个版本都已保留，另一版本带有“conflict”标签。',
    '這則筆記在另一個視窗也被修改了。兩個版本都已保留，另一版本帶有「conflict」標籤。',
  ],
  quotaError: [
    'The disk is full: the note was not saved. Your text is still in the box.',
    '磁盘空间不足，笔记没有保存；文字仍保留在输入框里。',
    '磁碟空間不足，筆記沒有儲存；文字仍保留在輸入框裡。',
  ],
  saveError: [
    'The note was not saved ({1}). Your text is still in the box.',
    '笔记没有保存（{1}）；文字仍保留在输入框里。',
    '筆記沒有儲存（{1}）；文字仍保留在輸入框裡。',
  ],
  damagedNotes: [
    '{1} stored notes are damaged and cannot be shown. They are kept as they are; your other notes are intact.',
    '有 {1} 条已存笔记已损坏，无法显示。它们原样保留，其他笔记不受影响。',
    '有 {1} 則已存筆記已損壞，無法顯示。它們原樣保留，其他筆記不受影響。',
  ],
  notesBlocked: [
    'Notes are being upgraded, but another Tech Lens page still uses the old version. Close other Tech Lens tabs and side panels.',
    '笔记正在升级，但另一个 Tech Lens 页面仍在使用旧版本。请关闭其他 Tech Lens 标签页和侧栏。',
    '筆記正在升級，但另一個 Tech Lens 頁面仍在使用舊版本。請關閉其他 Tech Lens 分頁和側欄。',
  ],
  readError: ['Notes cannot be read: {1}', '无法读取笔记：{1}', '無法讀取筆記：{1}'],
  saved: ['Saved', '已保存', '已儲存'],
  exportMarkdown: ['Export Markdown', '导出 Markdown', '匯出 Markdown'],
  exportJson: ['Export JSON', '导出 JSON', '匯出 JSON'],
  importJson: ['Import JSON', '导入 JSON', '匯入 JSON'],
  importDone: [
    'Imported: {1} added, {2} updated, {3} unchanged.',
    '导入完成：新增 {1} 条，更新 {2} 条，未变 {3} 条。',
    '匯入完成：新增 {1} 則，更新 {2} 則，未變 {3} 則。',
  ],
  importTooLarge: ['the file is larger than 50 MB.', '文件大于 50 MB。', '檔案大於 50 MB。'],
  importNotJson: [
    'the file is not valid JSON (cut off?).',
    '文件不是有效的 JSON（可能不完整）。',
    '檔案不是有效的 JSON（可能不完整）。',
  ],
  importNotOurs: [
    'this is not a Tech Lens notes export.',
    '这不是 Tech Lens 导出的笔记文件。',
    '這不是 Tech Lens 匯出的筆記檔案。',
  ],
  importNewerVersion: [
    'the file comes from a newer version of Tech Lens (format {1}); update the extension first.',
    '文件来自更新版本的 Tech Lens（格式 {1}），请先更新扩展。',
    '檔案來自較新版本的 Tech Lens（格式 {1}），請先更新擴充功能。',
  ],
  importUnknownVersion: ['unknown format version {1}.', '未知的格式版本 {1}。', '未知的格式版本 {1}。'],
  importInvalidFile: ['the file is damaged ({1}).', '文件已损坏（{1}）。', '檔案已損壞（{1}）。'],
  importInvalidNote: ['note {1} is damaged ({2}).', '第 {1} 条笔记已损坏（{2}）。', '第 {1} 則筆記已損壞（{2}）。'],
  importDuplicateId: ['note {1} repeats the id {2}.', '第 {1} 条笔记的 id {2} 重复。', '第 {1} 則筆記的 id {2} 重複。'],
  importFailed: ['Nothing was imported: {1}', '没有导入任何笔记：{1}', '沒有匯入任何筆記：{1}'],
  importReading: ['Reading the file…', '正在读取文件…', '正在讀取檔案…'],
  importChecking: ['Checking notes: {1} of {2}…', '正在检查笔记：{1} / {2}…', '正在檢查筆記：{1} / {2}…'],
  importWriting: ['Saving notes: {1} of {2}…', '正在保存笔记：{1} / {2}…', '正在儲存筆記：{1} / {2}…'],
  notWebPage: [
    'Notes can only be kept for web pages (http or https addresses).',
    '只能为网页（http 或 https 地址）记笔记。',
    '只能為網頁（http 或 https 位址）記筆記。',
  ],
  moreNotes: ['Show more ({1} left)', '显示更多（还有 {1} 条）', '顯示更多（還有 {1} 則）'],
  noteCount: ['{1} notes', '{1} 条笔记', '{1} 則筆記'],
  untitled: ['(untitled page)', '（无标题页面）', '（無標題頁面）'],

  tabLibrary: ['Library', '资料库', '資料庫'],
  saveToLibrary: ['Save to library', '收入资料库', '收入資料庫'],
  saveThisPage: ['Save this page', '收入本页', '收入本頁'],
  savingArticle: ['Saving the article…', '正在收入文章…', '正在收入文章…'],
  processingArticle: [
    'Reading the article: names, claims, new names…',
    '正在分析文章：实体、说法、新名字…',
    '正在分析文章：實體、說法、新名字…',
  ],
  articleSaved: ['Saved to your library.', '已收入资料库。', '已收入資料庫。'],
  refuseNoAccess: [
    'Tech Lens cannot read this page ({1}): nothing was saved.',
    'Tech Lens 无法读取这个页面（{1}），没有收入。',
    'Tech Lens 無法讀取這個頁面（{1}），沒有收入。',
  ],
  saveArticleFailed: [
    'The article was not saved ({1}). Your library is unchanged.',
    '文章没有收入（{1}），资料库保持原样。',
    '文章沒有收入（{1}），資料庫保持原樣。',
  ],
  knownEntities: ['Known names', '已知实体', '已知實體'],
  articleClaims: ['What it says', '文中的说法', '文中的說法'],
  noArticleClaims: ['No complete claim found in it.', '文中没有找到完整的说法。', '文中沒有找到完整的說法。'],
  newNames: ['New names', '新名字', '新名字'],
  noNewNames: ['No new names in this article.', '这篇文章里没有新名字。', '這篇文章裡沒有新名字。'],
  timesInArticle: ['× {1}', '{1} 次', '{1} 次'],
  addAsEntity: ['Add as entity', '添加为实体', '新增為實體'],
  addEntity: ['New entity', '新建实体', '新增實體'],
  notAName: ['Not a name', '忽略', '忽略'],
  entityForm: ['Entity', '实体', '實體'],
  fieldType: ['Type', '类型', '類型'],
  fieldHans: ['Name (Simplified)', '简体名称', '簡體名稱'],
  fieldHant: ['Name (Traditional)', '繁体名称', '繁體名稱'],
  fieldEnglish: ['English name', '英文名', '英文名'],
  fieldAliases: ['Other names, comma-separated', '别名（用逗号分隔）', '別名（以逗號分隔）'],
  fieldParent: ['Owner / parent', '所属 / 母公司', '所屬 / 母公司'],
  fieldDescription: ['One-line description (optional)', '一句话介绍（可选）', '一句話介紹（選填）'],
  fieldEverydayNames: [
    'Also an everyday word: mark only in context',
    '这个名字也是普通词语，需要上下文才标出',
    '這個名字也是普通詞語，需要上下文才標出',
  ],
  fieldCues: ['Cue words, comma-separated', '提示词（用逗号分隔）', '提示詞（以逗號分隔）'],
  cuesPlaceholder: ['e.g. startup, funding', '例如：公司，融资', '例如：公司，融資'],
  everydayNamesHint: [
    'A ticked name is marked only when the article has one of the cue words, the same sentence names another known entity, or the article names at least two known entities. Without cue words only the last two count.',
    '勾选的名字只在这些时候标出：文章里出现提示词，同一句里有另一个已知实体，或文章提到至少两个已知实体。没有提示词时只看后两条。',
    '勾選的名字只在這些時候標出：文章裡出現提示詞，同一句裡有另一個已知實體，或文章提到至少兩個已知實體。沒有提示詞時只看後兩條。',
  ],
  parentUnknown: ['No entity is called “{1}”.', '没有名为“{1}”的实体。', '沒有名為「{1}」的實體。'],
  nameRequired: ['A name is needed.', '需要填写名称。', '需要填寫名稱。'],
  nameTaken: ['“{1}” is already an entity.', '“{1}”已经是实体。', '「{1}」已經是實體。'],
  saveEntity: ['Save entity', '保存实体', '儲存實體'],
  cancel: ['Cancel', '取消', '取消'],
  entityAdded: [
    '“{1}” is an entity now: open pages mark it.',
    '“{1}”已添加为实体，打开的页面会标出它。',
    '「{1}」已新增為實體，開啟的頁面會標出它。',
  ],
  nameKeptBy: ['“{1}” stays a name of {2}.', '“{1}”仍是{2}的名字。', '「{1}」仍是{2}的名字。'],
  entityUpdated: ['“{1}” saved.', '已保存“{1}”。', '已儲存「{1}」。'],
  entityDeleted: ['Entity “{1}” deleted.', '实体“{1}”已删除。', '實體「{1}」已刪除。'],
  entityNotSaved: ['The entity was not saved ({1}).', '实体没有保存（{1}）。', '實體沒有儲存（{1}）。'],
  myEntities: ['My entities', '我的实体', '我的實體'],
  dismissedNames: ['Dismissed names', '已忽略的名字', '已忽略的名字'],
  dismissedNamesHint: [
    'These are not offered as new names. Restored, a name is offered again in articles saved from now on and in the saved articles that contain it.',
    '这些名字不再作为新名字列出。恢复后，之后收入的文章和已收入且含有它的文章都会再列出它。',
    '這些名字不再作為新名字列出。恢復後，之後收入的文章和已收入且含有它的文章都會再列出它。',
  ],
  restoreName: ['Restore', '恢复', '恢復'],
  nameRestored: [
    '“{1}” will be offered as a new name again.',
    '“{1}”会重新作为新名字列出。',
    '「{1}」會重新作為新名字列出。',
  ],
  savedArticles: ['Saved articles', '已收入的文章', '已收入的文章'],
  libraryEmpty: [
    'Nothing saved yet. On an article, choose “Save to library” (or press Alt+Shift+S).',
    '资料库还是空的。在文章页面选择“收入资料库”（或按 Alt+Shift+S）。',
    '資料庫還是空的。在文章頁面選擇「收入資料庫」（或按 Alt+Shift+S）。',
  ],
  searchLibrary: ['Search saved articles (any script)', '搜索资料库（简繁通用）', '搜尋資料庫（簡繁通用）'],
  noLibraryMatches: ['No saved article matches.', '没有匹配的文章。', '沒有符合的文章。'],
  entityCount: ['{1} entities', '{1} 个实体', '{1} 個實體'],
  processAgain: ['Process again', '重新处理', '重新處理'],
  processedAgain: ['Processed again.', '已重新处理。', '已重新處理。'],
  outdatedArticle: [
    'Processed by an older version of Tech Lens: process it again for the current extraction.',
    '由旧版 Tech Lens 处理，可重新处理以使用当前的提取。',
    '由舊版 Tech Lens 處理，可重新處理以使用目前的擷取。',
  ],
  deleteArticle: ['Delete', '删除', '刪除'],
  articleDeleted: ['Article deleted.', '文章已删除。', '文章已刪除。'],
  exportBackup: ['Export backup', '导出备份', '匯出備份'],
  importBackup: ['Import backup', '导入备份', '匯入備份'],
  backupFailed: ['Nothing was imported: {1}', '没有导入任何内容：{1}', '沒有匯入任何內容：{1}'],
  libraryError: ['The library cannot be read: {1}', '无法读取资料库：{1}', '無法讀取資料庫：{1}'],
  timeline: ['Timeline', '时间线', '時間線'],
  timelineEmpty: ['No dated claim about it yet.', '还没有关于它的带日期的说法。', '還沒有關於它的帶日期的說法。'],
  librarySource: ['My library', '我的资料库', '我的資料庫'],
  savedArticleMissing: [
    'This article is not in your library any more.',
    '资料库中已没有这篇文章。',
    '資料庫中已沒有這篇文章。',
  ],
  savedOn: ['saved {1}', '收入于 {1}', '收入於 {1}'],
  librarySaveNotWebPage: [
    'Only web pages (http or https addresses) can be saved to the library.',
    '只有网页（http 或 https 地址）才能收入资料库。',
    '只有網頁（http 或 https 位址）才能收入資料庫。',
  ],
  librarySaveTooLarge: [
    'This page is too large to save ({1} MB; the limit is {2} MB).',
    '页面太大，无法收入资料库（{1} MB，上限 {2} MB）。',
    '頁面太大，無法收入資料庫（{1} MB，上限 {2} MB）。',
  ],
  librarySaveNoArticle: [
    'No article found on this page: it looks like an index, list or error page.',
    '此页面上没有找到文章，看起来是目录、列表或错误页面。',
    '此頁面上沒有找到文章，看起來是目錄、列表或錯誤頁面。',
  ],
  librarySavePaywalled: [
    'Only the start of this article is on the page (it is behind a paywall or a log-in). Open the full text, then save.',
    '页面上只有文章开头（需要订阅或登录才能阅读全文）。请先打开全文再收入资料库。',
    '頁面上只有文章開頭（需要訂閱或登入才能閱讀全文）。請先開啟全文再收入資料庫。',
  ],
  librarySaveNotChinese: [
    'The article on this page is not in Chinese; the library takes Chinese articles.',
    '此页面上的文章不是中文，资料库只收中文文章。',
    '此頁面上的文章不是中文，資料庫只收中文文章。',
  ],
  librarySaveDuplicateUrl: [
    'Already in your library: “{1}”.',
    '资料库里已有这篇文章：“{1}”。',
    '資料庫裡已有這篇文章：「{1}」。',
  ],
  librarySaveDuplicateText: [
    'The same text is already in your library, saved from another address: “{1}”.',
    '资料库里已有相同内容的文章（来自另一个地址）：“{1}”。',
    '資料庫裡已有相同內容的文章（來自另一個位址）：「{1}」。',
  ],
  librarySaveQuota: [
    'The disk is full: nothing was saved, and your library is unchanged.',
    '磁盘空间不足，没有保存任何内容，资料库保持原样。',
    '磁碟空間不足，沒有儲存任何內容，資料庫保持原樣。',
  ],
  librarySaveFailed: [
    'Nothing was saved ({1}); your library is unchanged.',
    '没有保存任何内容（{1}），资料库保持原样。',
    '沒有儲存任何內容（{1}），資料庫保持原樣。',
  ],
  backupNotOurs: [
    'this is not a Tech Lens backup or notes export.',
    '这不是 Tech Lens 的备份或笔记导出文件。',
    '這不是 Tech Lens 的備份或筆記匯出檔案。',
  ],
  backupInvalidRecord: ['{1} {2} is damaged ({3}).', '第 {2} 条{1}已损坏（{3}）。', '第 {2} 筆{1}已損壞（{3}）。'],
  backupDuplicateRecord: [
    '{1} {2} repeats the id {3}.',
    '第 {2} 条{1}的 id {3} 重复。',
    '第 {2} 筆{1}的 id {3} 重複。',
  ],
  backupSectionNotes: ['note', '笔记', '筆記'],
  backupSectionArticles: ['saved article', '资料库文章', '資料庫文章'],
  backupSectionReaderEntities: ['entity', '实体', '實體'],
  backupSectionDismissed: ['dismissed name', '已忽略的名称', '已忽略的名稱'],
  backupImportDone: [
    'Imported: {1} notes, {2} articles and {3} entities added or updated; {4} articles already saved under another address were skipped.',
    '导入完成：新增或更新笔记 {1} 条、文章 {2} 篇、实体 {3} 个；{4} 篇文章已以其他地址收入资料库，已跳过。',
    '匯入完成：新增或更新筆記 {1} 則、文章 {2} 篇、實體 {3} 個；{4} 篇文章已以其他位址收入資料庫，已略過。',
  ],

  contextAddNote: ['Add a Tech Lens note for “%s”', '为“%s”添加 Tech Lens 笔记', '為「%s」新增 Tech Lens 筆記'],
  commandOpenPanel: ['Open the Tech Lens side panel', '打开 Tech Lens 侧栏', '打開 Tech Lens 側欄'],
  commandAddNote: ['Add a note for the selected text', '为选中的文字添加笔记', '為選取的文字新增筆記'],
  commandToggleMarks: ['Turn marks on this site on or off', '在此网站开关标记', '在此網站開關標記'],
  commandSaveArticle: ['Save this article to the library', '将本文收入资料库', '將本文收入資料庫'],
  contextSaveArticle: ['Save this page to the Tech Lens library', '收入 Tech Lens 资料库', '收入 Tech Lens 資料庫'],
  contextAddEntity: ['Add “%s” as a Tech Lens entity', '将“%s”添加为实体', '將「%s」新增為實體'],
} as const satisfies Record<string, Entry>;

export type StringKey = keyof typeof STRINGS;

const TYPE_KEYS: Record<EntityType, StringKey> = {
  company: 'typeCompany',
  organization: 'typeOrganization',
  person: 'typePerson',
  model: 'typeModel',
  product: 'typeProduct',
  report: 'typeReport',
  regulation: 'typeRegulation',
};

const KIND_KEYS: Record<ClaimKind, StringKey> = {
  funding: 'kindFunding',
  figure: 'kindFigure',
  launch: 'kindLaunch',
  statement: 'kindStatement',
  comparison: 'kindComparison',
  event: 'kindEvent',
  denial: 'kindDenial',
  forecast: 'kindForecast',
  opinion: 'kindOpinion',
};

/** The small tag on a claim that is not a plain fact; none for facts. */
const MODALITY_KEYS: Record<Modality, StringKey | null> = {
  fact: null,
  reported: 'modalityReported',
  forecast: 'modalityForecast',
  opinion: 'modalityOpinion',
  denied: 'modalityDenied',
};
export const modalityKey = (modality: Modality): StringKey | null => MODALITY_KEYS[modality];

export const typeKey = (type: EntityType): StringKey => TYPE_KEYS[type];
export const kindKey = (kind: ClaimKind): StringKey => KIND_KEYS[kind];

export function localeFor(language: string): Locale {
  const tag = language.toLowerCase().replace('_', '-');
  if (!tag.startsWith('zh')) return 'en';
  return /^zh-(tw|hk|mo|hant)/.test(tag) ? 'zh_TW' : 'zh_CN';
}

/** The `lang` of an extension page shown in `locale` (fonts and line breaking follow it). */
export function documentLang(locale: Locale): string {
  return locale === 'en' ? 'en' : locale === 'zh_TW' ? 'zh-Hant' : 'zh-Hans';
}

const substitute = (template: string, subs: readonly (string | number)[]) =>
  template.replace(/\{(\d)\}/g, (whole, n: string) => (subs[Number(n) - 1] ?? whole).toString());

export type Translate = (key: StringKey, ...subs: (string | number)[]) => string;

/** A translator for a fixed locale (Node tests, extension pages under a chosen locale). */
export function translator(locale: Locale): Translate {
  const column = LOCALES.indexOf(locale);
  return (key, ...subs) => substitute(STRINGS[key][column]!, subs);
}

/**
 * The translator extension code uses: chrome.i18n (browser locale, from _locales) when present,
 * else the table for `fallback`.
 */
export function browserTranslator(fallback: Locale = 'en'): Translate {
  const local = translator(fallback);
  const i18n = (globalThis as { chrome?: { i18n?: { getMessage(key: string, subs?: string[]): string } } }).chrome
    ?.i18n;
  if (!i18n) return local;
  return (key, ...subs) => i18n.getMessage(key, subs.map(String)) || local(key, ...subs);
}

/** `_locales/<locale>/messages.json` content: `{1}` becomes a named placeholder, `$` is escaped. */
export function localeMessages(
  locale: Locale,
): Record<string, { message: string; placeholders?: Record<string, { content: string }> }> {
  const column = LOCALES.indexOf(locale);
  const out: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> = {};
  for (const [key, entry] of Object.entries(STRINGS) as Array<[StringKey, Entry]>) {
    const placeholders: Record<string, { content: string }> = {};
    const message = entry[column]!.replace(/\$/g, '$$$$').replace(/\{(\d)\}/g, (_w, n: string) => {
      placeholders[`p${n}`] = { content: `$${n}` };
      return `$P${n}$`;
    });
    out[key] = Object.keys(placeholders).length ? { message, placeholders } : { message };
  }
  return out;
}
