/*
 * The emulator's Embed API (served as /scripts/embedapi.min.js): the same surface as Panopto's
 * developers.panopto.com/scripts/embedapi.min.js, driving /Panopto/Pages/Embed.aspx over postMessage.
 *
 * Security: commands go only to the embed page's origin (built from serverName), and events are accepted only
 * when they come from that origin AND from this player's own iframe window.
 *
 * Getters are synchronous, as in Panopto's API: the embed page sends a state snapshot with every event, and
 * setters update the local copy at once.
 *
 * As third-party clients (H5P, Moodle's interactive video) expect of Panopto's script:
 * - the iframe is sized by its width/height attributes (clients resize it through them), not inline style;
 * - event callbacks are called as methods of the `events` object (`this` is that object, never undefined);
 * - the embed page's scheme is the one this script was loaded with when serverName is the host it came from
 *   (http for an emulator on http, under any host name), else https as Panopto's tenants are;
 * - loadVideo() loads and starts playback (a pauseVideo() before playback begins cancels the start).
 */
(function () {
  'use strict';
  var CHANNEL = 'panopto-emulator-embed';
  var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  var HOST = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/i;
  var LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;
  var PARAMS = ['autoplay', 'offerviewer', 'showtitle', 'showbrand', 'captions', 'interactivity', 'start', 'hideoverlay', 'autohide', 'showcontrols'];
  /** Panopto's generated embed code is 720 × 405; used when a client gives no size. */
  var DEFAULT_WIDTH = 720;
  var DEFAULT_HEIGHT = 405;
  var SCRIPT_URL = (function () {
    try {
      return document.currentScript && document.currentScript.src ? new URL(document.currentScript.src) : null;
    } catch (e) {
      return null;
    }
  })();

  var PlayerState = Object.freeze({ Unstarted: -1, Ended: 0, Playing: 1, Paused: 2, Buffering: 3 });
  var ApiError = Object.freeze({ PlayNotAllowed: 'playNotAllowed', PlayWithSoundNotAllowed: 'playWithSoundNotAllowed' });

  /** An iframe width/height attribute: a number of pixels or a percentage, as the HTML attribute takes. */
  function sizeAttribute(value, fallback) {
    if (value === undefined || value === null || value === '') return String(fallback);
    return typeof value === 'number' ? String(Math.round(value)) : String(value).replace(/px$/i, '');
  }

  /** The embed page's origin for a serverName. */
  function originFor(host) {
    if (SCRIPT_URL && SCRIPT_URL.host.toLowerCase() === host.toLowerCase()) return SCRIPT_URL.protocol + '//' + host;
    return (LOOPBACK.test(host) ? 'http://' : 'https://') + host;
  }

  function EmbedApi(elementId, options) {
    if (!(this instanceof EmbedApi)) throw new TypeError('EmbedApi must be called with new');
    options = options || {};
    var container = typeof elementId === 'string' ? document.getElementById(elementId) : null;
    if (!container) throw new Error('EmbedApi: no element with id "' + elementId + '"');
    var host = String(options.serverName || '');
    if (!HOST.test(host)) throw new Error('EmbedApi: serverName must be a host name such as "myuni.hosted.panopto.com"');
    if (!GUID.test(String(options.sessionId || ''))) throw new Error('EmbedApi: sessionId must be a GUID');

    var origin = originFor(host);
    var query = new URLSearchParams();
    query.set('id', options.sessionId);
    var videoParams = options.videoParams || {};
    PARAMS.forEach(function (key) {
      if (videoParams[key] !== undefined && videoParams[key] !== null) query.set(key, String(videoParams[key]));
    });
    query.set('api', '1');

    var iframe = document.createElement('iframe');
    iframe.src = origin + '/Panopto/Pages/Embed.aspx?' + query.toString();
    iframe.setAttribute('width', sizeAttribute(options.width, DEFAULT_WIDTH));
    iframe.setAttribute('height', sizeAttribute(options.height, DEFAULT_HEIGHT));
    iframe.style.border = '0';
    iframe.style.display = 'block';
    iframe.setAttribute('allowfullscreen', '');
    iframe.setAttribute('allow', 'autoplay; fullscreen');
    iframe.setAttribute('title', 'Panopto Embedded Video Player');
    iframe.setAttribute('aria-label', 'Panopto Embedded Video Player');

    this._origin = origin;
    this._iframe = iframe;
    this._events = options.events || {};
    this._state = {
      currentTime: Number(videoParams.start) || 0,
      duration: 0,
      state: PlayerState.Unstarted,
      muted: false,
      volume: 1,
      rate: 1,
      captionTracks: [],
      selectedCaptionTrack: -1,
      videoUrl: origin + '/Panopto/Pages/Viewer.aspx?id=' + options.sessionId,
    };
    this.isReady = false;

    var self = this;
    this._onMessage = function (event) {
      if (event.origin !== self._origin || !self._iframe || event.source !== self._iframe.contentWindow) return;
      var data = event.data;
      if (!data || data.channel !== CHANNEL || data.kind !== 'event') return;
      if (data.state && typeof data.state === 'object') {
        for (var key in self._state) if (key in data.state) self._state[key] = data.state[key];
      }
      switch (data.name) {
        case 'iframeReady':
          return self._fire('onIframeReady');
        case 'ready':
          self.isReady = true;
          return self._fire('onReady');
        case 'stateChange':
          self._state.state = data.value;
          return self._fire('onStateChange', data.value);
        case 'playbackRateChange':
          self._state.rate = data.value;
          return self._fire('onPlaybackRateChange', data.value);
        case 'error':
          return self._fire('onError', data.value);
        case 'loginShown':
          return self._fire('onLoginShown');
      }
    };
    window.addEventListener('message', this._onMessage);
    container.appendChild(iframe);
  }

  EmbedApi.prototype._fire = function (name, value) {
    var events = this._events;
    var callback = events[name];
    if (typeof callback !== 'function') return;
    try {
      // A method call, so `this` is the events object (clients set state on it).
      callback.call(events, value);
    } catch (error) {
      setTimeout(function () {
        throw error;
      });
    }
  };

  EmbedApi.prototype._send = function (name, args) {
    var target = this._iframe && this._iframe.contentWindow;
    if (!target) return;
    target.postMessage({ channel: CHANNEL, kind: 'command', name: name, args: args || [] }, this._origin);
  };

  EmbedApi.prototype.loadVideo = function () { this._send('loadVideo'); };
  EmbedApi.prototype.playVideo = function () { this._send('playVideo'); };
  EmbedApi.prototype.pauseVideo = function () { this._send('pauseVideo'); };
  EmbedApi.prototype.stopVideo = function () { this._state.currentTime = 0; this._send('stopVideo'); };
  EmbedApi.prototype.seekTo = function (seconds) {
    var s = Math.max(0, Number(seconds) || 0);
    this._state.currentTime = s;
    this._send('seekTo', [s]);
  };
  EmbedApi.prototype.getCurrentTime = function () { return this._state.currentTime; };
  EmbedApi.prototype.getDuration = function () { return this._state.duration; };
  EmbedApi.prototype.getState = function () { return this._state.state; };
  EmbedApi.prototype.muteVideo = function () { this._state.muted = true; this._send('muteVideo'); };
  EmbedApi.prototype.unmuteVideo = function () { this._state.muted = false; this._send('unmuteVideo'); };
  EmbedApi.prototype.isMuted = function () { return this._state.muted; };
  EmbedApi.prototype.getVolume = function () { return this._state.volume; };
  EmbedApi.prototype.setVolume = function (volume) {
    var v = Math.min(1, Math.max(0, Number(volume)));
    if (isNaN(v)) return;
    this._state.volume = v;
    this._send('setVolume', [v]);
  };
  EmbedApi.prototype.getPlaybackRate = function () { return this._state.rate; };
  EmbedApi.prototype.setPlaybackRate = function (rate) {
    var r = Number(rate);
    if (!(r > 0)) return;
    this._send('setPlaybackRate', [r]);
  };
  EmbedApi.prototype.hasCaptions = function () { return this._state.captionTracks.length > 0; };
  EmbedApi.prototype.getCaptionTracks = function () { return this._state.captionTracks.slice(); };
  EmbedApi.prototype.getSelectedCaptionTrack = function () { return this._state.selectedCaptionTrack; };
  EmbedApi.prototype.enableCaptions = function (track) {
    var index = Number(track) || 0;
    this._state.selectedCaptionTrack = index;
    this._send('enableCaptions', [index]);
  };
  EmbedApi.prototype.disableCaptions = function () { this._state.selectedCaptionTrack = -1; this._send('disableCaptions'); };
  EmbedApi.prototype.getVideoUrl = function () { return this._state.videoUrl; };
  /** Not in Panopto's API: removes the message listener and the iframe. */
  EmbedApi.prototype.destroy = function () {
    window.removeEventListener('message', this._onMessage);
    if (this._iframe) this._iframe.remove();
    this._iframe = null;
  };

  window.EmbedApi = EmbedApi;
  window.PlayerState = PlayerState;
  window.ApiError = ApiError;
  if (typeof window.onPanoptoEmbedApiReady === 'function') window.onPanoptoEmbedApiReady();
})();
