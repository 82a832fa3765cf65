use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = outsource::cli::Cli::parse();
    let lang = outsource::app::Context::from_cli(&cli).lang;
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = stdout.lock();
    let mut err = stderr.lock();
    let code = match outsource::app::run(cli, &mut out, &mut err) {
        Ok(exit) => exit.code(),
        Err(error) if outsource::app::is_broken_pipe(&error) => 0,
        Err(error) => {
            let label = outsource::tr!(lang, "error-prefix");
            let message = outsource::load::error::describe(&error, lang);
            let _ = writeln!(err, "{label} {message}");
            outsource::app::exit_for(&error).code()
        }
    };
    let _ = out.flush();
    ExitCode::from(code)
}
