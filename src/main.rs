//! Starts newsmark: the desktop app, or a headless subcommand when given one.

use clap::Parser;
use newsmark::cli::Cli;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        #[cfg(feature = "gui")]
        None => newsmark::app::run(None, cli.smoke_test),
        #[cfg(feature = "gui")]
        Some(newsmark::cli::Command::Open { file }) => {
            newsmark::app::run(Some(file), cli.smoke_test)
        }
        #[cfg(not(feature = "gui"))]
        None => {
            eprintln!(
                "newsmark: this build has no desktop app; see `newsmark --help` for the command line"
            );
            ExitCode::from(newsmark::cli::BAD_INPUT)
        }
        Some(cmd) => newsmark::cli::run(
            cmd,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr().lock(),
        ),
    }
}
