/**
 * How Chinese news writes a document's name (a report, a regulation): its title in title marks,
 * with the issuing body outside them — 《生成式人工智能服务管理暂行办法》, 欧盟《人工智能法案》,
 * 欧盟的《人工智能法案》, 歐盟「人工智慧法案」. These forms are generated from the gazetteer's names
 * so the matcher finds them like any other name; a mention of one covers the marks, so a
 * document written in marks is always marked marks and all (the owner too, when it is outside).
 *
 * The title alone (《人工智能法案》 without 欧盟) is not a name of the document unless the gazetteer
 * lists it: several jurisdictions have an act by that title.
 */

/**
 * Opening and closing marks news puts around a document's title: 《》, the single 〈〉 (articles
 * and chapters), and 「」, which Taiwan news uses for a law's title (歐盟「人工智慧法案」).
 */
export const TITLE_MARKS: ReadonlyArray<readonly [string, string]> = [
  ['《', '》'],
  ['〈', '〉'],
  ['「', '」'],
];

/** What may stand between an issuing body and its title: nothing (欧盟《…》) or 的 (欧盟的《…》). */
const OWNER_LINKS = ['', '的'];

/** Characters a title left after its owner's name must keep, so 欧盟法 never becomes 欧盟《法》. */
const MIN_TITLE_LENGTH = 2;

/** `title` in each pair of title marks. */
export function inTitleMarks(title: string): string[] {
  return TITLE_MARKS.map(([open, close]) => open + title + close);
}

/**
 * The title-mark forms of a document's names. `names`: every written form of its names (both
 * scripts, regional wording); `ownerNames`: every written form of its issuing body's names
 * (empty when it has none). Each name is wrapped whole; a name that starts with an owner's name
 * (欧盟人工智能法案 with 欧盟) also gives the owner outside and the rest as the title, with each
 * of the owner's names (欧洲联盟《人工智能法案》). `fold` compares the way the matcher does.
 */
export function documentTitleForms(
  names: readonly string[],
  ownerNames: readonly string[],
  fold: (text: string) => string,
): string[] {
  const forms = new Set<string>();
  const owners = ownerNames.map((name) => ({ name, key: fold(name) })).filter((o) => o.key.length > 0);
  for (const name of names) {
    inTitleMarks(name).forEach((form) => forms.add(form));
    const key = fold(name);
    for (const owner of owners) {
      if (!key.startsWith(owner.key)) continue;
      // Fold keeps lengths, so the owner's folded length is its length in `name`.
      const title = name.slice(owner.key.length).trim();
      if (title.length < MIN_TITLE_LENGTH) continue;
      for (const { name: written } of owners)
        for (const link of OWNER_LINKS) for (const marked of inTitleMarks(title)) forms.add(written + link + marked);
    }
  }
  return [...forms];
}

/**
 * A mention of a whole title in marks (《…》) narrowed to the title inside them; any other
 * mention as it is. For readers of the text that judge a name by the marks around it (the claim
 * extractor: 在《…报告》中指出 names where something was said, not who said it).
 */
export function insideTitleMarks<M extends { start: number; end: number }>(text: string, mention: M): M {
  const first = text[mention.start];
  const last = text[mention.end - 1];
  const whole = TITLE_MARKS.some(([open, close]) => first === open && last === close);
  return whole && mention.end - mention.start > 2
    ? { ...mention, start: mention.start + 1, end: mention.end - 1 }
    : mention;
}
