//! The `clawctl` binary: parse the command line, run it, turn the outcome into an exit code.
//! Everything else lives in the library so tests and benches can reach it.

/// mimalloc instead of the system allocator: a sync's reader threads allocate the rows that its
/// writer thread frees, and glibc's arenas spend a fifth of a first sync on that hand-over.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(clawctl::main_entry());
}
