/*
 * Parent-page snippet for embedding the DPRK sanctions coalition map.
 * Sizes every <iframe data-sanctions-map> to the height its map reports.
 *
 * It acts only on messages that
 *  - have the documented type "sanctions-coalition-map:height" and a sane numeric height,
 *  - come from the window of one of those iframes (not another frame, not this page), and
 *  - come from the origin of that iframe's src.
 * Anything else is ignored.
 */
(function () {
  'use strict';
  var TYPE = 'sanctions-coalition-map:height';
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 20000;

  function frameFor(source) {
    var frames = document.querySelectorAll('iframe[data-sanctions-map]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (
      typeof height !== 'number' ||
      !isFinite(height) ||
      height < MIN_HEIGHT ||
      height > MAX_HEIGHT
    )
      return;
    var frame = frameFor(event.source);
    if (!frame || originOf(frame) !== event.origin) return;
    frame.style.height = Math.ceil(height) + 'px';
  });
})();
