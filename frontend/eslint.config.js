import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['auth', 'clients', 'trainers', 'assignments', 'activity', 'dashboard', 'billing'];

// A feature may use another feature's api/ (its server calls) but never its components.
const crossFeatureZones = features.flatMap((feature) =>
  features
    .filter((other) => other !== feature)
    .map((other) => ({
      target: `./src/features/${feature}`,
      from: `./src/features/${other}/components`,
      message: 'Compose features in src/app, not inside another feature.',
    })),
);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'src/lib/api-schema.ts'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import/no-cycle': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./src/features', './src/components', './src/lib', './src/config'],
              from: './src/app',
              message: 'Imports flow app → features → components/lib/config.',
            },
            {
              target: ['./src/components', './src/lib', './src/config'],
              from: './src/features',
              message: 'Shared code must not depend on a feature.',
            },
            ...crossFeatureZones,
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*'], message: 'Use the @/ alias instead of parent-relative imports.' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
