//! Entry point of the worker that works out results and simulations (built by Trunk with `data-type="worker"`); a native
//! build has nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    reachwise::app::serve_worker();
}
