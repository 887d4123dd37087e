//! Entry point: starts the web app in the browser; a native build has nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    reachwise::app::start();
}
