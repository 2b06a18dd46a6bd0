// Lint holds the boundaries of ../shared/design/ARCHITECTURE.md as rules:
// shared imports nothing outside itself, the renderer never imports main,
// and `electron` is imported at run time only by main/shell, main/index.ts and main/preload.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronOnlyInShell = {
  paths: [{ name: 'electron', message: 'electron may be imported only in main/shell, main/index.ts and main/preload.ts (type-only imports are fine).', allowTypeImports: true }],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', '.sim-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', performance: 'readonly', fetch: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', electronOnlyInShell],
      '@typescript-eslint/no-restricted-imports': ['error', electronOnlyInShell],
    },
  },
  {
    files: ['main/shell/**', 'main/index.ts', 'main/preload.ts'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/main/**', '**/renderer/**', '**/tests/**', '../../main*', '../../renderer*'], message: 'shared/ imports nothing outside itself.' },
          { regex: '^(?!\\.{1,2}/|zod$|zod/)', message: 'shared/ is plain TypeScript: only relative imports and zod.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: electronOnlyInShell.paths,
        patterns: [{ group: ['**/main/**', '**/main'], message: 'the renderer talks to main only through the IPC contract in shared/.' }],
      }],
    },
  },
  {
    files: ['main/simulator/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: electronOnlyInShell.paths,
        patterns: [{ group: ['**/kook/rest/**', '**/kook/gateway/**', '**/main/kook/**', '../kook/**', '../../kook/**'], message: 'the simulator shares wire types (shared/kook) with the client, never client code.' }],
      }],
    },
  },
  {
    files: ['main/kook/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: electronOnlyInShell.paths,
        patterns: [{ group: ['**/simulator/**', '**/services/**', '**/shell/**', '**/bridge/**'], message: 'main/kook is a standalone KOOK client library: no simulator, services, IPC or Electron.' }],
      }],
    },
  },
);
