/**
 * The edit mode's styles, added to the view's (style.ts). Its rows are grids,
 * not table layout, with \`content-visibility: auto\` (CSS Containment 2): a
 * table lays out all its rows again when one changes, so an edit in a
 * 10,000-row table took seconds; independent rows let the browser skip every
 * row off screen. Above a thousand rows only the rows near the screen are in
 * the page (window.ts), and they are measured, so they are laid out in full.
 * The elements stay table, row and cell for assistive technology.
 */
export const EDIT_CSS = `
main.edit table, main.edit tbody, main.edit thead, main.edit caption { display: block; }
main.edit colgroup { display: none; }
main.edit tr { display: grid; grid-template-columns: 4rem minmax(0, 1fr) minmax(0, 1fr) 7rem 12rem; }
main.edit tbody tr { content-visibility: auto; contain-intrinsic-size: auto 4.5em; }
main.edit.windowed tbody tr { content-visibility: visible; }
main.edit thead { position: sticky; top: var(--header-height, 0); z-index: 1; background: #f6f8fa; }
main.edit thead th { position: static; }
.toolbar { display: flex; flex-wrap: wrap; gap: .3rem; align-items: center; margin: .2rem 0 .4rem; }
.toolbar button { padding: .1rem .5rem; border: 1px solid var(--line); border-radius: 4px; background: #f6f8fa; cursor: pointer; }
.toolbar button:hover { background: #eaeef2; }
.toolbar button:focus-visible { outline: 2px solid var(--focus); }
.toolbar .sep { width: 1px; align-self: stretch; background: var(--line); margin: 0 .3rem; }
.kept { color: var(--muted); font-size: .85rem; }
.kept.warn { color: #a40e26; }
.help { font-size: .85rem; }
.help summary { cursor: pointer; color: var(--focus); }
.keys { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: .3rem 0; }
.keys dt { white-space: nowrap; } .keys dd { margin: 0; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 3px; padding: 0 .3em; font: .8rem ui-monospace, monospace; background: #f6f8fa; }
main.edit tr.current { background: var(--current); }
main.edit tr.current > th { box-shadow: inset 4px 0 0 var(--focus); }
.s.picked { outline: 2px solid var(--focus); outline-offset: 1px; }
tr[data-status=confirmed] > th { color: #116329; }
tr[data-status=confirmed] > th::after { content: " ✓"; }
tr[data-status=edited] > th::after { content: " ✎"; }
.state { display: inline-block; padding: 0 .4em; border-radius: 1em; font-size: .8rem; }
.state.confirmed { background: #dafbe1; color: #116329; }
.state.edited { background: #ddf4ff; color: #0550ae; }
.cut { color: var(--focus); font-weight: bold; padding: 0 .2em; opacity: .5; }
.cut.active { opacity: 1; background: #ddf4ff; border-radius: 2px; }
tr.splitting { background: #fff8c5 !important; }
`;
