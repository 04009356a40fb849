/* Convene event site: applies the visitor's theme choice before the page paints (loaded in <head>). */
(function () {
  'use strict';
  try {
    var config = JSON.parse(document.getElementById('site-config').textContent);
    var saved = window.localStorage.getItem('convene:theme:' + config.eventId);
    if (saved === 'light' || saved === 'dark') document.documentElement.setAttribute('data-theme', saved);
  } catch (e) {
    /* No storage (private mode, file:// restrictions): the build's theme stays. */
  }
})();
