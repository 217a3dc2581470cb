/** The edit mode's styles, added to the view's (style.ts). */
export const EDIT_CSS = `
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
