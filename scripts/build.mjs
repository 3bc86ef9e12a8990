// Builds the package: ES modules with declarations through tsc (dist/esm), and a CommonJS bundle
// through esbuild (dist/cjs) for consumers that require() it, such as tslab notebook cells.
// pyplot's CommonJS entry re-exports the same bundle's namespace, so both entries share one
// figure registry, exactly as the two ESM entries do.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});

mkdirSync('dist/cjs', { recursive: true });
await build({
  entryPoints: ['src/index.ts'],
  outfile: 'dist/cjs/index.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Optional and native packages stay external: they are loaded lazily at run time.
  external: ['@napi-rs/canvas', 'canvas', 'ws', 'playwright-core', 'sixel'],
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
});
writeFileSync('dist/cjs/pyplot.cjs', "'use strict';\nmodule.exports = require('./index.cjs').pyplot;\n");
writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\n');
console.log('built dist/esm and dist/cjs');
