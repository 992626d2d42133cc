// The classic-script build: besides `main` (every element) a second entry, `panopto-player` (the player only), in
// the same compilation, merged by ngx-build-plus (`extraWebpackConfig`). With `singleBundle` there is no shared
// runtime or vendor chunk, so each file stands alone behind one <script> tag.
const path = require('path');

module.exports = {
  entry: {
    'panopto-player': [path.join(__dirname, 'src/main-player.ts')],
  },
};
