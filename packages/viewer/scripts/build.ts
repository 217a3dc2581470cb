// `pnpm build`: bundles the page script once into dist/viewer.js, which the built CLI inlines.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleViewerScript } from '../src/script.js';

const out = fileURLToPath(new URL('../dist/viewer.js', import.meta.url));
mkdirSync(fileURLToPath(new URL('../dist/', import.meta.url)), { recursive: true });
const script = await bundleViewerScript();
writeFileSync(out, script);
process.stdout.write(`dist/viewer.js ${(script.length / 1024).toFixed(0)} kB\n`);
