/**
 * What the page is given: one report (alignment, compare or multi), parsed with the
 * core's schemas where it enters the page, and a title.
 */
import { AlignmentReport, CompareReport, MultiAlignmentReport } from '@duizhao/core';
import { z } from 'zod';

export const ViewerReport = z.discriminatedUnion('kind', [AlignmentReport, CompareReport, MultiAlignmentReport]);
export type ViewerReport = z.infer<typeof ViewerReport>;

export const ViewerData = z.object({
  title: z.string(),
  report: ViewerReport,
});
export type ViewerData = z.infer<typeof ViewerData>;

/** The id of the `<script type="application/json">` element that carries the data. */
export const DATA_ELEMENT_ID = 'duizhao-data';
