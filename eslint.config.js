import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layering (ARCHITECTURE "Layers"): each folder may import only the layers below it.
const kyselyOnlyAsType = {
  name: 'kysely',
  allowTypeImports: true,
  message: 'SQL 只写在 src/server/db/repositories/ 中:在仓储里加一个查询函数,这里调用它。',
};
const queryBuilderCall = {
  selector:
    "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)$/]",
  message: 'Kysely 查询只写在 src/server/db/repositories/ 中:在仓储里加一个查询函数,这里调用它。',
};
const layer = (regex, message, extra = {}) => ({ regex, message, ...extra });
const serverFromOutside = layer('(^|/)server(/|$)', '服务端代码不能被这一层引用(web 只引用 contract 与 domain,domain 什么都不引用)。');
const webFromOutside = layer('(^|/)web(/|$)', 'web 不能被服务端、contract 或 domain 引用。');
const contractFromDomain = layer('(^|/)contract(/|$)', 'domain 是纯的:不引用 contract、server 或 web。');
const repositoryFromRoute = layer(
  '(^|/)db/(repositories|database)(/|$)',
  '路由只调用服务:把这次读取放进 src/server/services/ 的一个用例里(路由只把 serviceContext(request) 交给服务)。',
  { allowTypeImports: true },
);
const routeFromService = layer('(^|/)routes(/|$)', '服务不引用路由:路由在服务之上。');

const restrictImports = (patterns, paths = []) => ['error', { patterns, paths }];

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrictImports([contractFromDomain, serverFromOutside, webFromOutside]) },
  },
  {
    files: ['src/contract/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrictImports([serverFromOutside, webFromOutside]) },
  },
  {
    files: ['web/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrictImports([serverFromOutside], [kyselyOnlyAsType]) },
  },
  {
    files: ['src/server/**'],
    ignores: ['src/server/db/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictImports([webFromOutside], [kyselyOnlyAsType]),
      'no-restricted-syntax': ['error', queryBuilderCall],
    },
  },
  {
    files: ['src/server/services/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrictImports([webFromOutside, routeFromService], [kyselyOnlyAsType]) },
  },
  {
    files: ['src/server/routes/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrictImports([webFromOutside, repositoryFromRoute], [kyselyOnlyAsType]) },
  },
);
