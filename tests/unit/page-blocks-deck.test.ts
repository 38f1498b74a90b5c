import { describe, expect, it } from 'vitest';
import { LEAD, lines } from '../fixtures/page-construction';

describe("an editor's deck in a quote block above the lead", () => {
  it('marks a short quote block before the lead as a summary', () => {
    const [deck, lead] = lines(
      `<p>编辑：某某</p><blockquote><p>文生视频领域迎来「某某时刻」？</p></blockquote><p>${LEAD}</p>`,
    ).slice(1);
    expect(deck).toMatchObject({ text: '文生视频领域迎来「某某时刻」？', summary: true });
    expect(lead).toMatchObject({ summary: false });
  });

  it("keeps a quote block after the lead, and a long one above it, as the story's text", () => {
    const quote = '他在声明中说：“我们会继续投入研发。”';
    const long = `${LEAD}${LEAD}`;
    expect(lines(`<p>${LEAD}</p><blockquote><p>${quote}</p></blockquote>`)[1]).toMatchObject({
      text: quote,
      summary: false,
    });
    expect(lines(`<blockquote><p>${long}</p></blockquote>`)[0]).toMatchObject({ summary: false });
  });
});
