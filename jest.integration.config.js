// Integration tests: node environment, one real Prometheus with simulated history for the whole run.
const base = require('./jest.config');

module.exports = {
  ...base,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/stack/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/stack/globalTeardown.ts',
  testTimeout: 60_000,
};
