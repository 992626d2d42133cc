/*
 * Runs inside /Panopto/Pages/Embed.aspx. Plays the session in a <video>, answers the Embed API's commands
 * (only from the parent window, only from its origin), reports events to the parent (only to its origin),
 * and reports watched seconds to the emulator in batches.
 */
(function () {
  'use strict';
  var CHANNEL = 'panopto-emulator-embed';
  var config = JSON.parse(document.getElementById('embed-config').textContent);
  var parentWindow = window.parent !== window ? window.parent : null;
  var parentOrigin = null;
  if (location.ancestorOrigins && location.ancestorOrigins.length) parentOrigin = location.ancestorOrigins[0];
  else if (document.referrer) {
    try {
      parentOrigin = new URL(document.referrer).origin;
    } catch (e) {
      parentOrigin = null;
    }
  }

  var video = document.getElementById('video');
  var splash = document.getElementById('splash');

  function snapshot() {
    if (!video) return {};
    var tracks = [];
    for (var i = 0; i < video.textTracks.length; i++) tracks.push(video.textTracks[i].label || 'Track ' + (i + 1));
    var selected = -1;
    for (var j = 0; j < video.textTracks.length; j++) if (video.textTracks[j].mode === 'showing') selected = j;
    return {
      currentTime: video.currentTime,
      duration: isFinite(video.duration) ? video.duration : config.duration,
      state: stateOf(),
      muted: video.muted,
      volume: video.volume,
      rate: video.playbackRate,
      captionTracks: tracks,
      selectedCaptionTrack: selected,
    };
  }

  function stateOf() {
    if (!loaded) return -1;
    if (video.ended) return 0;
    if (video.paused) return 2;
    return 1;
  }

  function post(name, value) {
    if (!parentWindow || !parentOrigin) return;
    parentWindow.postMessage({ channel: CHANNEL, kind: 'event', name: name, value: value, state: snapshot() }, parentOrigin);
  }

  if (config.mode === 'login') {
    post('loginShown');
    return;
  }
  if (config.mode !== 'player') return; // signed in without permission: like Panopto, never iframe-ready

  var loaded = false;
  var readySent = false;
  /** loadVideo()/playVideo() asked to play; a pauseVideo() before playback starts takes it back. */
  var wantPlay = false;

  function load() {
    if (loaded) return;
    loaded = true;
    splash.hidden = true;
    video.hidden = false;
    video.preload = 'auto';
    video.addEventListener('loadedmetadata', function () {
      if (config.start > 0 && config.start < video.duration) video.currentTime = config.start;
      if (config.captions && video.textTracks.length) video.textTracks[0].mode = 'showing';
      if (!readySent) {
        readySent = true;
        post('ready');
      }
      if (config.autoplay || wantPlay) tryPlay();
    });
    video.src = config.mediaUrl;
    video.load();
  }

  function tryPlay() {
    if (!loaded) return load();
    var attempt = video.play();
    if (!attempt || !attempt.catch) return;
    attempt.catch(function (error) {
      if (!error || error.name !== 'NotAllowedError') return;
      if (video.muted) return post('error', 'playNotAllowed');
      // Browsers often allow muted autoplay: try that and say so, as Panopto's player does.
      video.muted = true;
      video.play().then(
        function () {
          post('error', 'playWithSoundNotAllowed');
        },
        function () {
          video.muted = false;
          post('error', 'playNotAllowed');
        }
      );
    });
  }

  splash.addEventListener('click', function () {
    config.autoplay = true;
    load();
  });

  var commands = {
    // Panopto's loadVideo() loads and starts the video (H5P: "Loads and starts playing").
    loadVideo: function () {
      wantPlay = true;
      if (loaded && video.readyState >= 1) tryPlay();
      else load();
    },
    playVideo: function () {
      wantPlay = true;
      if (!loaded) load();
      else if (video.readyState >= 1) tryPlay();
    },
    pauseVideo: function () {
      wantPlay = false;
      config.autoplay = false;
      video.pause();
    },
    stopVideo: function () {
      video.pause();
      video.currentTime = 0;
    },
    seekTo: function (seconds) {
      var s = Math.max(0, Number(seconds) || 0);
      if (isFinite(video.duration)) s = Math.min(s, video.duration);
      video.currentTime = s;
    },
    muteVideo: function () { video.muted = true; },
    unmuteVideo: function () { video.muted = false; },
    setVolume: function (v) { video.volume = Math.min(1, Math.max(0, Number(v) || 0)); },
    setPlaybackRate: function (r) {
      var rate = Number(r);
      if (rate > 0 && rate <= 16) video.playbackRate = rate;
    },
    enableCaptions: function (index) {
      var i = Number(index) || 0;
      for (var k = 0; k < video.textTracks.length; k++) video.textTracks[k].mode = k === i ? 'showing' : 'disabled';
      post('status');
    },
    disableCaptions: function () {
      for (var k = 0; k < video.textTracks.length; k++) video.textTracks[k].mode = 'disabled';
      post('status');
    },
  };

  window.addEventListener('message', function (event) {
    if (!parentWindow || event.source !== parentWindow) return;
    if (parentOrigin && event.origin !== parentOrigin) return;
    var data = event.data;
    if (!data || data.channel !== CHANNEL || data.kind !== 'command') return;
    var command = Object.prototype.hasOwnProperty.call(commands, data.name) ? commands[data.name] : null;
    if (command) command.apply(null, Array.isArray(data.args) ? data.args : []);
  });

  video.addEventListener('playing', function () {
    document.body.classList.add('playing');
    post('stateChange', 1);
  });
  video.addEventListener('pause', function () {
    document.body.classList.remove('playing');
    if (!video.ended) post('stateChange', 2);
  });
  video.addEventListener('ended', function () {
    document.body.classList.remove('playing');
    post('stateChange', 0);
    flushViewing();
  });
  video.addEventListener('waiting', function () { post('stateChange', 3); });
  video.addEventListener('ratechange', function () { post('playbackRateChange', video.playbackRate); });
  video.addEventListener('volumechange', function () { post('status'); });
  video.addEventListener('seeked', function () { post('status'); });
  video.addEventListener('timeupdate', function () {
    post('status');
    if (!video.paused) noteSecond(video.currentTime);
  });

  // Viewing: unique whole seconds watched on this page, sent in batches.
  var watched = {};
  var unsent = [];
  var firstBatch = true;
  function noteSecond(time) {
    var s = Math.floor(time);
    if (watched[s]) return;
    watched[s] = true;
    unsent.push(s);
  }
  function flushViewing() {
    if (!unsent.length) return;
    var body = JSON.stringify({ sessionId: config.sessionId, seconds: unsent, position: video.currentTime, newView: firstBatch });
    unsent = [];
    firstBatch = false;
    fetch(config.viewingUrl, {
      method: 'POST',
      credentials: 'same-origin',
      keepalive: true,
      headers: { 'Content-Type': 'application/json' },
      body: body,
    }).catch(function () {});
  }
  setInterval(flushViewing, config.viewingFlushMs);
  window.addEventListener('pagehide', flushViewing);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') flushViewing();
  });

  // autohide: while playing, hide the chrome after a moment without pointer movement; any movement brings it back.
  if (config.autoHide) {
    var idleTimer = null;
    var wake = function () {
      document.body.classList.remove('idle');
      if (config.controls) video.controls = true;
      clearTimeout(idleTimer);
      idleTimer = setTimeout(function () {
        if (video.paused) return;
        document.body.classList.add('idle');
        video.controls = false;
      }, config.autoHideMs || 2000);
    };
    ['pointermove', 'pointerdown', 'keydown', 'focusin'].forEach(function (type) {
      document.addEventListener(type, wake);
    });
    video.addEventListener('playing', wake);
    video.addEventListener('pause', function () {
      clearTimeout(idleTimer);
      document.body.classList.remove('idle');
      if (config.controls) video.controls = true;
    });
  }

  startCaptionTrackSync();

  // Loaded directly (or as a plain iframe without the API): behave as a normal page.
  if (!config.api && config.autoplay) load();
  post('iframeReady');

  // Caption tracks follow the session's captions: one uploaded (or delivered by a caption provider) while the
  // page is open appears without a reload, a deleted one goes. Each <track> has its language and a versioned src.
  function startCaptionTrackSync() {
    var url = '/Panopto/Pages/Embed/CaptionTracks/' + encodeURIComponent(config.sessionId) + '.json';
    function sync() {
      fetch(url, { credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(
          function (body) {
            if (body && Array.isArray(body.tracks)) applyCaptionTracks(body.tracks);
            setTimeout(sync, (body && body.pollMs) || 2000);
          },
          function () {
            setTimeout(sync, 5000);
          }
        );
    }
    setTimeout(sync, 2000);
  }

  function applyCaptionTracks(tracks) {
    var elements = video.querySelectorAll('track');
    var same = elements.length === tracks.length;
    for (var i = 0; same && i < tracks.length; i++) same = elements[i].getAttribute('src') === tracks[i].src;
    if (same) return;
    var showing = null;
    for (var j = 0; j < elements.length; j++) {
      if (elements[j].track && elements[j].track.mode === 'showing') showing = elements[j].getAttribute('data-language');
      elements[j].remove();
    }
    tracks.forEach(function (t) {
      var el = document.createElement('track');
      el.kind = 'captions';
      el.label = t.label;
      el.srclang = t.srclang;
      el.src = t.src;
      el.setAttribute('data-language', t.language);
      video.appendChild(el);
      if (t.language === showing) el.track.mode = 'showing';
    });
    post('status');
  }
})();
