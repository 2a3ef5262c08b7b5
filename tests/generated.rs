//! Committed completions and man pages must match what the binary generates, and the README
//! and CHANGELOG must stay honest about the command tree.

mod common;
use common::*;

const REGENERATE: &str =
    "cargo run -q -- completions --out-dir completions && cargo run -q -- man --out-dir man";

#[test]
fn completions_are_fresh() {
    for shell in clawctl::commands::completions::SHELLS {
        let name = clawctl::commands::completions::file_name(shell);
        let committed = std::fs::read(repo().join("completions").join(&name)).unwrap_or_default();
        assert!(
            committed == clawctl::commands::completions::generate(shell),
            "completions/{name} is stale; regenerate with:\n  {REGENERATE}"
        );
    }
}

#[test]
fn man_pages_are_fresh() {
    let pages = clawctl::commands::man::pages().unwrap();
    let mut expected: Vec<String> = pages.iter().map(|(n, _)| n.clone()).collect();
    for (name, text) in &pages {
        let committed = std::fs::read(repo().join("man").join(name)).unwrap_or_default();
        assert!(
            &committed == text,
            "man/{name} is stale; regenerate with:\n  {REGENERATE}"
        );
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(repo().join("man"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    expected.sort();
    assert_eq!(
        on_disk, expected,
        "man/ has pages for commands that no longer exist; regenerate with:\n  {REGENERATE}"
    );
}

#[test]
fn readme_opens_with_the_two_setup_commands_and_covers_every_command() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let blocks: Vec<&str> = readme.split("```").collect();
    let first = blocks.get(1).expect("README needs a code block");
    let cmds: Vec<&str> = first
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("sh") && !l.starts_with('#'))
        .collect();
    assert_eq!(
        cmds.len(),
        2,
        "the first block must hold exactly the two set-up commands: {cmds:?}"
    );
    assert!(
        cmds[0].contains("--state-dir examples/state"),
        "{}",
        cmds[0]
    );
    let ci = std::fs::read_to_string(repo().join(".ci/run")).unwrap();
    assert!(
        ci.contains(cmds[1].trim()),
        ".ci/run must run the README's test command `{}`",
        cmds[1]
    );
    let mut cmd = <clawctl::cli::Cli as clap::CommandFactory>::command();
    cmd.build();
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        for leaf in sub.get_subcommands().filter(|l| l.get_name() != "help") {
            let full = format!("clawctl {} {}", sub.get_name(), leaf.get_name());
            assert!(
                readme.contains(&full)
                    || readme.contains(&format!("{} {}", sub.get_name(), leaf.get_name())),
                "README does not mention `{full}`"
            );
        }
        if sub.get_name() != "help" {
            assert!(
                readme.contains(&format!("clawctl {}", sub.get_name()))
                    || readme.contains(&format!("`{}`", sub.get_name())),
                "README does not mention `clawctl {}`",
                sub.get_name()
            );
        }
    }
    for code in 0..=7 {
        assert!(
            readme.contains(&format!("| {code} ")),
            "README's exit-code table lacks {code}"
        );
    }
}

#[test]
fn changelog_keeps_an_unreleased_section() {
    let log = std::fs::read_to_string(repo().join("CHANGELOG.md")).unwrap();
    assert!(log.starts_with("# Changelog"));
    assert!(log.contains("## [Unreleased]"));
    assert!(
        log.contains(&format!("## [{}]", env!("CARGO_PKG_VERSION")))
            || log.contains("## [Unreleased]")
    );
}
