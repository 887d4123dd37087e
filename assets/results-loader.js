// Starts the results worker's code in the page itself (src/app/in_page.rs) once its glue
// (reachwise-worker.js) has run: the page adds both scripts, in order. Should the glue or
// the wasm fail, the page is told so (null) and works with a worker instead.
if (typeof wasm_bindgen === 'function') {
  wasm_bindgen({ module_or_path: './reachwise-worker_bg.wasm' }).catch(() => window.reachwiseInPage?.(null));
} else {
  window.reachwiseInPage?.(null);
}
