// Starts the results worker's code in the page itself (src/app/in_page.rs) once its glue
// (reachwise-worker.js) has run: the page adds both scripts, in order, and has already asked
// for the wasm (window.reachwiseResultsWasm). Should the glue or the wasm fail, the page is
// told so (null) and works with a worker instead.
if (typeof wasm_bindgen === 'function') {
  wasm_bindgen({ module_or_path: window.reachwiseResultsWasm ?? './reachwise-worker_bg.wasm' })
    .catch(() => window.reachwiseInPage?.(null));
} else {
  window.reachwiseInPage?.(null);
}
