/* Convene event site: theme toggle and offline support (service worker when served over http(s)). */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('site-config').textContent);
  var root = document.documentElement;
  var toggle = document.querySelector('.theme-toggle');
  function apply(theme) {
    root.setAttribute('data-theme', theme);
    if (toggle) toggle.setAttribute('aria-pressed', theme === 'dark' ? 'true' : 'false');
  }
  apply(root.getAttribute('data-theme') === 'dark' ? 'dark' : 'light');
  if (toggle) {
    toggle.addEventListener('click', function () {
      var next = root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
      apply(next);
      try {
        window.localStorage.setItem('convene:theme:' + config.eventId, next);
      } catch (e) {
        /* The choice lasts for this page only. */
      }
    });
  }
  /* The manifest and the service worker need http(s); from file:// the site works without them (and a manifest
     link there would only log a CORS error). */
  if (/^https?:$/.test(location.protocol)) {
    var link = document.createElement('link');
    link.rel = 'manifest';
    link.href = config.root + 'manifest.json';
    document.head.appendChild(link);
  }
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    window.addEventListener('load', function () {
      /* Offline support is an extra; the site works without it. In a sandboxed page (a preview) even reading
         navigator.serviceWorker throws. */
      try {
        navigator.serviceWorker.register(config.root + 'sw.js').catch(function () {});
      } catch (e) {}
    });
  }
})();
