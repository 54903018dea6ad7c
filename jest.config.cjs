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
  // The aliases the code is written with, to the TypeScript sources: a plugin's `shared/` (whose
  // package exports name its built copy in dist/, stale until the next build) and the site's
  // `#shared` (Nuxt's alias for frontend/shared).
  moduleNameMapper: {
    '^@commune/([a-z-]+)/shared$': '<rootDir>/plugins/$1/shared/index.ts',
    '^@commune/([a-z-]+)/shared/(.+)$': '<rootDir>/plugins/$1/shared/$2',
    '^#shared/(.+)$': '<rootDir>/frontend/shared/$1',
  },
};

module.exports = {
  // Integration and e2e hooks boot Strapi and browsers; unit tests finish far below this.
  testTimeout: 240000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{cms,plugins,frontend,database,scripts}/**/__tests__/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.nuxt/', '/.output/'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
    },
  ],
};
