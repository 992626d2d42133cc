// For the elements benchmark only: the classic-script build with `import 'zone.js'` resolved to nothing, to
// measure what shipping zone.js in the bundle costs. Such a bundle starts only on a page that loads zone.js itself.
const script = require('./webpack.script.cjs');

module.exports = {
  ...script,
  resolve: { alias: { 'zone.js': false } },
};
