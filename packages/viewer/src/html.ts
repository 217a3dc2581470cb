/**
 * The one self-contained HTML file: styles, the page's script and the data
 * inline, nothing fetched. The data travels as JSON in a non-executed
 * `<script type="application/json">`; `<` is written `\u003c` so corpus text
 * holding `</script>` cannot end the element. A Content-Security-Policy allows
 * only this one script (by its hash) and no network, so even text that slipped
 * into HTML could not run or load anything.
 */
import { createHash } from 'node:crypto';
import { DATA_ELEMENT_ID, type ViewerData } from './data.js';
import { VIEWER_CSS } from './style.js';
import { EDIT_CSS } from './edit/style.js';
import { SUMMARY_CSS } from './summary/style.js';

/** JSON that is safe inside a `<script>` element: no `<`, and no line separators that old parsers choke on. */
export function serializeData(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Writes the page for `data` with the bundled page script `script` (see loadViewerScript). */
export function renderViewerHtml(data: ViewerData, script: string): string {
  // A `</script` inside the bundle (in a string literal) would end the element early.
  const code = script.replace(/<\/(script)/gi, '<\\/$1');
  const hash = createHash('sha256').update(code).digest('base64');
  const csp = `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="duizhao">
<title>${escapeHtml(data.title)} · duizhao</title>
<style>${VIEWER_CSS}${EDIT_CSS}${SUMMARY_CSS}</style>
</head>
<body>
<noscript>This page needs JavaScript to show the report.</noscript>
<script type="application/json" id="${DATA_ELEMENT_ID}">${serializeData(data)}</script>
<script>${code}</script>
</body>
</html>
`;
}
