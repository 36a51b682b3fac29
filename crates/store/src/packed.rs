//! Analyses are stored deflated: their JSON (every mention, value and fact
//! with spans) is several times the size of the article text and was most
//! of the database (45 of 72 MB at 10,000 synthetic articles). Deflate at
//! the fastest level shrinks it about fivefold for tens of microseconds per
//! document on the single writer thread. Rows written before this (plain
//! JSON text) still read.

use std::io::{Read, Write};

use flate2::{read::DeflateDecoder, write::DeflateEncoder, Compression};

/// Deflate `bytes` (a BLOB for the `analyses.json` column).
pub fn pack(bytes: &[u8]) -> Vec<u8> {
    let mut enc = DeflateEncoder::new(Vec::with_capacity(bytes.len() / 4), Compression::fast());
    // Writing into a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

/// The JSON text of a stored value: a deflated BLOB, or plain TEXT from
/// older rows.
pub fn text(value: rusqlite::types::Value) -> Result<String, String> {
    match value {
        rusqlite::types::Value::Text(s) => Ok(s),
        rusqlite::types::Value::Blob(b) => {
            let mut s = String::new();
            DeflateDecoder::new(&b[..]).read_to_string(&mut s).map_err(|e| format!("cannot inflate: {e}"))?;
            Ok(s)
        }
        other => Err(format!("unexpected {:?}", other.data_type())),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn round_trips_and_reads_plain_text() {
        let json = r#"{"entities":[],"values":[]}"#.repeat(50);
        let packed = super::pack(json.as_bytes());
        assert!(packed.len() < json.len() / 4);
        assert_eq!(super::text(rusqlite::types::Value::Blob(packed)), Ok(json.clone()));
        assert_eq!(super::text(rusqlite::types::Value::Text(json.clone())), Ok(json));
        assert!(super::text(rusqlite::types::Value::Blob(vec![1, 2, 3])).is_err());
    }
}
