//! Gzip-compressed inputs (`.warc.gz`, `.jsonl.gz`, `.html.gz`, or any
//! input starting with the gzip magic bytes). Multi-member files — Common
//! Crawl writes one gzip member per WARC record — are read whole. The
//! decompressed size is capped: a few kilobytes of gzip can expand to
//! gigabytes (a "gzip bomb"), so reading stops at the cap.

use std::io::Read;

use flate2::read::MultiGzDecoder;

/// The two bytes every gzip member starts with.
pub const MAGIC: &[u8] = b"\x1f\x8b";

/// True if `bytes` start like gzip.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// The result of decompressing at most a capped number of bytes.
#[derive(Debug)]
pub struct Inflated {
    /// Decompressed bytes (all of them, or the prefix read before a problem).
    pub bytes: Vec<u8>,
    /// Why decompression stopped early, if it did.
    pub problem: Option<String>,
}

/// Decompress every member of `compressed`, stopping after `limit` bytes of
/// output. Corrupt or truncated data keeps what was decompressed before it.
pub fn gunzip(compressed: &[u8], limit: u64) -> Inflated {
    let mut bytes = Vec::new();
    let mut reader = MultiGzDecoder::new(compressed).take(limit.saturating_add(1));
    // read_to_end keeps the bytes read before an error.
    let problem = match reader.read_to_end(&mut bytes) {
        Err(e) => Some(format!(
            "gzip data is corrupt or truncated after {} decompressed bytes ({e})",
            bytes.len()
        )),
        Ok(_) if bytes.len() as u64 > limit => {
            bytes.truncate(limit as usize);
            Some(format!(
                "decompresses to more than {limit} bytes (the limit; a gzip bomb?); only the first {limit} bytes were read"
            ))
        }
        Ok(_) => None,
    };
    Inflated { bytes, problem }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::io::Write;

    use super::*;

    pub fn gzip(data: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(data).expect("compress");
        enc.finish().expect("finish")
    }

    #[test]
    fn multi_member_and_limits() {
        let mut two = gzip(b"first ");
        two.extend(gzip(b"second"));
        let out = gunzip(&two, 100);
        assert_eq!(out.bytes, b"first second");
        assert!(out.problem.is_none());

        let out = gunzip(&two, 8);
        assert_eq!(out.bytes, b"first se");
        assert!(out.problem.expect("capped").contains("more than 8 bytes"));

        let out = gunzip(&two[..two.len() - 5], 100);
        assert!(out.bytes.starts_with(b"first "));
        assert!(out
            .problem
            .expect("truncated")
            .contains("corrupt or truncated"));
    }
}
