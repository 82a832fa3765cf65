use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language is decided before parsing, so `--help` and usage errors speak it.
    let locale = outsource::app::locale_lang();
    let lang = outsource::cli::lang_from_args(&args, locale);
    let cli = match outsource::cli::parse(&args, lang) {
        Ok(cli) => cli,
        Err(usage) => {
            let text = usage.text();
            let _ = if usage.to_stderr() {
                std::io::stderr().write_all(text.as_bytes())
            } else {
                std::io::stdout().write_all(text.as_bytes())
            };
            return ExitCode::from(usage.exit_code());
        }
    };
    // A brief that remembers its language speaks it, unless `--lang` was given.
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
