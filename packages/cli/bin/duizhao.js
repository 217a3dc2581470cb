#!/usr/bin/env node
// Runs the built CLI (`pnpm build`). In the workspace, `pnpm duizhao …` runs the TypeScript source unbuilt.
import { main, stopWhenOutputCloses } from '../dist/main.js';

stopWhenOutputCloses();
process.exitCode = await main(process.argv.slice(2));
