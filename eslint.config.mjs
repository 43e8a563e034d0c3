// Lint: ESLint's and typescript-eslint's recommended rules for the TypeScript, CAP's recommended CDS rules for the
// model (@sap/eslint-plugin-cds), CAP's globals (SELECT, INSERT, ...); layout rules are in test/layout.test.ts.
// Formatting is Prettier's alone (.prettierrc.json): eslint-config-prettier turns off every rule it would fight.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import cdsPlugin from '@sap/eslint-plugin-cds'
import { defaults as capDefaults, browser as capBrowser } from '@sap/cds/eslint.config.mjs'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '@cds-models/',
      'gen/',
      'mta_archives/',
      'test-output/',
      'coverage/',
      'app/*/dist/',
      'app/*/node_modules/',
      '.pact-tls/'
    ]
  },
  cdsPlugin.configs.recommended,
  {
    files: ['**/*.{ts,mjs,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...capDefaults.languageOptions.globals, ...globals.node } },
    rules: {
      // REVISIT: `any` stays allowed until the service implementations use cds-typer's types throughout (issue 24, item 4)
      '@typescript-eslint/no-explicit-any': 'off',
      // benchmarks and tests load the app's modules after they have configured cds, on purpose
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }
      ],
      // CAP's column projections (`a => { a.ID; a.name }`) and chai's property assertions are expressions by design
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-console': 'off'
    }
  },
  { ...capBrowser, files: ['app/**/webapp/**/*.js'] },
  {
    files: ['srv/**/*.ts'],
    rules: {
      // service code logs through cds.log, with levels and correlation ids
      'no-console': 'error'
    }
  },
  {
    files: ['srv/**/*-service.ts'],
    rules: {
      // a handler's request is typed: cds-typer's action types where the model declares one, else cds.Request
      'no-restricted-syntax': [
        'error',
        {
          selector: "Identifier[name='req'] > TSTypeAnnotation > TSAnyKeyword",
          message: "Type the request (cds-typer's action types or cds.Request), not any."
        }
      ]
    }
  },
  prettier,
  {
    // Prettier prints code within 140 columns; comments are held to it too. Strings are not broken: a message reads whole
    // in the code as in the log.
    files: ['**/*.{ts,mjs,js}'],
    rules: {
      'max-len': ['error', { code: 140, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }]
    }
  }
)
