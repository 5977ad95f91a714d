//! Quiet hours: a daily window, in the person's own time zone, when mail
//! and push wait.

use chrono::{DateTime, Duration, Timelike, Utc};
use chrono_tz::Tz;

/// Minutes in a day.
pub const DAY_MINUTES: i32 = 24 * 60;

/// The time zone named `name` (unknown or none: UTC).
pub fn zone(name: Option<&str>) -> Tz {
    name.and_then(|n| n.parse().ok()).unwrap_or(Tz::UTC)
}

/// When quiet hours from `start` to `end` (minutes after local midnight;
/// the window may span midnight) end, if `at` falls inside them in `tz`.
pub fn until(start: i32, end: i32, tz: Tz, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
    if start == end {
        return None;
    }
    let local = at.with_timezone(&tz);
    let minute = (local.hour() * 60 + local.minute()) as i32;
    let inside = if start < end {
        (start..end).contains(&minute)
    } else {
        minute >= start || minute < end
    };
    if !inside {
        return None;
    }
    let left = (end - minute).rem_euclid(DAY_MINUTES);
    Some(at + Duration::minutes(i64::from(left)) - Duration::seconds(i64::from(local.second())))
}

/// Formats minutes after midnight as `HH:MM`.
pub fn format(minutes: i32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Parses `HH:MM` into minutes after midnight.
pub fn parse(text: &str) -> Option<i32> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    ((0..24).contains(&h) && (0..60).contains(&m) && m.to_string().len() <= 2).then_some(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn a_window_over_midnight_holds_until_its_end_in_local_time() {
        let tz: Tz = "Europe/Paris".parse().unwrap();
        // 23:30 in Paris (UTC+1 in December) is 22:30 UTC.
        let at = Utc.with_ymd_and_hms(2026, 12, 2, 22, 30, 0).unwrap();
        let end = until(22 * 60, 7 * 60, tz, at).unwrap();
        assert_eq!(end, Utc.with_ymd_and_hms(2026, 12, 3, 6, 0, 0).unwrap());
        // 12:00 in Paris is outside.
        let noon = Utc.with_ymd_and_hms(2026, 12, 2, 11, 0, 0).unwrap();
        assert_eq!(until(22 * 60, 7 * 60, tz, noon), None);
    }

    #[test]
    fn a_window_within_a_day_and_an_empty_one() {
        let at = Utc.with_ymd_and_hms(2026, 12, 2, 13, 15, 0).unwrap();
        assert_eq!(
            until(13 * 60, 14 * 60, Tz::UTC, at),
            Some(Utc.with_ymd_and_hms(2026, 12, 2, 14, 0, 0).unwrap())
        );
        assert_eq!(until(14 * 60, 15 * 60, Tz::UTC, at), None);
        assert_eq!(until(600, 600, Tz::UTC, at), None);
    }

    #[test]
    fn times_parse_and_format() {
        assert_eq!(parse("22:05"), Some(22 * 60 + 5));
        assert_eq!(parse("7:00"), Some(420));
        assert_eq!(parse("24:00"), None);
        assert_eq!(parse("10:60"), None);
        assert_eq!(parse("ten"), None);
        assert_eq!(format(425), "07:05");
        assert_eq!(zone(Some("Nowhere/City")), Tz::UTC);
    }
}
