// Karma configuration shared by the library and the demo app.
//
// Why a file at all: Angular 15 projects get a built-in Karma config, but we need a headless Chromium that
// runs as root inside a container (no sandbox, no background networking on a closed network), and a small
// reporter that writes pass/fail counts to disk so `npm test` can print one summary line over all suites.
const fs = require('fs');
const path = require('path');

const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

if (!process.env.CHROME_BIN && fs.existsSync('/usr/bin/chromium')) {
  process.env.CHROME_BIN = '/usr/bin/chromium';
}

/** Writes `{ passed, failed, skipped }` to the file named by KARMA_SUMMARY_FILE when the run completes. */
function SummaryReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  const totals = { passed: 0, failed: 0, skipped: 0, errors: 0 };
  this.onSpecComplete = (_browser, result) => {
    if (result.skipped) totals.skipped++;
    else if (result.success) totals.passed++;
    else totals.failed++;
  };
  this.onBrowserError = () => totals.errors++;
  this.onRunComplete = (_browsers, results) => {
    if (results.error || results.disconnected) totals.errors++;
    const file = process.env.KARMA_SUMMARY_FILE;
    if (file) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(totals));
    }
  };
}
SummaryReporter.$inject = ['baseReporterDecorator'];

module.exports = function (config) {
  const emulatorUrl = process.env.PANOPTO_EMULATOR_URL || '';
  config.set({
    basePath: '',
    frameworks: ['jasmine', '@angular-devkit/build-angular'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      require('@angular-devkit/build-angular/plugins/karma'),
      require('karma-coverage'),
      { 'reporter:summary': ['type', SummaryReporter] },
    ],
    // Used only with --code-coverage (the builder then adds the `coverage` reporter itself). `npm test` reads
    // coverage-summary.json and holds the library to a floor (scripts/lib/coverage-floor.mjs).
    coverageReporter: {
      dir: path.join(__dirname, 'coverage', 'panopto-ng'), // only the library runs with coverage
      subdir: '.',
      reporters: [{ type: 'html' }, { type: 'text-summary' }, { type: 'json-summary' }],
    },
    client: {
      // Integration specs read the emulator's URL from here; they fail (not skip) when it is missing in CI.
      args: emulatorUrl ? ['--emulator', emulatorUrl] : [],
      jasmine: { random: true, timeoutInterval: 20000 },
      clearContext: false,
    },
    jasmineHtmlReporter: { suppressAll: true },
    reporters: ['progress', 'summary'],
    port: 9876,
    colors: true,
    logLevel: config.LOG_INFO,
    autoWatch: false,
    browsers: ['ChromeHeadlessCI'],
    customLaunchers: {
      ChromeHeadlessCI: { base: 'ChromeHeadless', flags: chromeFlags },
    },
    browserNoActivityTimeout: 120000,
    browserDisconnectTimeout: 30000,
    captureTimeout: 180000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
