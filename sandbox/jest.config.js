/** The sandbox's own tests: KVS and Jira emulators, JQL, the runtime, the seeder and the server. */
module.exports = {
  displayName: 'sandbox',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': '<rootDir>/test/support/esbuild-transform.js' },
  transformIgnorePatterns: ['/node_modules/'],
  testEnvironment: 'node',
};
