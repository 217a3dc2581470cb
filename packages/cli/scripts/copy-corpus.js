// `pnpm build`: copies the seed corpus into dist/corpus/, so the packed and installed
// command's `duizhao run` finds it beside its code (src/corpus.ts, defaultManifestPath).
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../../corpus/schulman-2025/', import.meta.url));
const to = fileURLToPath(new URL('../dist/corpus/schulman-2025/', import.meta.url));
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
