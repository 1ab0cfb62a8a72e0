// The style `npm test` holds the code to: typescript-eslint's recommended rules for all
// TypeScript, and the rules of hooks for the web app (hooks in a stable order, complete effect
// dependencies). Formatting is Prettier's business (.prettierrc.json), not the linter's.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'packages/server/migrations/**', 'data/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a value kept on purpose (a destructured field left out of a copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read JSON responses of whatever shape the server sent; assertions check the shape.
    files: ['**/test/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
