// force timezone to UTC to allow tests to work regardless of local timezone
// generally used by snapshots, but can affect specific tests
process.env.TZ = 'UTC';

const { availableParallelism } = require('node:os');
const base = require('./.config/jest.config');
const { grafanaESModules, nodeModulesToTransform } = require('./.config/jest/utils');
const swcTransform = base.transform['^.+\\.(t|j)sx?$'];

module.exports = {
  ...base,
  // One worker per core: each jsdom worker renders whole scenes, and more workers than cores starve each other until
  // scene tests miss their time budget (`--maxWorkers 4` on a two-core machine did).
  maxWorkers: availableParallelism(),
  // d3-color (pulled in by @grafana/data) ships .mjs files that need the same transform as our sources.
  transform: { ...base.transform, '^.+\\.mjs$': swcTransform },
  // Grafana 13's @grafana/ui depends on these ES-module-only packages (the React 19 run installs it); yaml's browser
  // build, which jsdom resolves for the configuration page's rule file, is one too.
  transformIgnorePatterns: [
    nodeModulesToTransform([...grafanaESModules, '@react-hookz/web', '@ver0/deep-equal', 'yaml']),
  ],
  testMatch: [
    ...base.testMatch,
    '<rootDir>/simulator/**/*.test.ts',
    '<rootDir>/generate/**/*.test.ts',
    '<rootDir>/bin/**/*.test.ts',
    '<rootDir>/tests/browser/**/*.test.{ts,tsx}',
  ],
};
