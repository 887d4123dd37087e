// Appended to Trunk's inline loader by scripts/offline.mjs, before the CSP hashing (so the
// hash covers it): registers dist/sw.js once the page has loaded, and when a new release has
// installed while this page is open, shows a "new version" notice with a Reload button.
// Nothing reloads by itself: the new release takes over only when the user asks.
if ('serviceWorker' in navigator) {
  const container = navigator.serviceWorker;
  let reloading = false;
  const offer = (worker) => {
    // On the first install there is no controller and nothing to announce.
    if (!container.controller || document.querySelector('.update-notice')) return;
    const notice = document.createElement('div');
    notice.className = 'update-notice';
    notice.setAttribute('role', 'status');
    document.body.append(notice);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload';
    button.addEventListener('click', () => {
      reloading = true;
      button.disabled = true;
      worker.postMessage('skipWaiting');
    });
    // Filled a moment after the live region exists, so that screen readers announce it.
    setTimeout(() => notice.append('A new version of Reachwise is ready. ', button), 100);
  };
  const track = (worker) => {
    if (!worker) return;
    if (worker.state === 'installed') offer(worker);
    else worker.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
  };
  container.addEventListener('controllerchange', () => reloading && location.reload());
  const register = () => container.register('./sw.js', { scope: './', updateViaCache: 'none' }).then((registration) => {
    if (!registration) return; // a browser that blocks service workers may resolve with nothing
    track(registration.waiting ?? registration.installing);
    registration.addEventListener('updatefound', () => track(registration.installing));
  }, () => {});
  if (document.readyState === 'complete') register();
  else addEventListener('load', register);
}
