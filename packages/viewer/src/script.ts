/**
 * The page's script as one IIFE string. Unbuilt (running this file as
 * TypeScript in the workspace) it is bundled from `page.ts` with esbuild on
 * demand, so the page always matches the source; built (`pnpm build`), it is
 * read from `dist/viewer.js`, which the build bundled once, so the built CLI
 * needs no bundler at run time and falls back to one only if that file is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as Esbuild from 'esbuild';

const PAGE_ENTRY = fileURLToPath(new URL('../src/page.ts', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../dist/viewer.js', import.meta.url));

let cached: Promise<string> | undefined;

/**
 * zod's namespace object re-exports every locale's messages (about 300 kB the
 * page never uses: it reads reports, it does not show zod's messages in 40
 * languages). Its `locales` index is replaced by one that has English only.
 */
const englishOnlyZod: Esbuild.Plugin = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: args.importer, namespace: 'zod-locales' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path.replace(/[\\/][^\\/]+[\\/][^\\/]+$/, '/locales/en.js'))};`,
      resolveDir: '/',
    }));
  },
};

/** Bundles `src/page.ts` and everything it imports (the core's schemas, zod) into one minified IIFE. */
export async function bundleViewerScript(): Promise<string> {
  let esbuild: typeof Esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error(`the viewer's page script is not built (${BUNDLE} is missing) and esbuild is not installed to bundle it; run pnpm build`);
  }
  const result = await esbuild.build({
    entryPoints: [PAGE_ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    conditions: ['source'],
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [englishOnlyZod],
  });
  return result.outputFiles[0]!.text;
}

/** The page script: the built bundle when this module runs built and it exists, else bundled now. Cached per process. */
export function loadViewerScript(): Promise<string> {
  const built = import.meta.url.endsWith('.js') && existsSync(BUNDLE);
  cached ??= built ? Promise.resolve(readFileSync(BUNDLE, 'utf8')) : bundleViewerScript();
  return cached;
}
