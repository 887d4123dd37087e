// Starts the saved-scenarios module once its glue (reachwise-saved.js) has run: the page
// adds both scripts, in order, when the "Saved scenarios" panel first opens.
wasm_bindgen('./reachwise-saved_bg.wasm');
