//! Word lists the rules lean on: given names, places, countries and
//! demonyms, role nouns, organisation words. The large lists are generated
//! data under `data/` (see `data/README.md` for sources and licences).
// IMPLEMENTATION OWNED BY THE MENTIONS HELPER.
