// ESLint 9 flat config: typescript-eslint (type-aware), react-hooks for the UI, Prettier's
// formatting left to Prettier (eslint-config-prettier), and the house's import boundaries, which
// encode the layers of docs/architecture.md: a wrong arrow fails `npm run lint`, so `npm test`.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * One `no-restricted-imports` per layer (flat config does not merge a rule's options across
 * blocks: the last block that matches a file sets them, so each layer lists all it forbids). Each
 * pattern is a regular expression over the import specifier; every import across folders goes
 * through a package.json alias (`#kernel/…`, `#<feature>/…`), so the specifier names the layer.
 */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const rule = (regex, message) => ({ regex, message });

const FORGE_ONLY_IN_PLATFORM = rule(
  '^@forge/(api|kvs|events|resolver)(/|$)',
  'Only src/platform/** talks to Forge (@forge/api, @forge/kvs, @forge/events, @forge/resolver).',
);
const NO_SANDBOX = rule('^@brm/sandbox(/|$)|(^|/)sandbox(/|$)', 'Nothing imports the sandbox but tests, scripts and bench.');
const NO_UPWARDS = rule('^\\.\\./', 'Relative imports stay inside their folder; reach other folders through the #aliases of package.json "imports".');
const NO_RESOLVERS = rule('^#[a-z-]+/resolver$|^\\./resolver$', "A feature's resolver is composed by src/surfaces only.");
const NO_OUTER_ROOMS = rule('^#(surfaces|triggers)/|^#app$', 'Features and the platform do not import surfaces, triggers or the entry point.');
const NO_IO = rule('^@forge/|^node:', 'This layer does no I/O.');

