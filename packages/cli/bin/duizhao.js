#!/usr/bin/env node
// Runs the built CLI (`pnpm build`). In the workspace, `pnpm duizhao …` runs the TypeScript source unbuilt.
import { tuneV8 } from '../dist/v8-tuning.js';

// Before the CLI's modules load: V8's optimizer budget for long-running work (see src/v8-tuning.ts).
tuneV8();
const { main, stopWhenOutputCloses } = await import('../dist/main.js');
stopWhenOutputCloses();
process.exitCode = await main(process.argv.slice(2));
