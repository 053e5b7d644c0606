/* A local Web Worker stand-in for pages opened from file:// (the offline copy).
 *
 * Browsers refuse `new Worker(...)` on file:// pages, which would leave Material's search
 * without its worker. In the spirit of squidfunk/iframe-worker (which Material's offline
 * plugin would load from a CDN), this runs the worker script inside a hidden same-origin
 * iframe and relays messages both ways. The file name contains "iframe-worker" so the
 * offline plugin knows a shim is present and adds no CDN script. It does nothing on http(s).
 */
(function () {
  "use strict";

  if (location.protocol !== "file:") {
    return;
  }

  function IFrameWorker(url) {
    var self = this;
    var listeners = [];
    var queue = [];
    var ready = false;
    var frame = document.createElement("iframe");
    frame.hidden = true;
    frame.setAttribute("aria-hidden", "true");
    frame.setAttribute("tabindex", "-1");
    frame.title = "search worker";
    (document.body || document.documentElement).appendChild(frame);
    var scope = frame.contentWindow;

    function load(src) {
      return new Promise(function (resolve, reject) {
        var script = scope.document.createElement("script");
        script.src = new URL(src, location.href).href;
        script.onload = resolve;
        script.onerror = reject;
        scope.document.head.appendChild(script);
      });
    }

    function deliver(data) {
      scope.dispatchEvent(new scope.MessageEvent("message", { data: data }));
    }

    /* The worker's postMessage() and importScripts() inside the frame. */
    scope.postMessage = function (data) {
      window.setTimeout(function () {
        var event = new MessageEvent("message", { data: data });
        listeners.slice().forEach(function (fn) { fn.call(self, event); });
        if (typeof self.onmessage === "function") {
          self.onmessage(event);
        }
      }, 0);
    };
    scope.importScripts = function () {
      return Promise.all(Array.prototype.map.call(arguments, load));
    };

    this.onmessage = null;
    this.onerror = null;
    this.addEventListener = function (type, fn) {
      if (type === "message") {
        listeners.push(fn);
      }
    };
    this.removeEventListener = function (type, fn) {
      listeners = listeners.filter(function (other) { return other !== fn; });
    };
    this.postMessage = function (data) {
      if (ready) {
        deliver(data);
      } else {
        queue.push(data);
      }
    };
    this.terminate = function () {
      frame.remove();
    };

    load(url).then(
      function () {
        ready = true;
        queue.splice(0).forEach(deliver);
      },
      function (error) {
        if (typeof self.onerror === "function") {
          self.onerror(error);
        }
      }
    );
  }

  window.Worker = IFrameWorker;
})();
