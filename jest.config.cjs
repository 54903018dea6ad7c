/**
 * Three Jest projects: unit (pure functions, next to the code), integration (real Strapi
 * and real PostgreSQL over HTTP), e2e (real browsers against the built site).
 */
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: false }, target: 'es2023' },
    module: { type: 'commonjs' },
  },
];

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // The .ts scripts import each other with explicit .ts extensions (Node type stripping); Jest resolves them as-is.
  moduleNameMapper: {},
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{cms,plugins,frontend,database,scripts}/**/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.nuxt/', '/.output/'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      testTimeout: 180000,
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      testTimeout: 180000,
    },
  ],
};
