// Starts the saved-scenarios module once its glue (reachwise-saved.js) has run: the page
// adds both scripts, in order, when the "Saved scenarios" panel first opens. The glue's
// global is renamed from wasm_bindgen (scripts/post_build.mjs), which the results worker's
// glue uses when it runs in the page (src/app/in_page.rs).
reachwise_saved('./reachwise-saved_bg.wasm');
