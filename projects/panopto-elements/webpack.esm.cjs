// The ES module build: webpack writes `panopto-elements.mjs` as a real module (`export { PanoptoElements }`),
// merged by ngx-build-plus (`extraWebpackConfig`) into the CLI's configuration.
module.exports = {
  experiments: { outputModule: true },
  output: {
    module: true,
    library: { type: 'module' },
    scriptType: 'module',
  },
};
