import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../lib/corpus/clean';
import { REPORTER_LINE } from '../../lib/corpus/credit-lines';
import { pageMetadata } from '../../lib/corpus/page-metadata';
import { parseHTML } from 'linkedom';
import { foldText } from '../../lib/text/convert';

const LEAD = '<p>某公司今天发布了新一代手机，这是该公司时隔三年再次推出旗舰机型，首批产品在开售后一分钟内售罄。</p>';
const authorOf = (credit: string) =>
  pageMetadata(parseHTML(`<html><body><h1>标题</h1><p>${credit}</p>${LEAD}</body></html>`).document).author;

describe("a reporter's credit line (one pattern for the cleaner and the page metadata)", () => {
  it('reads the names of a credit in either script, with or without the outlet', () => {
    expect(REPORTER_LINE.exec('某某新闻记者 林悦')?.[1]).toBe('林悦');
    expect(REPORTER_LINE.exec('記者 王小明 李四')?.[1]).toBe('王小明 李四');
    expect(REPORTER_LINE.exec('特約記者 陳某某、張某')?.[1]).toBe('陳某某、張某');
    expect(REPORTER_LINE.exec('撰稿 周某')?.[1]).toBe('周某');
  });

  it('is furniture to the cleaner exactly where the metadata takes it for the author', () => {
    for (const [line, author] of [
      ['某某新闻记者 林悦', '林悦'],
      ['記者 王小明 李四', '王小明、李四'],
      ['通讯员 赵某', '赵某'],
    ] as const) {
      expect(isBoilerplate(foldText(line)), line).toBe(true);
      expect(authorOf(line), line).toBe(author);
    }
  });

  it('leaves sentences about reporters alone', () => {
    for (const line of [
      '某某新闻记者注意到，开售后多个渠道显示缺货。',
      '记者从某公司获悉，该公司将上市。',
      '记者 昨天在现场看到了排队的人群。',
    ]) {
      expect(REPORTER_LINE.test(line), line).toBe(false);
      expect(isBoilerplate(foldText(line)), line).toBe(false);
    }
  });
});
