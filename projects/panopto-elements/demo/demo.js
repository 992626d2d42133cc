// The page's own script: configure the elements once, wire them together, log their events. No framework.
(function () {
  'use strict';
  var settings = window.PANOPTO_ELEMENTS_DEMO;
  var MODE_KEY = 'panopto-elements-demo.mode';
  var mode = localStorage.getItem(MODE_KEY) === 'public' ? 'public' : 'broker';
  var redirectUri = location.origin + '/';
  var scopes = ['openid', 'profile', 'api', 'offline_access'];

  PanoptoElements.configure({
    serverUrl: settings.serverUrl,
    auth:
      mode === 'broker'
        ? { mode: 'broker', clientId: 'panopto-ng-broker', brokerUrl: settings.brokerUrl, redirectUri: redirectUri, scopes: scopes }
        : { mode: 'public', clientId: 'panopto-ng-demo', redirectUri: redirectUri, scopes: scopes },
    // The emulator serves its own Embed API script, with the same surface as Panopto's.
    player: { scriptUrl: settings.serverUrl + '/scripts/embedapi.min.js' },
  });

  var modeSelect = document.getElementById('mode');
  modeSelect.value = mode;
  modeSelect.addEventListener('change', function () {
    localStorage.setItem(MODE_KEY, modeSelect.value);
    location.reload();
  });

  var themeButton = document.getElementById('theme');
  themeButton.addEventListener('click', function () {
    var dark = document.documentElement.dataset.theme !== 'dark';
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    themeButton.setAttribute('aria-pressed', String(dark));
  });

  var player = document.getElementById('demo-player');
  var sessions = document.querySelector('panopto-wc-session-list');
  var upload = document.querySelector('panopto-wc-upload');
  var folderStatus = document.getElementById('folder-status');
  var playerStatus = document.getElementById('player-status');

  document.querySelector('panopto-wc-folder-browser').addEventListener('folder-selected', function (event) {
    sessions.setAttribute('folder-id', event.detail.id);
    upload.setAttribute('folder-id', event.detail.id);
    folderStatus.textContent = 'Folder: ' + event.detail.name + '. Uploads go here.';
  });
  function play(sessionId, name) {
    player.setAttribute('session-id', sessionId);
    playerStatus.textContent = 'Playing ' + name + '.';
  }
  sessions.addEventListener('session-selected', function (event) {
    play(event.detail.id, event.detail.name);
  });
  upload.addEventListener('uploaded', function (event) {
    play(event.detail.sessionId, event.detail.title);
  });
  player.addEventListener('ready', function () {
    player.play();
  });

  // Every event of every element, newest first, with its detail.
  var names = [
    'ready', 'state-change', 'playback-rate-change', 'ended', 'error', 'login-shown',
    'uploaded', 'upload-error', 'folder-selected', 'folder-activated', 'folder-changed',
    'session-selected', 'sort-change', 'watch', 'signed-in', 'signed-out', 'sign-in-error',
  ];
  var log = document.getElementById('event-log');
  names.forEach(function (name) {
    // The events do not bubble; a capturing listener on the document still sees each one on its way down.
    document.addEventListener(name, function (event) {
      if (!event.target.localName || event.target.localName.indexOf('panopto-wc-') !== 0) return;
      var item = document.createElement('li');
      var detail = event.detail instanceof Error ? { code: event.detail.code, message: event.detail.message } : event.detail;
      item.textContent = '<' + event.target.localName + '> ' + name + ' ' + (detail === undefined || detail === null ? '' : JSON.stringify(detail).slice(0, 200));
      log.insertBefore(item, log.firstChild);
      while (log.children.length > 30) log.removeChild(log.lastChild);
    }, true);
  });

  document.querySelectorAll('.code .copy').forEach(function (button) {
    button.addEventListener('click', function () {
      var text = button.parentElement.querySelector('code').textContent;
      navigator.clipboard.writeText(text).then(
        function () { button.textContent = 'Copied'; },
        function () { button.textContent = 'Select and copy (clipboard blocked)'; },
      );
      setTimeout(function () { button.textContent = 'Copy'; }, 2000);
    });
  });
})();
