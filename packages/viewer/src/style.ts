/** The page's styles. Confidence is a custom property per row (`--confidence`, 0..1) that shades the score cell. */
export const VIEWER_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg: #fff; --focus: #0969da;
  --covered: #2da44e; --uncovered: #cf222e; --moved: #bf8700; --linked: #fff8c5; --current: #ddf4ff; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; color: var(--ink); background: var(--bg); }
:lang(zh-Hant) { font-family: system-ui, "Noto Sans CJK TC", "Noto Sans CJK SC", sans-serif; }
:lang(zh-Hans) { font-family: system-ui, "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; }
header { position: sticky; top: 0; z-index: 2; background: var(--bg); border-bottom: 1px solid var(--line); padding: .5rem 1rem; }
h1 { font-size: 1.1rem; margin: 0 0 .25rem; }
.summary { margin: 0 0 .4rem; color: var(--muted); }
.controls { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
.controls label { white-space: nowrap; }
.controls input[type=search] { width: 16rem; font: inherit; padding: .15rem .4rem; }
button, select { font: inherit; }
.status { color: var(--muted); min-width: 12rem; }
.overview { display: flex; height: 14px; margin: .5rem 0 0; border: 1px solid var(--line); border-radius: 3px; overflow: hidden; }
.overview button { all: unset; display: block; height: 100%; min-width: 2px; cursor: pointer; }
.overview button:focus-visible { outline: 2px solid var(--focus); outline-offset: -2px; }
.overview .covered { background: var(--covered); }
.overview .uncovered { background: var(--uncovered); }
.overview .moved { background: var(--moved); }
.legend { font-size: .85rem; color: var(--muted); display: flex; gap: 1rem; margin-top: .2rem; }
.legend i { display: inline-block; width: .8em; height: .8em; margin-right: .3em; vertical-align: -.05em; }
main { padding: 0 1rem 3rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
caption { text-align: left; padding: .5rem 0; color: var(--muted); }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { position: sticky; top: var(--header-height, 0); background: #f6f8fa; z-index: 1; }
col.num { width: 4rem; } col.score { width: 7rem; } col.notes { width: 12rem; }
tbody th { font-weight: normal; color: var(--muted); font-variant-numeric: tabular-nums; }
tr:focus { outline: 2px solid var(--focus); outline-offset: -2px; }
tr.current { background: var(--current); }
td.score { font-variant-numeric: tabular-nums; background: rgba(45, 164, 78, calc(var(--confidence, 0) * .45)); }
tr.low td.score { background: #ffebe9; color: #a40e26; font-weight: 600; }
tr.one-sided td.score { background: repeating-linear-gradient(45deg, #f6f8fa, #f6f8fa 4px, #fff 4px, #fff 8px); }
.s { border-radius: 2px; }
.s + .s { margin-left: .25em; }
.s.linked { background: var(--linked); box-shadow: 0 0 0 1px #d4a72c; }
.s.hit { background: #fff8c5; }
del { background: #ffebe9; color: #82071e; text-decoration: line-through; }
ins { background: #dafbe1; color: #116329; text-decoration: underline; }
.empty { color: var(--muted); font-style: italic; }
.badge-wrap { position: relative; display: inline-block; margin: 0 .25rem .25rem 0; }
.badge { border: 1px solid currentColor; border-radius: 1em; padding: 0 .5em; font-size: .8rem; background: #fff; cursor: help; }
.badge:focus-visible { outline: 2px solid var(--focus); }
.badge.omission { color: #a40e26; } .badge.addition { color: #0550ae; } .badge.moved { color: #7d4e00; }
.badge.fact { color: #6639ba; } .badge.low { color: #57606a; } .badge.conflict { color: #9a6700; }
.tip { display: none; position: absolute; z-index: 3; right: 0; top: 1.6em; width: 22rem; max-width: 70vw; padding: .4rem .6rem;
  background: #24292f; color: #fff; border-radius: 4px; font-size: .85rem; }
.badge:hover + .tip, .badge:focus + .tip { display: block; }
.badge-wrap.dismissed .tip { display: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.error { color: #a40e26; padding: 1rem; }
`;
