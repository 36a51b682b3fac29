//! Analyses are stored compressed: their JSON (every mention, value and
//! fact with spans) is several times the size of the article text and was
//! most of the database (45 of 72 MB at 10,000 synthetic articles).
//!
//! LZ4 (`lz4_flex`): about 3–4× smaller (deflate's fastest level gets 3.4–4.5×
//! on the same analyses) at some 5 µs a document instead of 70–250 µs:
//! deflate clears over 100 KiB of tables for every value, which at a million
//! articles cost more CPU than the clustering. Older rows, deflated or plain
//! JSON text, still read.

use std::io::Read;

use flate2::read::DeflateDecoder;

/// First byte of an LZ4 value. It cannot open a raw deflate stream (its
/// block-type bits are 11, which deflate reserves), so older deflated rows
/// stay readable beside new ones.
const LZ4_TAG: u8 = 0xFF;

/// Compress `bytes` (a BLOB for the `analyses.json` column): LZ4 with the
/// size prepended, after [`LZ4_TAG`].
pub fn pack(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + 4 + bytes.len() / 2);
    out.push(LZ4_TAG);
    out.extend_from_slice(&lz4_flex::compress_prepend_size(bytes));
    out
}

/// The JSON text of a stored value: a deflated BLOB, or plain TEXT from
/// older rows.
pub fn text(value: rusqlite::types::Value) -> Result<String, String> {
    match value {
        rusqlite::types::Value::Text(s) => Ok(s),
        rusqlite::types::Value::Blob(b) if b.first() == Some(&LZ4_TAG) => {
            let raw = lz4_flex::decompress_size_prepended(&b[1..])
                .map_err(|e| format!("cannot decompress: {e}"))?;
            String::from_utf8(raw).map_err(|e| format!("not UTF-8: {e}"))
        }
        rusqlite::types::Value::Blob(b) => {
            let mut s = String::new();
            DeflateDecoder::new(&b[..])
                .read_to_string(&mut s)
                .map_err(|e| format!("cannot inflate: {e}"))?;
            Ok(s)
        }
        other => Err(format!("unexpected {:?}", other.data_type())),
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    #[test]
    fn round_trips_and_reads_older_rows() {
        let json = r#"{"entities":[],"values":[]}"#.repeat(50);
        let packed = super::pack(json.as_bytes());
        assert!(packed.len() < json.len() / 4);
        assert_eq!(
            super::text(rusqlite::types::Value::Blob(packed.clone())),
            Ok(json.clone())
        );
        let torn = packed[..packed.len() - 3].to_vec();
        assert!(super::text(rusqlite::types::Value::Blob(torn)).is_err());
        // Rows written before LZ4: deflated, or plain text.
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(json.as_bytes()).expect("deflate");
        let deflated = e.finish().expect("deflate");
        assert_ne!(deflated[0], super::LZ4_TAG);
        assert_eq!(
            super::text(rusqlite::types::Value::Blob(deflated)),
            Ok(json.clone())
        );
        assert_eq!(
            super::text(rusqlite::types::Value::Text(json.clone())),
            Ok(json)
        );
        assert!(super::text(rusqlite::types::Value::Blob(vec![1, 2, 3])).is_err());
    }
}
