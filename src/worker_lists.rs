//! Entry point of the worker that works out the rate card and the roster (built by Trunk
//! with `data-type="worker"`, src/app/worker.rs); a native build has nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    reachwise::app::serve_lists_worker();
}
