// Reachwise embed helper (see README, "Embedding"): sizes each Reachwise iframe on the page
// to its content. The embedded page posts {type: 'reachwise:height', height} whenever its
// height changes; a message is used only when it comes from an iframe on this page that
// shows Reachwise from the origin this script was loaded from: its origin must be that
// iframe's origin and its source that iframe's window. Anything else changes nothing.
// When it starts it asks each such iframe for its height ('reachwise:ping'), in case the
// calculator was up before this script ran.
(function () {
  'use strict';
  var MAX = 20000; // px: no calculator is taller; a bigger claim is clamped
  var script = document.currentScript;
  var home;
  try {
    home = new URL(script.src).origin;
  } catch (e) {
    return;
  }
  function frameOrigin(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== home || !data || typeof data !== 'object' || data.type !== 'reachwise:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && event.source !== null && frameOrigin(frame) === event.origin) {
        frame.style.height = Math.min(Math.ceil(height), MAX) + 'px';
        return;
      }
    }
  });
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frameOrigin(frames[i]) === home && frames[i].contentWindow) {
      // '*': a ping carries nothing, and the frame may not have loaded its page yet.
      frames[i].contentWindow.postMessage({ type: 'reachwise:ping' }, '*');
    }
  }
})();
