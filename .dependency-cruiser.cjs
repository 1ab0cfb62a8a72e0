/**
 * The module boundaries `npm test` holds the code to (dependency-cruiser). Each rule says why.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one: neither can be understood, tested or moved alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'The domain holds rules only: no database, network, files or framework, so it runs anywhere (server, browser, CLI) and tests without I/O.',
      from: { path: '^packages/domain/src' },
      to: {
        path: '(^packages/(server|web|contracts)/)|(node_modules/(drizzle-orm|pg|@electric-sql|fastify|@fastify|exceljs|nodemailer|react|antd)/)|^(fs|net|http|https|child_process|dgram|dns|tls|worker_threads)$|^node:(fs|net|http|https|child_process|dgram|dns|tls|worker_threads)',
      },
    },
    {
      name: 'contracts-are-shapes',
      severity: 'error',
      comment: 'Contracts are shared by server and web: schemas and domain vocabulary only.',
      from: { path: '^packages/contracts/src' },
      to: { path: '(^packages/(server|web)/)|(node_modules/(drizzle-orm|pg|@electric-sql|fastify|@fastify|react|antd)/)' },
    },
    {
      name: 'web-never-reaches-the-server',
      severity: 'error',
      comment: 'The web app talks to the server over HTTP only; server code in the bundle would ship secrets and break the build.',
      from: { path: '^packages/web/src' },
      to: { path: '^packages/server/' },
    },
    {
      name: 'modules-meet-through-their-entries',
      severity: 'error',
      comment:
        "A server module is used by another only through its index.ts, the module's contract: what it does not export there (queries, views, helpers of its use cases) can change without breaking any other module.",
      from: { path: '^packages/server/src/modules/([^/]+)/' },
      to: { path: '^packages/server/src/modules/', pathNot: ['^packages/server/src/modules/$1/', '^packages/server/src/modules/[^/]+/index[.]ts$'] },
    },
    {
      name: 'start-up-seeds-and-jobs-use-module-entries',
      severity: 'error',
      comment:
        'Outside the modules (start-up, CLI, seeds, jobs), server code uses a module through its index.ts, and the routes through the route registry (modules/index.ts), like the modules use each other.',
      from: { path: '^packages/server/src/', pathNot: '^packages/server/src/modules/' },
      to: { path: '^packages/server/src/modules/', pathNot: ['^packages/server/src/modules/index[.]ts$', '^packages/server/src/modules/[^/]+/index[.]ts$'] },
    },
    {
      name: 'platform-below-modules',
      severity: 'error',
      comment: 'platform/ is the cross-cutting floor every module stands on; it never imports a module.',
      from: { path: '^packages/server/src/platform/' },
      to: { path: '^packages/server/src/modules/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
