//! The `clawctl` binary: parse the command line, run it, turn the outcome into an exit code.
//! Everything else lives in the library so tests and benches can reach it.

fn main() {
    std::process::exit(clawctl::main_entry());
}
