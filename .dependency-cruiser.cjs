// The architecture of src/lib, checked by `npm run lint:deps` (part of `npm test`): pure code only, no
// import cycles, and each folder imports only the folders below it, so a folder's name says what it may use.
/** Each src/lib folder and the folders it may import (besides itself). Lowest first. */
const layers = {
  knowledge: [],
  advice: ['knowledge'],
  model: ['knowledge', 'advice'],
  upstream: ['knowledge'],
  updates: ['knowledge', 'upstream'],
  errors: ['knowledge', 'advice', 'model'],
  platforms: ['knowledge', 'advice', 'model'],
  announcements: ['knowledge', 'model'],
  readers: ['knowledge', 'advice', 'model', 'errors', 'updates', 'platforms'],
  fleet: ['knowledge', 'advice', 'readers'],
  outputs: [
    'knowledge',
    'advice',
    'model',
    'errors',
    'updates',
    'platforms',
    'announcements',
    'readers',
    'site',
  ],
  site: [
    'knowledge',
    'advice',
    'model',
    'errors',
    'updates',
    'platforms',
    'announcements',
    'readers',
    'fleet',
  ],
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one; split or invert the dependency.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'lib-is-pure',
      comment: 'src/lib holds pure knowledge: no Astro, no React, nothing from the site around it.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: {
        path: '^(src/(data|pages|islands|components|layouts)/|astro:|node_modules/(react|react-dom|astro)/)',
      },
    },
    {
      name: 'lib-has-folders',
      comment: 'Every module of src/lib lives in a folder named for its layer.',
      severity: 'error',
      from: { path: '^src/lib/[^/]+$' },
      to: {},
    },
    ...Object.entries(layers).map(([folder, allowed]) => ({
      name: `layer-${folder}`,
      comment: `src/lib/${folder} may import only ${allowed.length ? allowed.join(', ') : 'itself'} within src/lib.`,
      severity: 'error',
      from: { path: `^src/lib/${folder}/` },
      to: { path: '^src/lib/', pathNot: `^src/lib/(${[folder, ...allowed].join('|')})/` },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] },
  },
};
