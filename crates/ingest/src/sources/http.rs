//! The HTTP response inside a WARC `response` record: status line, headers,
//! body. Chunked transfer encoding and gzip/deflate content encoding are
//! undone (capped, so a compressed body cannot balloon); anything else is
//! passed on as the server sent it.

use std::io::Read;

/// A parsed HTTP response.
pub(crate) struct Response<'a> {
    /// Status code (200, 301, …).
    pub status: u16,
    /// Headers, names as sent.
    pub headers: Vec<(&'a str, &'a str)>,
    /// The body as stored.
    pub body: &'a [u8],
}

impl<'a> Response<'a> {
    /// First value of a header, case-insensitively.
    pub fn header(&self, name: &str) -> Option<&'a str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }

    /// The body with transfer and content encodings undone, at most
    /// `limit` bytes.
    pub fn decoded_body(&self, limit: u64) -> Result<Vec<u8>, String> {
        let mut body = if self
            .header("transfer-encoding")
            .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"))
        {
            dechunk(self.body)?
        } else {
            self.body.to_vec()
        };
        match self
            .header("content-encoding")
            .map(|v| v.trim().to_ascii_lowercase())
        {
            Some(enc) if enc == "gzip" || enc == "x-gzip" => {
                body = inflate(flate2::read::MultiGzDecoder::new(&body[..]), limit, "gzip")?;
            }
            Some(enc) if enc == "deflate" => {
                body = inflate(flate2::read::ZlibDecoder::new(&body[..]), limit, "deflate")?;
            }
            Some(enc) if enc.is_empty() || enc == "identity" => {}
            Some(enc) => return Err(format!("unsupported content encoding `{enc}`")),
            None => {}
        }
        Ok(body)
    }
}

/// Split a response into status, headers and body.
pub(crate) fn parse(bytes: &[u8]) -> Result<Response<'_>, String> {
    let (head, body) = split_head(bytes).ok_or("HTTP headers do not end (no blank line)")?;
    let head = std::str::from_utf8(head).map_err(|_| "HTTP headers are not text".to_string())?;
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or_default();
    let mut parts = status_line.split_whitespace();
    let version = parts.next().unwrap_or_default();
    let status = parts.next().and_then(|s| s.parse::<u16>().ok());
    let Some(status) = status.filter(|_| version.starts_with("HTTP/")) else {
        return Err(format!(
            "not an HTTP status line: {:?}",
            truncate(status_line, 60)
        ));
    };
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim(), v.trim()))
        .collect();
    Ok(Response {
        status,
        headers,
        body,
    })
}

/// Split at the first blank line (CRLF CRLF, or bare LF LF from sloppy writers).
pub(crate) fn split_head(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let crlf = find(bytes, b"\r\n\r\n").map(|i| (i, 4));
    let lf = find(bytes, b"\n\n").map(|i| (i, 2));
    let (i, len) = match (crlf, lf) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (a, b) => a.or(b)?,
    };
    Some((&bytes[..i], &bytes[i + len..]))
}

/// Undo chunked transfer encoding.
fn dechunk(mut bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(bytes.len());
    loop {
        let eol = find(bytes, b"\n").ok_or("chunked body: chunk size line does not end")?;
        let line = std::str::from_utf8(&bytes[..eol])
            .unwrap_or_default()
            .trim();
        let size_text = line.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| format!("chunked body: bad chunk size {:?}", truncate(size_text, 20)))?;
        bytes = &bytes[eol + 1..];
        if size == 0 {
            return Ok(out);
        }
        let chunk = bytes.get(..size).ok_or("chunked body: truncated chunk")?;
        out.extend_from_slice(chunk);
        bytes = &bytes[size..];
        bytes = bytes
            .strip_prefix(b"\r\n")
            .or_else(|| bytes.strip_prefix(b"\n"))
            .unwrap_or(bytes);
    }
}

fn inflate(reader: impl Read, limit: u64, what: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| format!("{what} content encoding: {e}"))?;
    if out.len() as u64 > limit {
        return Err(format!(
            "{what}-encoded body decompresses to more than {limit} bytes"
        ));
    }
    Ok(out)
}

pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn truncate(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_headers_body() {
        let r = parse(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nX: y\r\n\r\n<p>hi</p>",
        )
        .expect("parses");
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
        assert_eq!(r.body, b"<p>hi</p>");
        assert!(parse(b"garbage\r\n\r\nbody").is_err());
        assert!(parse(b"HTTP/1.1 200 OK\r\nno end").is_err());
    }

    #[test]
    fn chunked_and_gzip_bodies() {
        let r = parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5;x=1\r\npedia\r\n0\r\n\r\n").expect("parses");
        assert_eq!(r.decoded_body(100).expect("dechunks"), b"Wikipedia");

        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, &[b'a'; 1000]).expect("compress");
        let body = gz.finish().expect("finish");
        let mut msg = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        msg.extend_from_slice(&body);
        let r = parse(&msg).expect("parses");
        assert_eq!(r.decoded_body(1000).expect("inflates").len(), 1000);
        assert!(r
            .decoded_body(999)
            .expect_err("over the cap")
            .contains("more than 999 bytes"));
    }
}
