/**
 * Jest runs every suite: unit (domain, contracts, plumbing, UI logic), sandbox (the sandbox
 * package's own tests, sandbox/jest.config.js), integration (resolvers through the sandbox) and
 * e2e (browser).
 */
const common = {
  // One TypeScript transform for the app and the sandbox: esbuild to CommonJS.
  transform: { '^.+\\.(t|j)sx?$': '<rootDir>/sandbox/test/support/esbuild-transform.js' },
  transformIgnorePatterns: ['/node_modules/'],
  testEnvironment: 'node',
};
module.exports = {
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    '<rootDir>/sandbox/jest.config.js',
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
