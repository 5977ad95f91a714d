//! What a file is, judged by its first bytes (its magic numbers), never by
//! the name or the type the uploader declared.

/// How many first bytes are read to judge a file: enough for office
/// documents (whose type shows in the first zip entry names) and for the
/// dimensions of a JPEG behind a large EXIF block.
pub const HEAD_LEN: usize = 64 * 1024;

/// Types that the platform never serves, whatever a purpose allows:
/// programs and scripts a browser or OS might run.
const NEVER: &[&str] = &[
    "application/x-executable",
    "application/vnd.microsoft.portable-executable",
    "application/x-mach-binary",
    "application/x-msdownload",
    "application/x-sh",
    "application/java-archive",
    "application/vnd.android.package-archive",
    "text/html",
    "text/xml",
    "application/xml",
    "text/x-shellscript",
    "image/svg+xml",
];

/// The media type of a file starting with `head`: from its magic numbers,
/// else `text/plain` for UTF-8 text, else `application/octet-stream`.
pub fn detect(head: &[u8]) -> String {
    if let Some(kind) = infer::get(head) {
        return kind.mime_type().to_owned();
    }
    if looks_like_html(head) {
        return "text/html".to_owned();
    }
    if is_text(head) {
        return "text/plain".to_owned();
    }
    "application/octet-stream".to_owned()
}

/// Whether `content_type` is refused everywhere.
pub fn never_allowed(content_type: &str) -> bool {
    NEVER.contains(&content_type)
}

fn looks_like_html(head: &[u8]) -> bool {
    let start: Vec<u8> = head
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take(64)
        .map(u8::to_ascii_lowercase)
        .collect();
    [
        &b"<!doctype html"[..],
        b"<html",
        b"<script",
        b"<svg",
        b"<?xml",
    ]
    .iter()
    .any(|tag| start.starts_with(tag))
}

/// UTF-8 (a character cut at the end of `head` is fine) without NULs or
/// other control characters than whitespace.
fn is_text(head: &[u8]) -> bool {
    if head.is_empty() {
        return false;
    }
    let valid = match std::str::from_utf8(head) {
        Ok(text) => text,
        Err(err) if err.error_len().is_none() && head.len() - err.valid_up_to() < 4 => {
            // Only the last character was cut off by the head's end.
            match std::str::from_utf8(&head[..err.valid_up_to()]) {
                Ok(text) => text,
                Err(_) => return false,
            }
        }
        Err(_) => return false,
    };
    valid
        .chars()
        .all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_numbers_decide() {
        assert_eq!(detect(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "image/png");
        assert_eq!(detect(b"\xff\xd8\xff\xe0\0\x10JFIF\0"), "image/jpeg");
        assert_eq!(detect(b"%PDF-1.7\n"), "application/pdf");
        assert_eq!(detect(b"GIF89a\x01\0\x01\0"), "image/gif");
    }

    #[test]
    fn text_html_and_binary() {
        assert_eq!(detect("plain words, ünïcode\n".as_bytes()), "text/plain");
        assert_eq!(detect(b"  <!DOCTYPE html><p>hi"), "text/html");
        assert!(never_allowed(&detect(
            b"<svg xmlns='http://www.w3.org/2000/svg'/>"
        )));
        assert_eq!(detect(b"\0\x01\x02\x03garbage"), "application/octet-stream");
        let cut = "é".repeat(10);
        assert_eq!(detect(&cut.as_bytes()[..19]), "text/plain");
        assert!(never_allowed("text/html"));
        assert!(!never_allowed("image/png"));
    }
}