/** The app's src/ folders that are features (each: domain, contract, services, resolver). */
const FEATURES = ['feedback', 'ticket-fields', 'catalogue', 'provisioning', 'register', 'surveys', 'portfolio', 'kpi'];
const feature = (glob) => FEATURES.map((name) => `src/${name}/${glob}`);

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'static/*/build/**', 'coverage/**', '.sandbox/**', '.sandbox-*/**', 'sandbox/runtime/scopes/operation-scopes.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a binding kept on purpose (a rest sibling, an unused parameter of a signature).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Template literals print numbers and booleans as the messages mean them.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `void promise` marks a promise the code lets run on purpose.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // Handlers passed where a callback returning void is expected (node:http, React) are fine.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      // Fights the code base: async functions that implement a Promise-returning interface (fetch
      // stand-ins, handlers, hosts) need no await to be right.
      '@typescript-eslint/require-await': 'off',
      // Fights the emulators, whose records are plain objects keyed by id.
      '@typescript-eslint/no-dynamic-delete': 'off',
      // A rejection passed on as it came (a promise raced against a time limit) keeps its reason.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    // Tests read JSON answers and stand-in payloads and hold them to expectations with expect():
    // a wrong shape fails the assertion, so reading them untyped is what the test is for.
    files: ['test/**/*.ts', 'sandbox/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Plain CommonJS and ES modules outside the TypeScript program: no type information.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
  {
    files: ['static/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The rules of hooks and their dependencies; the React Compiler's rules (v7's recommended set)
    // are for code the compiler builds, which this app's is not.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },

  // --- import boundaries: the layers (docs/architecture.md) ------------------------------------
  {
    // Every file of the app: no sandbox, no path that climbs out of its folder, Forge only in the platform.
    files: ['src/**/*.ts'],
    rules: restrict(FORGE_ONLY_IN_PLATFORM, NO_SANDBOX, NO_UPWARDS, NO_RESOLVERS, NO_OUTER_ROOMS),
  },
  {
    // The kernel is shared by all and does no I/O: it imports nothing of ours.
    files: ['src/kernel/**/*.ts'],
    rules: restrict(NO_UPWARDS, NO_IO, rule('^#', 'The kernel imports nothing of ours (zod and its own files only).')),
  },
  {
    // The platform: the adapters to Forge; it knows the kernel, never a feature.
    files: ['src/platform/**/*.ts'],
    rules: restrict(NO_SANDBOX, NO_UPWARDS, rule('^#(?!kernel/|platform/)', 'The platform imports the kernel and itself, never a feature.')),
  },
  {
    // A feature's services, stores and resolver: no Forge SDK, no surface, no other feature's resolver.
    files: feature('**/*.ts'),
    rules: restrict(
      FORGE_ONLY_IN_PLATFORM,
      NO_SANDBOX,
      NO_UPWARDS,
      NO_OUTER_ROOMS,
      rule('^#[a-z-]+/resolver$', "A feature's resolver is composed by src/surfaces only."),
    ),
  },
  {
    // A feature's contract (or its contracts per surface, `<surface>-contract.ts`, so that a light frame
    // loads only its own calls' schemas): the kernel, its own domain and other features' contracts.
    files: [...feature('contract.ts'), ...feature('*-contract.ts')],
    rules: restrict(
      NO_UPWARDS,
      NO_IO,
      rule('^#(?!kernel/|[a-z-]+/([a-z-]+-)?contract$)', "A contract imports the kernel, its own feature's domain and other features' contracts only."),
      rule('^\\./(?!domain(/|$))', "A contract imports its own feature's domain, never its services or stores."),
    ),
  },
  {
    // A feature's domain: pure rules; the kernel and its own domain files only.
    files: feature('domain/**/*.ts'),
    rules: restrict(NO_UPWARDS, NO_IO, rule('^#(?!kernel/)', "A feature's domain is pure: it imports the kernel and its own domain files only.")),
  },
  {
    files: feature('domain.ts'),
    rules: restrict(NO_IO, rule('^#(?!kernel/)|^\\.', "A feature's domain is pure: it imports the kernel only.")),
  },
  {
    // Surfaces compose features' contracts and handlers into the resolvers manifest.yml names.
    files: ['src/surfaces/**/*.ts'],
    rules: restrict(FORGE_ONLY_IN_PLATFORM, NO_SANDBOX, NO_UPWARDS, rule('^#(triggers/|app$)', 'Surfaces do not import triggers or the entry point.')),
  },
  {
    // A surface's composed contract is what the UI imports: contracts and the kernel only.
    files: ['src/surfaces/*-contract.ts'],
    rules: restrict(
      NO_UPWARDS,
      NO_IO,
      rule('^#(?!kernel/|[a-z-]+/([a-z-]+-)?contract$)|^\\./', "A surface's contract composes features' contracts and the kernel only (the UI imports it)."),
    ),
  },
  {
    files: ['src/triggers/**/*.ts'],
    rules: restrict(
      FORGE_ONLY_IN_PLATFORM,
      NO_SANDBOX,
      NO_UPWARDS,
      rule('^#(surfaces/|app$)|^#[a-z-]+/resolver$', 'Triggers call services; they do not import surfaces or resolvers.'),
    ),
  },
  {
    files: ['src/index.ts'],
    rules: restrict(
      rule('^(?!#surfaces/[a-z-]+-resolver$|#triggers/)', 'src/index.ts exports the handlers manifest.yml names (surfaces and triggers), nothing else.'),
    ),
  },
  {
    // The UI: contracts, the kernel and its own shared code; never services, stores, platform or domain internals.
    files: ['static/**/*.{ts,tsx}'],
    rules: restrict(
      NO_SANDBOX,
      FORGE_ONLY_IN_PLATFORM,
      rule(
        '^#(?!kernel/|[a-z-]+/([a-z-]+-)?contract$|surfaces/[a-z-]+-contract$)',
        'The UI imports contracts (#<feature>/contract, #<feature>/<surface>-contract, #surfaces/*-contract) and the kernel from src/, nothing else.',
      ),
      rule(
        '(^|/)src/(kernel|platform|surfaces|triggers|index)|^(\\.\\./)+src(/|$)',
        'The UI reaches src/ through the #aliases (contracts and the kernel only).',
      ),
    ),
  },
  {
    // The sandbox is a package of its own and does not import the app.
    files: ['sandbox/**/*.{ts,tsx}'],
    rules: restrict(
      rule(
        `^#(app$|kernel/|platform/|surfaces/|triggers/|scripts/|test/|${FEATURES.join('/|')}/)`,
        'The sandbox does not import the app: the host passes its handlers and manifest in.',
      ),
      rule(
        '^(\\.\\./)+(src|static|scripts|test|bench)(/|$)|^brm-for-jsm(/|$)',
        'The sandbox does not import the app: the host passes its handlers and manifest in.',
      ),
    ),
  },
  {
    // Integration tests go through the sandbox: never a jest.mock of a Forge package.
    files: ['test/integration/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='jest'][callee.property.name=/^(mock|doMock|unstable_mockModule)$/][arguments.0.value=/^@forge\\//]",
          message: 'Integration tests go through the sandbox; they never jest.mock @forge/*.',
        },
      ],
    },
  },
  prettier,
);
