/** The summary view's styles: two panes that scroll on their own, support as green shading (`--support`, 0..1), sections with a coverage meter. */
export const SUMMARY_CSS = `
.table-controls { display: contents; }
.table-controls[hidden] { display: none; }
.section-bar { display: flex; height: 18px; margin: .5rem 0 0; border: 1px solid var(--line); border-radius: 3px; overflow: hidden; gap: 1px; background: var(--line); }
.section-bar button { all: unset; position: relative; display: block; height: 100%; min-width: 3px; cursor: pointer; background: #f6f8fa; }
.section-bar button i { position: absolute; left: 0; right: 0; bottom: 0; background: var(--covered); }
.section-bar button.omitted { background: #ffebe9; box-shadow: inset 0 -3px 0 var(--uncovered); }
.section-bar button.thin i { background: var(--moved); }
.section-bar button:focus-visible { outline: 2px solid var(--focus); outline-offset: -2px; }
.rule { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; margin-top: .3rem; font-size: .9rem; color: var(--muted); }
.rule details p { margin: .2rem 0; max-width: 70rem; }
.link-status { margin: .3rem 0 0; min-height: 1.6em; font-size: .9rem; }
.link-status .jump { font-size: .8rem; padding: 0 .35em; margin-right: .1em; }
.summary-view { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; padding-top: .5rem; }
.pane { height: calc(100vh - var(--header-height, 10rem) - 1rem); overflow-y: auto; border: 1px solid var(--line); border-radius: 4px; padding: .25rem .75rem 2rem; position: relative; }
.pane .block { margin: .35rem 0; }
.pane h3.block { font-size: .95rem; margin: .8rem 0 .3rem; }
.pane .block.item { padding-left: 1.1em; text-indent: -.8em; }
.pane .block.item::before { content: "•"; display: inline-block; width: .8em; text-indent: 0; color: var(--muted); }
.pane .s { cursor: pointer; background: rgba(45, 164, 78, calc(.08 + var(--support, 0) * .42)); }
.pane .s.unlinked { background: none; }
#summary-pane .s.unlinked { text-decoration: underline dotted #8c959f; text-underline-offset: .25em; }
.pane .s:focus { outline: 2px solid var(--focus); outline-offset: 1px; }
.pane .s.active { box-shadow: 0 0 0 2px var(--focus); }
.pane .s.linked { background: var(--linked); box-shadow: 0 0 0 2px #d4a72c; }
.pane .s.flash { box-shadow: 0 0 0 3px #bf8700; }
.section { border-left: 4px solid var(--covered); padding-left: .6rem; margin: .6rem 0; }
.section.thin { border-left-color: var(--moved); }
.section.omitted { border-left-color: var(--uncovered); }
.section.unknown { border-left-color: var(--line); }
.section.omitted .block { color: var(--muted); }
.section-head { display: flex; gap: .6rem; align-items: center; font-size: .85rem; color: var(--muted); border-bottom: 1px dashed var(--line); }
.section-name { flex: 1; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.meter { width: 6rem; height: .55rem; background: #eaeef2; border-radius: 3px; overflow: hidden; flex: none; }
.meter i { display: block; height: 100%; background: var(--covered); }
.section.thin .meter i { background: var(--moved); }
.section-status { flex: none; font-variant-numeric: tabular-nums; width: 9rem; text-align: right; }
.omitted-mark { margin: .3rem 0; color: #a40e26; font-weight: 600; font-size: .9rem; }
.pane .badge { white-space: nowrap; }
.pane .badge-wrap { text-indent: 0; }
.badge-wrap.optional { display: none; }
.all-findings .badge-wrap.optional { display: inline-block; }
`;
