// One linter for the whole tree. Besides the recommended rules it guards DESIGN.md's layering:
// core imports nothing above it, figure never reaches backends or pyplot, and only backends touch
// Node built-ins, sockets or canvas packages.
import tseslint from 'typescript-eslint';

const nodeAndNative = ['node:*', 'fs', 'path', 'url', 'os', 'net', 'http', 'ws', 'canvas', '@napi-rs/canvas'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'docs/api/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/figure/**', '**/backends/**', '**/pyplot*'],
              message: 'core imports nothing above it.',
            },
            { group: nodeAndNative, message: 'only src/backends may touch Node, sockets or canvases.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/figure/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/backends/**', '**/pyplot*'],
              message: 'figure draws only through the renderer interface.',
            },
            { group: nodeAndNative, message: 'only src/backends may touch Node, sockets or canvases.' },
          ],
        },
      ],
    },
  },
);
