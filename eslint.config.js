// One flat config for the whole repository: typescript-eslint for server code and scripts,
// the same rules for the plugins' admin code and the Nuxt server/shared code; eslint-plugin-vue
// for the site's components and pages; the rules of hooks for the admin's React code.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.strapi/**',
      '**/.nuxt/**',
      '**/.output/**',
      '**/.data/**',
      '**/types/generated/**',
      'cms/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  // Vue's essential rules (template errors, misuse of the API), not its layout rules.
  ...pluginVue.configs['flat/essential'].map((config) => ({ ...config, files: ['frontend/**/*.vue'] })),
  {
    files: ['frontend/**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' } },
    // TypeScript (vue-tsc) checks names; Nuxt's auto-imports (computed, useFetch…) are not globals ESLint knows.
    rules: { 'no-undef': 'off' },
  },
  {
    // Nuxt names pages and layouts by their route or role: index.vue, [slug].vue, default.vue.
    files: ['frontend/app/pages/**/*.vue', 'frontend/app/layouts/*.vue', 'frontend/app/app.vue', 'frontend/app/error.vue'],
    rules: { 'vue/multi-word-component-names': 'off' },
  },
  {
    // The rules of hooks (not the React Compiler's rules: the admin runs React 18 without it).
    files: ['cms/src/admin/**/*.{ts,tsx}', 'plugins/*/admin/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        window: 'readonly',
        NodeJS: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Nitro's useRuntimeConfig(event) copies the whole config and re-reads the environment on
    // every request; the shared config (no argument) is read once at start.
    files: ['frontend/server/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='useRuntimeConfig'][arguments.length>0]",
          message: 'Call useRuntimeConfig() without the event: the shared config is read once at start.',
        },
      ],
    },
  },
  {
    files: ['**/*.cjs', '**/strapi-server.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/__tests__/**/*.ts', 'tests/**/*.ts'],
    languageOptions: {
      globals: {
        describe: 'readonly',
        it: 'readonly',
        test: 'readonly',
        expect: 'readonly',
        beforeAll: 'readonly',
        afterAll: 'readonly',
        beforeEach: 'readonly',
        afterEach: 'readonly',
        jest: 'readonly',
      },
    },
  },
);
