//! Dates as pages give them → ISO 8601.
//!
//! Pages write dates in machine formats (ISO 8601 and its near misses,
//! RFC 2822) in metadata, and in English prose ("Nov. 19, 2019",
//! "19 November 2019") in bylines. The output keeps what is known and
//! invents nothing: a time with an offset becomes
//! `2019-11-19T11:55:20+01:00` (UTC as `Z`), a time without one
//! `2019-11-19T11:55:20`, a date alone `2019-11-19`. (Unlike `dateparser`,
//! a missing time is never filled with the clock.)

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat};
use regex::Regex;

/// Years a news page's date can plausibly have.
const YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// Normalise one date string to ISO 8601, or `None` if it is not a date.
pub fn normalize_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    if let Some(dt) = with_offset(s) {
        return YEARS
            .contains(&chrono::Datelike::year(&dt))
            .then(|| format_offset(dt));
    }
    if let Some(dt) = naive_datetime(s) {
        return YEARS
            .contains(&chrono::Datelike::year(&dt))
            .then(|| dt.format("%Y-%m-%dT%H:%M:%S").to_string());
    }
    let date = naive_date(s).or_else(|| date_in_text(s))?;
    YEARS
        .contains(&chrono::Datelike::year(&date))
        .then(|| date.format("%Y-%m-%d").to_string())
}

fn format_offset(dt: DateTime<FixedOffset>) -> String {
    if dt.offset().local_minus_utc() == 0 {
        dt.to_utc().to_rfc3339_opts(SecondsFormat::Secs, true)
    } else {
        dt.to_rfc3339_opts(SecondsFormat::Secs, false)
    }
}

fn with_offset(s: &str) -> Option<DateTime<FixedOffset>> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt);
    }
    // ISO near misses: `+0000` offsets, a space for the `T`, no seconds.
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M:%S%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%z",
        "%Y-%m-%d %H:%M:%S %z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(s, f) {
            return Some(dt);
        }
    }
    if let Some(rest) = s
        .strip_suffix('Z')
        .or_else(|| s.strip_suffix(" UTC"))
        .or_else(|| s.strip_suffix(" GMT"))
    {
        if let Some(naive) = naive_datetime(rest) {
            return Some(naive.and_utc().fixed_offset());
        }
    }
    DateTime::parse_from_rfc2822(s).ok()
}

fn naive_datetime(s: &str) -> Option<NaiveDateTime> {
    [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

fn naive_date(s: &str) -> Option<NaiveDate> {
    ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
}

static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b")
        .expect("month-first regex")
});
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b")
        .expect("day-first regex")
});

/// The first English "Nov. 19, 2019" / "19 November 2019" date in a text.
pub fn date_in_text(s: &str) -> Option<NaiveDate> {
    let month = |m: &str| -> Option<u32> {
        let m = m.to_ascii_lowercase();
        [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ]
        .iter()
        .position(|p| m.starts_with(p))
        .map(|i| i as u32 + 1)
    };
    let a = MONTH_FIRST.captures(s).and_then(|c| {
        let start = c.get(0)?.start();
        Some((
            start,
            NaiveDate::from_ymd_opt(c[3].parse().ok()?, month(&c[1])?, c[2].parse().ok()?)?,
        ))
    });
    let b = DAY_FIRST.captures(s).and_then(|c| {
        let start = c.get(0)?.start();
        Some((
            start,
            NaiveDate::from_ymd_opt(c[3].parse().ok()?, month(&c[2])?, c[1].parse().ok()?)?,
        ))
    });
    match (a, b) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a.1 } else { b.1 }),
        (a, b) => a.or(b).map(|x| x.1),
    }
}

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)|/((?:19|20)\d{2})(\d{2})(\d{2})/",
    )
    .expect("url date regex")
});

/// A `/2024/03/05/` or `/2024-03-05/` or `/20240305/` date in a URL path.
pub fn date_in_url(url: &str) -> Option<String> {
    let c = URL_DATE.captures(url)?;
    let (y, m, d) = if c.get(1).is_some() {
        (&c[1], &c[2], &c[3])
    } else {
        (&c[4], &c[5], &c[6])
    };
    let date = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
    Some(date.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_formats() {
        let n = |s| normalize_date(s);
        assert_eq!(
            n("2024-03-05T08:00:00Z").as_deref(),
            Some("2024-03-05T08:00:00Z")
        );
        assert_eq!(
            n("2019-11-19T11:55:20.660Z").as_deref(),
            Some("2019-11-19T11:55:20Z")
        );
        assert_eq!(
            n("2022-07-01T10:00:00+02:00").as_deref(),
            Some("2022-07-01T10:00:00+02:00")
        );
        assert_eq!(
            n("2019-11-18T20:19:00-0500").as_deref(),
            Some("2019-11-18T20:19:00-05:00")
        );
        assert_eq!(
            n("2019-11-18 20:19:00").as_deref(),
            Some("2019-11-18T20:19:00")
        );
        assert_eq!(n("2019-11-18").as_deref(), Some("2019-11-18"));
        assert_eq!(
            n("Tue, 19 Nov 2019 11:04:00 +0000").as_deref(),
            Some("2019-11-19T11:04:00Z")
        );
    }

    #[test]
    fn prose_dates_have_no_invented_time() {
        assert_eq!(
            normalize_date("Nov. 19, 2019").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            normalize_date("Published 19th November 2019 - 07:29 GMT").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(normalize_date("sometime soon"), None);
        assert_eq!(normalize_date("1066-10-14"), None);
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            date_in_url("https://x.example/news/2024/03/05/storm").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            date_in_url("https://x.example/2019/11/florida-man").as_deref(),
            None
        );
        assert_eq!(
            date_in_url("https://x.example/a/20191120/b").as_deref(),
            Some("2019-11-20")
        );
        assert_eq!(date_in_url("https://x.example/a/2019-02-31/b"), None);
    }
}
