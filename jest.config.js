/** Jest runs every suite: unit (domain), sandbox, integration (resolvers through the sandbox) and e2e (browser). */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } }, module: { type: 'commonjs' } }];
const common = { transform: { '^.+\\.(t|j)sx?$': swc }, testEnvironment: 'node', transformIgnorePatterns: ['/node_modules/(?!(@atlaskit/jql-ast|@atlaskit/jql-parser|antlr4)/)'] };
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'sandbox', testMatch: ['<rootDir>/test/sandbox/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
