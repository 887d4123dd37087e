//! Entry point of the simulation worker (built by Trunk with `data-type="worker"`); a native
//! build has nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    reachwise::app::serve_simulations();
}
