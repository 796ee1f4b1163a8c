// Lint config: typescript-eslint recommended rules plus the layer rules of ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setImmediate: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The engine is pure: same setup + same actions = same game everywhere.
    files: ['src/engine/**/*.ts', 'src/decks/types.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'console', 'Date'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded RNG in the game state.' }],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'ink', 'react', '../ui/*', '../cli/*', '../ai/*', '../sim/*', '../store/*'] }],
    },
  },
  {
    files: ['src/ai/**/*.ts', 'src/sim/**/*.ts', 'src/store/**/*.ts', 'src/decks/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['ink', 'react', '../ui/*', '../cli/*'] }],
    },
  },
);
