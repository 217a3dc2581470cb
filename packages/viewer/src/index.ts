// Re-exports only: what the CLI uses to write a viewer page. The page's own code is page.ts (bundled, not exported).
export { DATA_ELEMENT_ID, ViewerData, ViewerReport } from './data.js';
export { escapeHtml, renderViewerHtml, serializeData } from './html.js';
export { bundleViewerScript, loadViewerScript } from './script.js';
export { buildBeadRow, buildView, choosePair, listPairs } from './model.js';
export type { Badge, BadgeKind, CellSentence, Column, CoverageStatus, OverviewSegment, Row, View, ViewOptions } from './model.js';
export { markDiff } from './marks.js';
export type { Segment } from './marks.js';
