// Three tiers, selected with --selectProjects: pure unit tests colocated with the code,
// API tests over HTTP against a migrated database, browser tests driving Chromium.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
// Tests hash passwords (argon2id is slow on purpose) and start servers: on a loaded machine
// that takes longer, so every tier gets a generous deadline instead of jest's 5 s.
const TEST_TIMEOUT_MS = 60_000;

module.exports = {
  // A global option: jest reads no timeout from a project's own config.
  testTimeout: TEST_TIMEOUT_MS,
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/{api/src,web/src,reports,survey-definitions,scripts}/**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
    },
    {
      displayName: 'api',
      testMatch: ['<rootDir>/test/api/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
    },
    {
      displayName: 'web',
      testMatch: ['<rootDir>/test/web/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      testEnvironment: 'node',
    },
  ],
};
