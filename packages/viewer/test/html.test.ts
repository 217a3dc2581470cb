import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AlignmentReport } from '@duizhao/core';
import { DATA_ELEMENT_ID, ViewerData, renderViewerHtml, serializeData } from '../src/index.js';

const report: AlignmentReport = {
  kind: 'alignment',
  versions: [
    { id: 'a', source: 'a.txt', lang: 'en', sentences: [{ index: 0, text: 'x</script><script>alert(1)</script> \u2028', start: 0, end: 40 }] },
    { id: 'b', source: 'b.txt', lang: 'zh-Hans', sentences: [{ index: 0, text: '“引号”</table>', start: 0, end: 12 }] },
  ],
  alignment: { a: { lang: 'en' }, b: { lang: 'zh-Hans' }, method: 'lexical', beads: [{ a: [0], b: [0], score: 0.5, scores: {} }], stats: {} },
};

describe('renderViewerHtml', () => {
  const html = renderViewerHtml({ title: 'a <b> & "c"', report }, 'console.log("</script>")');

  it('carries the data as JSON that no corpus text can break out of, and that reads back as written', () => {
    const match = new RegExp(`<script type="application/json" id="${DATA_ELEMENT_ID}">(.*?)</script>`, 's').exec(html);
    expect(match).not.toBeNull();
    expect(match![1]).not.toContain('<');
    expect(ViewerData.parse(JSON.parse(match![1]!)).report).toEqual(report);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it('escapes the title and keeps a </script> inside the page code from ending its element', () => {
    expect(html).toContain('<title>a &#60;b&#62; &#38; &#34;c&#34; · duizhao</title>');
    expect(html).toContain('<script>console.log("<\\/script>")</script>');
  });

  it('allows only its own script (by hash) and no network', () => {
    const hash = createHash('sha256').update('console.log("<\\/script>")').digest('base64');
    expect(html).toContain(`default-src 'none'; script-src 'sha256-${hash}';`);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('writes U+2028 escaped so the JSON is also a valid script in old engines', () => {
    expect(serializeData({ s: '\u2028<' })).toBe('{"s":"\\u2028\\u003c"}');
  });
});
