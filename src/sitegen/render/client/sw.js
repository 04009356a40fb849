/* Convene event site service worker: precaches the whole site; pages network-first, assets cache-first, remote images
   cached once seen. */
'use strict';
var CACHE_NAME = '__CACHE_NAME__';
var PRECACHE = __PRECACHE__;

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(CACHE_NAME).then(function (cache) { return cache.addAll(PRECACHE); }).then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener('activate', function (event) {
  /* A new build has a new cache name: drop the caches of earlier builds of this site. */
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf('convene-site-') === 0 && n !== CACHE_NAME; }).map(function (n) { return caches.delete(n); }));
    }).then(function () { return self.clients.claim(); })
  );
});

function isPage(request) {
  return request.mode === 'navigate' || /\.html$|\/$/.test(new URL(request.url).pathname);
}

/* Photos and logos on other hosts: kept once seen, so they show offline too (opaque responses, no CORS needed). */
function remoteImage(event) {
  var request = event.request;
  event.respondWith(
    caches.match(request).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        if (response.ok || response.type === 'opaque') {
          var copy = response.clone();
          caches.open(CACHE_NAME).then(function (cache) { return cache.put(request, copy); }).catch(function () { /* over quota: online only */ });
        }
        return response;
      });
    })
  );
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  if (new URL(request.url).origin !== self.location.origin) {
    if (request.destination === 'image' && /^https?:$/.test(new URL(request.url).protocol)) remoteImage(event);
    return;
  }
  if (isPage(request)) {
    event.respondWith(
      fetch(request).then(function (response) {
        if (response.ok) {
          var copy = response.clone();
          caches.open(CACHE_NAME).then(function (cache) { cache.put(request, copy); });
        }
        return response;
      }).catch(function () {
        return caches.match(request, { ignoreSearch: true }).then(function (hit) {
          return hit || caches.match(new URL('offline.html', self.registration.scope).href);
        });
      })
    );
    return;
  }
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        if (response.ok) {
          var copy = response.clone();
          caches.open(CACHE_NAME).then(function (cache) { cache.put(request, copy); });
        }
        return response;
      });
    })
  );
});
