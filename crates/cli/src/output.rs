//! Report output flags shared by `check` and `report`: format, colour, and
//! writing to stdout (a closed pipe is not an error).
use std::io::{IsTerminal, Write};

use crosscheck_report::{Format, RenderOptions, Report};

/// `--format`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    Text,
    Markdown,
    Json,
    Html,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Text => Format::Text,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Json => Format::Json,
            FormatArg::Html => Format::Html,
        }
    }
}

/// `--color`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

/// Render `report` to stdout. Colour applies to text only; `auto` colours a
/// terminal unless NO_COLOR is set (and not empty).
pub fn write_report(
    report: &Report,
    format: FormatArg,
    color: ColorArg,
    explain: bool,
) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let color = matches!(format, FormatArg::Text)
        && match color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => {
                stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = crosscheck_report::render(
        report,
        format.into(),
        RenderOptions { color, explain },
        &mut out,
    )
    .and_then(|_| out.flush());
    crate::exit::on_write(written)
}
