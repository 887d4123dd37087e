// Reachwise's service worker. scripts/offline.mjs writes dist/sw.js from this template at
// build time, filling in BUILD (a hash of every precached file) and FILES (the build's files,
// relative to the scope, each marked hashed or not). Served from the site's folder and
// registered with scope './', so it works from any sub-path.
//
// - install: precache the whole build into a cache named for it (a new release, a new cache);
// - activate: delete this app's other caches (same scope, other builds); enable navigation
//   preload;
// - fetch, same-origin GET requests for the build's files only:
//   the page (index.html) and files without a hash in their name (icons, manifest, embed.js)
//   network first (revalidated), falling back to the cache; hashed files (the app's, and the
//   workers' and saved scenarios', scripts/hashed.mjs) cache first. An error response is
//   never cached, and is replaced by the cached copy if any.
//   Nothing fetched at run time is written to the cache: it holds the build as installed, so
//   that offline the page, its wasm and its worker always come from one release.
// - a new release installs beside the running one and waits; the page offers "Reload" and
//   sends 'skipWaiting' when the user asks (scripts/offline/register.js).
const BUILD = '%BUILD%';
const FILES = /* %FILES% */ [];
const SCOPE = self.registration.scope;
const PREFIX = `reachwise ${SCOPE} `;
const CACHE = PREFIX + BUILD;
const href = (path) => new URL(path, SCOPE).href;
const PAGE = href('./');
const HASHED = new Set(FILES.filter(([, hashed]) => hashed).map(([path]) => href(path)));
const OTHERS = new Set(FILES.filter(([, hashed]) => !hashed).map(([path]) => href(path)));

self.addEventListener('install', (event) => {
  // Files without a hash are revalidated, so that a stale copy is never precached (a host that
  // sends validators answers 304 for the ones the page has just loaded).
  const requests = FILES.map(([path, hashed]) => new Request(href(path), { cache: hashed ? 'default' : 'no-cache' }));
  // addAll fails on any error response: then the install fails and nothing half-done stays.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all([
    caches.keys().then((keys) => Promise.all(
      keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)),
    )),
    // The page's request starts while this worker starts, not after (a repeat visit's first
    // result comes sooner); browsers without navigation preload fetch it as before.
    self.registration.navigationPreload?.enable(),
  ]));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const key = url.origin + url.pathname;
  if (request.mode === 'navigate') {
    const preloaded = Promise.resolve(event.preloadResponse).catch(() => undefined);
    if (key === PAGE || key === href('index.html')) {
      event.respondWith(networkFirst(async () => (await preloaded) ?? fetch(request), PAGE));
    } else {
      event.waitUntil(preloaded); // settled, so that the browser does not report it cancelled
    }
  } else if (HASHED.has(key)) {
    event.respondWith(cacheFirst(request, key));
  } else if (OTHERS.has(key)) {
    // Revalidated: a host may well send these with the long cache time of the hashed files.
    // A plain same-origin GET of the URL: WebKit cannot rebuild a request with new options
    // when it comes from a worker (as the workers' files once did, unhashed).
    event.respondWith(networkFirst(() => fetch(request.url, { cache: 'no-cache', credentials: 'same-origin' }), key));
  }
  // Anything else (another origin, another path, another method) goes to the network untouched.
});

async function fromCache(key) {
  return (await caches.open(CACHE)).match(key);
}

async function networkFirst(fetchIt, key) {
  try {
    const response = await fetchIt();
    if (response.ok) return response;
    // An error from the network (a 404 or 503 in front of the site): the cached copy is better.
    return (await fromCache(key)) ?? response;
  } catch (error) {
    const cached = await fromCache(key);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request, key) {
  return (await fromCache(key)) ?? fetch(request);
}
