/*
 * Convene event site: search, track and room filters (deep-linked through the URL hash: #track=<slug>,
 * #room=<slug>, #day=<date>, #q=<text>, or the original generator's #<track or room name>), day tabs,
 * list/calendar views and bookmarks kept in localStorage per event. Plain ES2019, no framework; works from file://.
 */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('site-config').textContent);
  var storageKey = 'convene:bookmarks:' + config.eventId;
  var $ = function (selector) { return document.querySelector(selector); };
  var $$ = function (selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); };

  function loadBookmarks() {
    try {
      var list = JSON.parse(window.localStorage.getItem(storageKey) || '[]');
      return Array.isArray(list) ? list.map(String) : [];
    } catch (e) {
      return [];
    }
  }
  var bookmarks = loadBookmarks();
  function saveBookmarks() {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(bookmarks));
    } catch (e) {
      /* Bookmarks last for this page only. */
    }
  }
  function isBookmarked(id) { return bookmarks.indexOf(id) !== -1; }
  function paintBookmarks() {
    $$('[data-bookmark]').forEach(function (button) {
      button.setAttribute('aria-pressed', isBookmarked(button.getAttribute('data-bookmark')) ? 'true' : 'false');
    });
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-bookmark]') : null;
    if (!button) return;
    var id = button.getAttribute('data-bookmark');
    if (isBookmarked(id)) bookmarks.splice(bookmarks.indexOf(id), 1);
    else bookmarks.push(id);
    bookmarks.sort();
    saveBookmarks();
    paintBookmarks();
    update();
  });
  paintBookmarks();

  /* Speakers page: a search over cards only. */
  var speakerSearch = $('#speaker-search');
  if (speakerSearch) {
    var cards = $$('.speaker[data-search]');
    var speakerCount = $('.result-count');
    var filterSpeakers = function () {
      var q = speakerSearch.value.trim().toLowerCase();
      var shown = 0;
      cards.forEach(function (card) {
        var match = q === '' || card.getAttribute('data-search').indexOf(q) !== -1;
        card.hidden = !match;
        if (match) shown++;
      });
      if (speakerCount) speakerCount.textContent = q === '' ? '' : shown + ' of ' + cards.length + ' speakers';
      var none = $('.no-results');
      if (none) none.hidden = shown !== 0;
    };
    speakerSearch.addEventListener('input', filterSpeakers);
    if (speakerSearch.form) speakerSearch.form.addEventListener('submit', function (e) { e.preventDefault(); });
    return;
  }

  var items = $$('[data-session-id], [data-cal-id]').filter(function (el) { return el.hasAttribute('data-search'); });
  if (items.length === 0) return;
  var search = $('#search');
  var trackSelect = $('#filter-track');
  var roomSelect = $('#filter-room');
  var bookmarked = $('#filter-bookmarked');
  var count = $('.result-count');
  var noResults = $('.no-results');
  var state = { q: '', track: '', room: '', day: '', view: 'list' };
  var listTotal = $$('[data-session-id][data-search]').length;

  function optionValues(select) {
    return select ? Array.prototype.map.call(select.options, function (o) { return { value: o.value, label: o.textContent.trim().toLowerCase() }; }) : [];
  }
  function matchOption(select, text) {
    var wanted = text.toLowerCase();
    var found = optionValues(select).filter(function (o) { return o.value !== '' && (o.value === wanted || o.label === wanted); })[0];
    return found ? found.value : null;
  }

  function readHash() {
    var hash = decodeURIComponent(location.hash.replace(/^#/, '').replace(/\+/g, ' '));
    state.q = ''; state.track = ''; state.room = ''; state.day = '';
    if (hash === '') return;
    if (hash.indexOf('=') === -1) {
      /* An anchor on the page (a session or a track) keeps its meaning; otherwise the original's #<name> form. */
      if (document.getElementById(hash)) return;
      var track = matchOption(trackSelect, hash);
      var room = matchOption(roomSelect, hash);
      if (track) state.track = track;
      else if (room) state.room = room;
      return;
    }
    hash.split('&').forEach(function (pair) {
      var at = pair.indexOf('=');
      var key = pair.slice(0, at);
      var value = pair.slice(at + 1);
      if (key === 'q') state.q = value;
      else if (key === 'track') state.track = matchOption(trackSelect, value) || value;
      else if (key === 'room') state.room = matchOption(roomSelect, value) || value;
      else if (key === 'day') state.day = value;
      else if (key === 'view' && (value === 'list' || value === 'calendar')) state.view = value;
    });
  }
  function writeHash() {
    var parts = [];
    if (state.track) parts.push('track=' + encodeURIComponent(state.track));
    if (state.room) parts.push('room=' + encodeURIComponent(state.room));
    if (state.day) parts.push('day=' + encodeURIComponent(state.day));
    if (state.q) parts.push('q=' + encodeURIComponent(state.q));
    if (state.view !== 'list') parts.push('view=' + state.view);
    var next = parts.length ? '#' + parts.join('&') : location.pathname + location.search;
    if (history.replaceState) history.replaceState(null, '', next);
  }
  function syncControls() {
    if (search) search.value = state.q;
    if (trackSelect) trackSelect.value = state.track;
    if (roomSelect) roomSelect.value = state.room;
    $$('.day-tabs [role="tab"]').forEach(function (tab) {
      tab.setAttribute('aria-selected', tab.getAttribute('data-day') === state.day ? 'true' : 'false');
      tab.tabIndex = tab.getAttribute('data-day') === state.day ? 0 : -1;
    });
    $$('[data-view]').forEach(function (b) { b.setAttribute('aria-pressed', b.getAttribute('data-view') === state.view ? 'true' : 'false'); });
    $$('[data-view-panel]').forEach(function (panel) { panel.hidden = panel.getAttribute('data-view-panel') !== state.view; });
  }

  function matches(el) {
    if (state.q && el.getAttribute('data-search').indexOf(state.q.toLowerCase()) === -1) return false;
    if (state.track && el.getAttribute('data-track') !== state.track) return false;
    if (state.room && el.getAttribute('data-room') !== state.room) return false;
    if (state.day && el.getAttribute('data-day') !== state.day) return false;
    var id = el.getAttribute('data-session-id') || el.getAttribute('data-cal-id');
    if (bookmarked && bookmarked.checked && !isBookmarked(id)) return false;
    return true;
  }
  function update() {
    if (!search && !trackSelect && !roomSelect) return;
    var shown = 0;
    items.forEach(function (el) {
      var ok = matches(el);
      el.hidden = !ok;
      if (ok && el.hasAttribute('data-session-id')) shown++;
    });
    /* Hide day sections and track sections that have nothing left to show. */
    $$('.day, .track').forEach(function (section) {
      var any = section.querySelector('[data-session-id]:not([hidden]), [data-cal-id]:not([hidden])');
      section.hidden = !any;
    });
    var filtering = state.q || state.track || state.room || state.day || (bookmarked && bookmarked.checked);
    if (listTotal > 0 && count) count.textContent = filtering ? shown + ' of ' + listTotal + ' sessions' : '';
    if (noResults) noResults.hidden = !!document.querySelector('[data-session-id]:not([hidden]), [data-cal-id]:not([hidden])');
  }

  if (search) search.addEventListener('input', function () { state.q = search.value.trim(); writeHash(); update(); });
  if (search && search.form) search.form.addEventListener('submit', function (e) { e.preventDefault(); });
  if (trackSelect) trackSelect.addEventListener('change', function () { state.track = trackSelect.value; writeHash(); update(); });
  if (roomSelect) roomSelect.addEventListener('change', function () { state.room = roomSelect.value; writeHash(); update(); });
  if (bookmarked) bookmarked.addEventListener('change', update);
  $$('[data-view]').forEach(function (button) {
    button.addEventListener('click', function () { state.view = button.getAttribute('data-view'); writeHash(); syncControls(); update(); });
  });
  var tabs = $$('.day-tabs [role="tab"]');
  tabs.forEach(function (tab, index) {
    tab.addEventListener('click', function () { state.day = tab.getAttribute('data-day'); writeHash(); syncControls(); update(); });
    tab.addEventListener('keydown', function (event) {
      var step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      var next = tabs[(index + step + tabs.length) % tabs.length];
      next.focus();
      next.click();
    });
  });
  window.addEventListener('hashchange', function () { readHash(); syncControls(); update(); });
  readHash();
  syncControls();
  update();
})();
