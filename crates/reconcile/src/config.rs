//! Reconcile's tunables, with their documented defaults.
//!
//! The bars below decide when two facts of different reports are one fact.
//! Each default was tuned on the ECB+ train split (`crosscheck eval
//! --split train`) and is explained where it is defined. `crosscheck eval
//! --tune NAME=VALUE` tries another value without a rebuild; the product
//! itself always runs on the defaults.

use crate::similarity::{IDF_FLOOR, MEANING_FLOOR, MEANING_VETO};
use crate::values::{ALIGN, ALIGN_OUTLIER, ALIGN_UNIQUE, DURATION_SCALE};

/// The bars reconcile lines facts up with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Config {
    /// Context similarity at which two facts are about the same thing
    /// ([`ALIGN`]).
    pub align: f64,
    /// The lower bar for a lone voice against a consensus
    /// ([`ALIGN_OUTLIER`]).
    pub align_outlier: f64,
    /// The lower bar when both reports give only one value of the subject
    /// ([`ALIGN_UNIQUE`]).
    pub align_unique: f64,
    /// The least weight a context word has however common it is in the
    /// story ([`IDF_FLOOR`]).
    pub idf_floor: f64,
    /// How many times longer one duration may be than another and still be
    /// compared ([`DURATION_SCALE`]).
    pub duration_scale: f64,
    /// The cosine of two sentences' meanings that counts as no likeness at
    /// all ([`MEANING_FLOOR`]); 1 turns meanings off.
    pub meaning_floor: f64,
    /// The cosine of two sentences' meanings under which their facts are
    /// never one fact ([`MEANING_VETO`]); -1 turns the veto off.
    pub meaning_veto: f64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            align: ALIGN,
            align_outlier: ALIGN_OUTLIER,
            align_unique: ALIGN_UNIQUE,
            idf_floor: IDF_FLOOR,
            duration_scale: DURATION_SCALE,
            meaning_floor: MEANING_FLOOR,
            meaning_veto: MEANING_VETO,
        }
    }
}

impl Config {
    /// The tunables' names, as `set` takes them.
    pub const NAMES: [&'static str; 7] = [
        "align",
        "align_outlier",
        "align_unique",
        "idf_floor",
        "duration_scale",
        "meaning_floor",
        "meaning_veto",
    ];

    /// Whether the bars let sentence meanings change an alignment.
    pub fn uses_meanings(&self) -> bool {
        self.meaning_floor < 1.0 || self.meaning_veto > -1.0
    }

    /// Set the tunable `name` to `value`; an unknown name is an error that
    /// lists the known ones.
    pub fn set(&mut self, name: &str, value: f64) -> Result<(), String> {
        let slot = match name {
            "align" => &mut self.align,
            "align_outlier" => &mut self.align_outlier,
            "align_unique" => &mut self.align_unique,
            "idf_floor" => &mut self.idf_floor,
            "duration_scale" => &mut self.duration_scale,
            "meaning_floor" => &mut self.meaning_floor,
            "meaning_veto" => &mut self.meaning_veto,
            other => {
                return Err(format!(
                    "unknown tunable '{other}' (known: {})",
                    Self::NAMES.join(", ")
                ))
            }
        };
        *slot = value;
        Ok(())
    }

    /// Apply a `NAME=VALUE` setting, as `crosscheck eval --tune` gives it.
    pub fn apply(&mut self, setting: &str) -> Result<(), String> {
        let (name, value) = setting
            .split_once('=')
            .ok_or_else(|| format!("'{setting}' is not NAME=VALUE"))?;
        let value: f64 = value
            .trim()
            .parse()
            .map_err(|_| format!("'{value}' is not a number (in '{setting}')"))?;
        self.set(name.trim(), value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_change_one_tunable_and_bad_ones_say_why() {
        let mut c = Config::default();
        c.apply("align=0.6").unwrap();
        assert_eq!(c.align, 0.6);
        assert_eq!(c.align_outlier, ALIGN_OUTLIER);
        assert!(c.apply("alignn=1").unwrap_err().contains("known: align"));
        assert!(c.apply("align").is_err());
        assert!(c.apply("align=high").is_err());
    }
}
