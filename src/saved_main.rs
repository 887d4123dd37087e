//! Entry point of the saved-scenarios module, which the page loads when its panel first
//! opens (built by Trunk as a classic script with `data-type="worker"`, started by
//! `assets/saved-loader.js`); a native build has nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    reachwise::app::start_saved();
}
