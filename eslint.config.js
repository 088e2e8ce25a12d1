import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    // electron-builder require()s its hooks, so they are CommonJS.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // One home per fact (STYLE.md section 3): gravity and the sample rate are imported, never retyped.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['main/engine/physics/constants.ts', 'main/contract/format.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Literal[value=9.81]', message: 'Import GRAVITY from main/engine/physics/constants.ts.' },
        { selector: 'Literal[value=48000]', message: 'Import SAMPLE_RATE from main/contract/format.ts.' },
      ],
    },
  },
  {
    // Functions at most 80 lines (STYLE.md section 4); a warning until today's offenders are split.
    // Tests are exempt: a describe block is a list of cases, not a function that does one job.
    files: ['main/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: { 'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  // Layers (STYLE.md section 1): imports point down only. Each block names what a folder may not reach.
  layer(['main/**/*.ts'], ['electron'], [], ['main/electron/**']),
  layer(['main/contract/**/*.ts'], [], ['**/engine/**', '**/app/**', '**/projects/**', '**/media/**', '**/db/**', '**/host/**', '**/electron/**']),
  layer(['main/media/**/*.ts', 'main/db/**/*.ts'], [], ['**/engine/**', '**/app/**', '**/projects/**', '**/host/**']),
  layer(['main/engine/**/*.ts'], [], ['**/app/**', '**/projects/**', '**/host/**', '**/db/**']),
  // The body knows skeletons and keyframes, nothing about actions, places or pictures.
  layer(['main/engine/body/**/*.ts'], [], ['**/actions/**', '**/settings/**', '**/frames/**', '**/audio/**', '**/prompt/**', '**/simulate/**', '**/cast/**']),
  // An action or setting module is one folder: it never reaches for the tables that list it, nor for
  // the pipeline above it.
  layer(['main/engine/actions/*/**/*.ts'], [], ['**/actions', '**/actions/index', '**/actions/person-pose', '**/generate/**', '**/jobs/**', '**/prompt/parse-prompt', '**/prompt/verbs', '**/settings/**']),
  layer(['main/engine/settings/*/**/*.ts'], [], ['**/settings', '**/settings/index', '**/generate/**', '**/jobs/**', '**/prompt/**', '**/actions/**']),
  layer(['renderer/**/*.ts', 'renderer/**/*.tsx'], [], ['**/main/engine/**', '**/main/app/**', '**/main/projects/**', '**/main/media/**', '**/main/db/**', '**/main/host/**', '**/main/electron/**']),
);

// A no-restricted-imports block for the files of one layer: named packages and path patterns it may
// not import.
function layer(files, paths, patterns, ignores = []) {
  return {
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { paths, patterns: patterns.map((group) => ({ group: [group], message: 'This import crosses a layer (STYLE.md section 1).' })) }] },
  };
}
