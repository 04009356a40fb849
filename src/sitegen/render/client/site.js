/* Convene event site: theme toggle, placeholders for images that cannot be loaded, and offline support (service
   worker when served over http(s)). */
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
  /* An image that cannot be loaded (gone from its host, a broken file, offline and never cached) is hidden rather
     than left as a broken-image box with its alt text spilling out; the placeholder the page put after it
     (a speaker's initials, a sponsor's name) is shown instead. Images that failed before this script ran are
     found by their empty natural size; decode() tells those apart from an image without one (some SVGs). */
  function imageFailed(img) {
    img.hidden = true;
    var next = img.nextElementSibling;
    if (next && next.hasAttribute('data-img-fallback')) next.hidden = false;
  }
  document.addEventListener('error', function (event) {
    if (event.target && event.target.tagName === 'IMG') imageFailed(event.target);
  }, true);
  Array.prototype.forEach.call(document.images, function (img) {
    if (!img.complete || img.naturalWidth !== 0) return;
    if (typeof img.decode === 'function') img.decode().catch(function () { imageFailed(img); });
    else imageFailed(img);
  });
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
