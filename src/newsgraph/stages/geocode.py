"""Where: place names found and resolved to GeoNames places, and each event given the place where it happened.

**Finding place names** (:func:`place_mentions`): location entities, and the place names the recogniser typed
otherwise or missed, by rules over the gazetteer and the language's place words (docs/places.md lists them).

**Resolving them** is :class:`newsgraph.knowledge.place_resolver.Resolver`'s job: every candidate of every name
scored with the article as context.

**Event locations** (GDELT's ActionGeo): a place of the event's own sentence that hangs from its trigger through a
preposition of place ("une escarmouche … dans le Donbass"), or follows one near the trigger where there is no
parse; failing that, the place a material act or a visit targets ("shelled Kharkiv"). See :func:`event_location`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict

from newsgraph.knowledge.actors import actor_base
from newsgraph.knowledge.gazetteer import (
    MATCH_ADJECTIVE,
    MATCH_ALTERNATE,
    MATCH_EXONYM,
    MATCH_NAME,
    Gazetteer,
    fold,
    gazetteer,
)
from newsgraph.knowledge.languages import load_profile, normalise
from newsgraph.knowledge.place_resolver import (
    BIG_CITY,
    HIERARCHY_GAP,
    TOWN,
    Mention,
    Resolver,
    actor_countries,
    is_country,
    site_country,
)
from newsgraph.knowledge.place_words import PlaceWords, name_variants, place_words
from newsgraph.records import Document, Event, Location, PlaceMention
from newsgraph.stages.base import Stage

OBJECTS = ("obj", "dobj")
# Acts that happen where their target is: material cooperation and conflict (QuadClasses 2 and 4), and a visit.
MATERIAL = (2, 4)
VISIT = "042"


_WORD = re.compile(r"\S+")
_JOINED = re.compile(r"\w[-/]\w")
_POSSESSIVE = re.compile(r"['’]s?$")
_LONGER = re.compile(r"(,? [A-Z][\w.]*)(?: [A-Z]\w*)?")
_JOINED_PART = re.compile(r"[^-/]+")
_WORD_BEFORE = re.compile(r"(?<![\w.])([\w.’']+) $")
# A dateline: a name in capitals opening the text or a sentence, before a comma, colon, dash, bracket or slash.
_DATELINE = re.compile(r"(?:^|(?<=[.!?\n])\s+)([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?=\s*(?:,|:|\(|—|–|--|/))")


def _named_place(gaz: Gazetteer, text: str, language: str | None, *, population: int = 0,
                 classes: str = "APL", matches: tuple[int, ...] = (MATCH_EXONYM, MATCH_NAME),
                 minor_divisions: bool = True) -> bool:
    """The gazetteer knows ``text`` as the name of a place of ``classes`` (by default its own name or an exonym,
    or a country's curated name such as "U.S.", not only an alternate name or an adjective) that is a country or
    division (with ``minor_divisions`` false: a country or first-level division only, as counties share their
    names with many people), or a town of at least ``population``: evidence enough to take a name the recogniser
    typed otherwise as a place."""
    return any((match in matches or (match == MATCH_ALTERNATE and is_country(place)))
               and place.feature_class in classes
               and (place.feature_class != "P" or place.population >= population)
               and (minor_divisions or place.feature_class != "A" or is_country(place)
                    or place.feature_code == "ADM1")
               for place, match in gaz.lookup(text, language))


def _preceded_by(body: str, start: int, words: frozenset[str]) -> bool:
    before = body[max(0, start - 30):start].split()
    return bool(before) and (normalise(before[-1]) in words or normalise(" ".join(before[-2:])) in words)


def _location_span(body: str, start: int, end: int, text: str, gaz: Gazetteer, language: str | None,
                   words: PlaceWords) -> tuple[int, int, str]:
    """The place name inside a location entity: a sentence's full stop and a leading article dropped ("The United
    States"), a direction word dropped ("North Texas" → Texas) when only the rest is a known name, a name cut short
    completed when the longer one is known ("Washington, D.C."), a curated abbreviation's dot kept ("Kan.")."""
    if text.endswith(".") and len(text) > 5 and text[-2].isalpha() and text[-3].isalpha() \
            and gaz.lookup(text[:-1], language):
        end, text = end - 1, text[:-1]  # "Kiew." : the sentence's full stop, not an abbreviation's
    for prefix in load_profile(language).entity_trim_prefixes if language else ():
        if text.lower().startswith(prefix) and len(text) > len(prefix):  # "The United States" at a sentence start
            start, text = start + len(prefix), text[len(prefix):]
    first = text.split(" ", 1)
    if len(first) == 2 and normalise(first[0]) in words.directions and not gaz.lookup(text, language) \
            and gaz.lookup(first[1], language):
        start = start + len(first[0]) + 1
        text = first[1]
    # a longer name the recogniser cut short: "Wichita" + " Falls", "Washington" + ", D.C."
    longer = _LONGER.match(body, end)
    for extra in (longer.group(), longer.group(1)) if longer else ():
        if any(match == MATCH_NAME for _, match in gaz.lookup(text + extra, language)):
            end, text = end + len(extra), text + extra
            break
    if body[end:end + 1] == "." and len(text.replace(".", "")) <= 5 and text[-1:].isalpha():
        found = gaz.lookup(text, language)
        # the abbreviations of data/geo/exonyms.tsv ("Kan.", "Calif."); not "Kiew" before a full stop
        if found and found[0][1] == MATCH_EXONYM and fold(found[0][0].name) != fold(text):
            end, text = end + 1, text + "."
    return start, end, text


def _organisation_place(entity_text: str, gaz: Gazetteer, language: str | None,
                        words: PlaceWords) -> tuple[int, str] | None:
    """A place named inside an organisation's name: "Paris Police Department" → Paris, "University of Cincinnati"
    → Cincinnati, "Alexandria's Circuit Court" → Alexandria, "Air Zimbabwe" → Zimbabwe, "American Electric" →
    American (a division, or a town of ``TOWN`` people or more; at the end of the name, a country or first-level
    division only). Returns (offset in the name, words)."""
    tokens = [(m.start(), _POSSESSIVE.sub("", m.group())) for m in _WORD.finditer(entity_text)]
    for i, (_, word) in enumerate(tokens[:-1]):
        if normalise(word) in words.of_words:
            offset = tokens[i + 1][0]
            rest = entity_text[offset:]
            if rest[:1].isupper() and _named_place(gaz, rest, language, population=TOWN, classes="AP"):
                return offset, rest
    # the longest run of up to three words, leftmost first ("The Alexandria Blizzard", "Monday Alexandria Police")
    for n in range(min(3, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            offset = tokens[i][0]
            part = entity_text[offset:tokens[i + n - 1][0] + len(tokens[i + n - 1][1])]
            if not part[:1].isupper() or normalise(part) in words.directions or n == len(tokens):
                continue  # "Central", "Northwest": divisions somewhere, but here the start of a name
            last = i + n == len(tokens)
            # a one-word county name is as often a surname ("Williams"); "Henry County" is not
            if _named_place(gaz, part, language, population=10**9 if last else TOWN, classes="AP",
                            minor_divisions=n > 1 and not last) or (
                    i == 0 and any(match == MATCH_ADJECTIVE for _, match in gaz.lookup(part, language))):
                return offset, part
    return None


def _completed(body: str, mention: Mention, gaz: Gazetteer, language: str | None) -> Mention:
    """The mention with the capitalised word before it when together they are a place's own name ("New" +
    "London", "South" + "Charleston", "Lake" + "Mary")."""
    before = _WORD_BEFORE.search(body, max(0, mention.start - 20), mention.start)
    if before is None or not before.group(1)[:1].isupper():
        return mention
    text = before.group(1) + " " + mention.text
    if any(match == MATCH_NAME for _, match in gaz.lookup(text, language)):
        return Mention(before.start(1), mention.end, text, mention.entity)
    return mention


def _followed_by(body: str, end: int, words: frozenset[str]) -> bool:
    after = body[end:end + 30].split()
    return bool(after) and normalise(after[0].strip(".,;:")) in words


def _street(body: str, mention: Mention, words: PlaceWords) -> Mention | None:
    """The street a place name is part of: the name and the capitalised street word after it ("Wichita Street"),
    or the street word before it, perhaps through an "of" word and an article ("calle Alcalá", "rue de la
    République", "улица Ленина")."""
    after = re.match(r"\s+([\w.]+)", body[mention.end:mention.end + 20])
    if after and after.group(1)[0].isupper() and normalise(after.group(1)) in words.streets:  # not "a New York court"
        end = mention.end + after.end()
        return Mention(mention.start, end, body[mention.start:end], mention.entity)
    offset = max(0, mention.start - 40)
    # the words right before the name, nearest first, with only words and spaces between them and the name (not
    # "Elm Road, Cambridge")
    before = [(offset + w.start(), normalise(w.group())) for w in
              re.finditer(r"[\w.]+[’']?", body[offset:mention.start])
              if not re.search(r"[^\w.’'\s]", body[offset + w.start():mention.start])][::-1]
    if before and len(before[0][1]) <= 3 and len(before) > 1 and before[1][1] in words.of_words:
        before = before[1:]  # "de la": the article after the "of" word
    if before and before[0][1] in words.of_words:
        before = before[1:]
    if before and before[0][1] in words.streets:
        return Mention(before[0][0], mention.end, body[before[0][0]:mention.end], mention.entity)
    return None


def _unlisted_place(body: str, start: int, text: str, words: PlaceWords) -> bool:
    """A location the gazetteer does not list is still a place when its name says what kind of place it is
    ("Royal Street", "Lake Lanier", "Jamsil Stadium") or a preposition of place comes before it ("in
    Khayelitsha")."""
    names = [normalise(word) for word in text.split()]
    kinds = words.features | words.division_words | words.generic | words.of_words
    if all(word in kinds or not word.isalpha() for word in names):
        return False  # "County Road", "Village of": no name in it
    return any(word in words.features for word in names) or _preceded_by(body, start, words.locative)


def _known_person(text: str, language: str | None) -> bool:
    """The actor knowledge base knows ``text`` as a person's name."""
    return any(hit.entry.kind == "person" for hit in actor_base().lookup(text, language or "xx"))


def _adjective_of_place(gaz: Gazetteer, text: str, language: str | None, words: PlaceWords) -> bool:
    """``text`` is the adjective of a country or region (the gazetteer's adjectives and exonyms, or a demonym
    ending turned into a country, division or region: "South Ossetian", "Dagestani")."""
    if any(match in (MATCH_ADJECTIVE, MATCH_EXONYM) for _, match in gaz.lookup(text, language)):
        return True
    return any(demonym and _named_place(gaz, variant, language, population=10**9, classes="AL",
                                        minor_divisions=False)
               for variant, demonym in name_variants(text, words))


def _modifies(body: str, end: int) -> bool:
    """A word follows (an adjective in use, "Russian troops"), rather than punctuation ("speaks French.")."""
    return bool(re.match(r" [^\W\d_]", body[end:end + 2]))


_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
MAX_NAME_WORDS = 3
NAMED = (MATCH_EXONYM, MATCH_NAME, MATCH_ALTERNATE)


def gazetteer_mentions(doc: Document, gaz: Gazetteer, taken: list[tuple[int, int]], *,
                       missed_only: bool = False) -> list[Mention]:
    """Runs of up to three words that name a country, division, region or town of ``TOWN`` people or more (as
    written, or in dictionary form), longest first, outside the ``taken`` spans. In scripts with capitals only
    capitalised words start a name. For languages with no recogniser this is how places are found; with
    ``missed_only`` (the recogniser ran and missed it) only the place's own name counts (any name of a country,
    first-level division, region or city of a million: "la Krim", "Járkov"), every word must be
    capitalised, towns need ``TOWN`` people, and a sentence's first word, short words and direction words are left
    alone ("Reading the report", "PA", "West")."""
    words = place_words(doc.language)
    spans = [(m.start(), m.end()) for m in _NAME_WORD.finditer(doc.body)]
    starts = {s.start for s in doc.sentences}
    matches = (MATCH_EXONYM, MATCH_NAME) if missed_only else NAMED
    found: list[Mention] = []
    taken_at = bytearray(len(doc.body) + 1)  # 1 where a taken span covers the character
    for a, b in taken:
        taken_at[a:b] = b"\x01" * (b - a)
    i = 0
    while i < len(spans):
        first = doc.body[spans[i][0]]
        if (first.lower() == first and first.upper() != first) or (missed_only and spans[i][0] in starts):
            i += 1  # a lower-case word in a script with capitals, or (recognised languages) a sentence's first word
            continue
        for n in range(min(MAX_NAME_WORDS, len(spans) - i), 0, -1):
            start, end = spans[i][0], spans[i + n - 1][1]
            text = doc.body[start:end].rstrip(".")
            end = start + len(text)
            if missed_only and (not all(w[0].isupper() for w in text.split())
                                or len(text.replace(".", "")) < 4 or normalise(text) in words.directions):
                continue  # also "PA", "Miss", "West": abbreviations and directions more often than places
            if any(taken_at[start:end]):
                continue
            variant = next((v for v in (text, *(v for v, demonym in name_variants(text, words) if not demonym))
                            if _named_place(gaz, v, doc.language, population=TOWN, matches=matches,
                                            minor_divisions=not missed_only) or (
                                missed_only and _named_place(gaz, v, doc.language, population=BIG_CITY,
                                                             matches=NAMED, minor_divisions=False))), None)
            if variant is not None:
                if variant != text and text.endswith(variant):  # a clitic written onto the name: left out
                    start = end - len(variant)
                found.append(Mention(start, end, doc.body[start:end]))
                i += n - 1
                break
        i += 1
    return found


def has_recogniser(language: str | None) -> bool:
    """The language has a statistical entity recogniser (``spacy_model`` in its nlp.json)."""
    return bool(language) and load_profile(language).spacy_model is not None


def place_mentions(doc: Document, gaz: Gazetteer) -> list[Mention]:
    """The place names of a document (docs/places.md lists the rules): location entities; country and region
    adjectives that modify a word ("Russian troops"); a name typed as a person or organisation that the gazetteer
    knows, after a preposition of place or origin ("in Gainesville"), before a division ("Alexandria, Va.") or a
    modifier's noun ("a Mansfield resident"); a person or organisation whose whole name is a country, a
    first-level division or an exonym ("the EU", "Tamil Nadu", "the White House" placed at Washington); a place
    inside an organisation's name ("Paris Police Department", "University of Cincinnati"); each part of a joined
    name ("Fargo-Moorhead"); capitalised names the recogniser missed (all names, in languages without one);
    datelines ("BEIRUT:"); and every other occurrence of a name taken. Generic words alone are dropped."""
    words, body, language = place_words(doc.language), doc.body, doc.language
    resolver = Resolver(gaz, language)
    mentions: list[Mention] = []
    entities = sorted(enumerate(doc.entities), key=lambda item: item[1].start)
    next_location = {}
    for (_, a), (_, b) in zip(entities, entities[1:], strict=False):
        if b.type == "LOCATION" and HIERARCHY_GAP.match(body[a.end:b.start]) and b.start - a.end <= 3:
            next_location[a.start] = b
    for i, e in entities:
        if _JOINED.search(e.text) and not gaz.lookup(e.text, language):
            # "Fargo-Moorhead", "Otter Tail/Grant", "Russian-American": each part that is a known place
            for part in _JOINED_PART.finditer(e.text):
                text = part.group()
                if _named_place(gaz, text, language, population=TOWN, minor_divisions=False) or (
                        any(match == MATCH_ADJECTIVE for _, match in gaz.lookup(text, language))):
                    mentions.append(Mention(e.start + part.start(), e.start + part.end(), text, None))
            continue
        if e.type == "LOCATION":
            if _known_person(e.text, language) and not _named_place(gaz, e.text, language, population=TOWN,
                                                                    minor_divisions=False):
                continue  # "Buhari", "Modi": a leader the recogniser took for a place (a hamlet has the name)
            start, end, text = _location_span(body, e.start, e.end, e.text, gaz, language, words)
            if not gaz.lookup(text, language) and (inner := _organisation_place(text, gaz, language, words)):
                # "Henderson County Jail", "Vancouver International Airport": the place the name starts with
                offset, text = inner
                start, end = start + offset, start + offset + len(text)
            if not resolver.candidates(text) and not _unlisted_place(body, start, text, words):
                continue  # "Saakashvili", "United Way": neither listed nor said to be a place
            mentions.append(Mention(start, end, text, i))
        elif e.type == "MISC":
            plural = e.text.endswith("s") and _adjective_of_place(gaz, e.text[:-1], language, words)
            if _named_place(gaz, e.text, language, population=TOWN, minor_divisions=False) or (
                    not plural and _modifies(body, e.end) and _adjective_of_place(gaz, e.text, language, words)):
                mentions.append(Mention(e.start, e.end, e.text, i))
        elif e.type in ("ORG", "PERSON"):
            if e.type == "PERSON" and e.canonical is not None:
                continue
            cued = (_preceded_by(body, e.start, words.locative | words.origin) or e.start in next_location
                    or _followed_by(body, e.end, words.followers))
            if (cued and _named_place(gaz, e.text, language)) or _named_place(
                    gaz, e.text, language, population=10**9, classes="A", minor_divisions=False) or any(
                    match == MATCH_EXONYM for _, match in gaz.lookup(e.text, language)):
                mentions.append(Mention(e.start, e.end, e.text, i))
            elif e.type == "ORG" and (inner := _organisation_place(e.text, gaz, language, words)):
                offset, text = inner
                mentions.append(Mention(e.start + offset, e.start + offset + len(text), text, None))
    taken = [(m.start, m.end) for m in mentions]
    if has_recogniser(language):
        taken += [(e.start, e.end) for e in doc.entities]
    mentions += gazetteer_mentions(doc, gaz, taken, missed_only=has_recogniser(language))
    for dateline in _DATELINE.finditer(body):
        start, end = dateline.span(1)
        if not any(m.start < end and start < m.end for m in mentions) and _named_place(gaz, dateline.group(1),
                                                                                     language):
            mentions.append(Mention(start, end, dateline.group(1)))
    # a one-word name that is the surname of a person named in full ("coach Ripley" after "Darren Ripley") is that
    # person, unless a preposition of place or a division says otherwise ("in Ripley, West Virginia"), or it is a
    # country or first-level division
    surnames = {e.text.split()[-1] for e in doc.entities if e.type == "PERSON" and " " in e.text}
    alone = words.generic | words.directions  # "Centre", "Eastern": never a place by themselves
    # "Wichita Street" is no town: a street, placed in the town nearest to it
    mentions = [_street(body, m, words) or _completed(body, m, gaz, language) for m in mentions]
    mentions = [m for m in mentions if normalise(m.text) not in alone and not (
        m.text in surnames and not _preceded_by(body, m.start, words.locative) and m.start not in next_location
        and not _named_place(gaz, m.text, language, population=10**9, classes="AL", minor_divisions=False))]
    return sorted(mentions + _repeated_names(doc, mentions, gaz, surnames), key=lambda m: m.start)


def _repeated_names(doc: Document, mentions: list[Mention], gaz: Gazetteer,
                    surnames: set[str]) -> list[Mention]:
    """One name, one sense, in an article: every other occurrence of a name already taken for a place that the
    gazetteer knows ("Fargo plans to …", a town the recogniser called a person once) is a place too — unless it is
    a known person's name or lies inside a longer name ("Andrew Jackson", "Dubai World Cup")."""
    types: dict[str, Counter] = defaultdict(Counter)
    for e in doc.entities:
        types[e.text][e.type == "LOCATION"] += 1
    # not where the recogniser calls the name something else more than twice as often as a place ("Bell", a
    # victim's surname typed as an organisation throughout, is not a town because it once followed "in")
    names = {m.text for m in mentions if len(m.text) >= 4 and m.text[:1].isupper() and m.text not in surnames
             and 2 * (types[m.text][True] + 1) >= types[m.text][False]
             and any(match != MATCH_ADJECTIVE for _, match in gaz.lookup(m.text, doc.language))}
    if not names:
        return []
    taken = [(m.start, m.end) for m in mentions]
    found = []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w-])")
    for match in pattern.finditer(doc.body):
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        inside = [e for e in doc.entities if e.start <= start and end <= e.end]
        if any(((e.start, e.end) != (start, end) and e.type in ("PERSON", "MISC"))
               or (e.type == "PERSON" and e.canonical is not None) for e in inside):
            continue  # "Jackson" in "Andrew Jackson", "Dubai" in "Dubai World Cup", or a known person
        found.append(Mention(start, end, match.group()))
        taken.append((start, end))
    return found


# places a name the gazetteer does not list can be put at: towns and second- or third-level divisions
LOCAL_FEATURES = ("PPL", "ADM2", "ADM3")
UNLISTED_CONFIDENCE = 0.5
# a town resolved with less confidence than this is a poor place to put another name at
ANCHOR_CONFIDENCE = 0.5


def resolve_document(doc: Document, mentions: list[Mention], gaz: Gazetteer) -> list[PlaceMention]:
    """Place records for ``mentions`` of ``doc``, resolved together with the article's actors and site as context;
    a name with no candidate in the gazetteer is put at the town the article names nearest to it (``near``), or
    left out when the article names none."""
    resolver = Resolver(gaz, doc.language)
    choices = resolver.resolve(doc.body, mentions, actor_countries(doc), site_country(doc))
    places, unlisted = [], []
    for mention, choice in zip(mentions, choices, strict=True):
        if choice is None:
            unlisted.append(mention)
            continue
        p = choice.place
        places.append(PlaceMention(
            text=mention.text, start=mention.start, end=mention.end, sentence=doc.sentence_of(mention.start),
            confidence=choice.confidence, name=p.name, geonames=p.geonameid, key=p.key, lat=p.lat, lon=p.lon,
            country=p.country, admin1=p.admin1, feature_class=p.feature_class, feature_code=p.feature_code,
            entity=mention.entity))
    towns = [p for p in places if p.lat is not None and p.feature_code.startswith(LOCAL_FEATURES)]
    countries = Counter(p.country for p in places if p.country)
    main = countries.most_common(1)[0][0] if countries else None
    for mention in unlisted:
        if not towns:
            break
        # a street, a building or a neighbourhood lies in the town the article is speaking of there: the nearest
        # in the text, in the country most of the article's places are in, and resolved with some confidence
        town = min(towns, key=lambda p: (p.country != main, p.confidence < ANCHOR_CONFIDENCE,
                                         abs(p.start - mention.start)))
        places.append(PlaceMention(
            text=mention.text, start=mention.start, end=mention.end, sentence=doc.sentence_of(mention.start),
            confidence=round(UNLISTED_CONFIDENCE * town.confidence, 3), name=mention.text, geonames=None, key="",
            lat=town.lat, lon=town.lon, country=town.country, admin1=town.admin1, feature_class="",
            feature_code="", entity=mention.entity, near=town.key))
    return sorted(places, key=lambda p: p.start)


# -- event locations -------------------------------------------------------------------------------------------

def _token_at(doc: Document, starts: list[int], offset: int) -> int | None:
    """Index of the token covering ``offset`` (``starts``: the tokens' start offsets, in order)."""
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < doc.tokens[i].end else None


def _introduced(doc: Document, i: int, words: frozenset[str]) -> bool:
    """Token ``i`` follows a preposition of place, across determiners and adjectives ("in eastern Ukraine",
    "dans l'est")."""
    sentence, text = doc.tokens[i].sentence, doc.body
    j, seen = i - 1, 0
    while j >= 0 and seen < 4 and doc.tokens[j].sentence == sentence:
        token = doc.tokens[j]
        word = normalise(text[token.start:token.end])
        pair = normalise(text[doc.tokens[j - 1].start:token.end]) if j > 0 else word
        if word in words or normalise(token.lemma) in words or pair in words:
            return True
        if token.pos not in ("DET", "ADJ", "NUM"):
            return False
        j, seen = j - 1, seen + 1
    return False


def _overlaps(place: PlaceMention, span) -> bool:
    return span is not None and place.start < span.end and span.start < place.end


def _attached(doc: Document, place: int, anchors: set[int], words: frozenset[str]) -> int | None:
    """Steps from token ``place`` up its heads to one of ``anchors`` (at most three, no verb between), when the
    phrase on the way is introduced by a preposition of place, or the place is an anchor's direct object; None
    otherwise."""
    node, path = place, []
    for steps in range(1, 4):
        path.append(node)
        head = doc.tokens[node].head
        if head == node or head < 0:
            return None
        if head in anchors:
            if any(_introduced(doc, n, words) for n in path):
                return steps
            # the object of the act itself: "shelled Kharkiv", "entered Mosul"
            return steps if steps == 1 and doc.tokens[node].dep in OBJECTS else None
        if doc.tokens[head].pos in ("VERB", "AUX"):
            return None
        node = head
    return None


def event_location(doc: Document, event: Event, places: list[tuple[int, PlaceMention]], starts: list[int],
                   parsed: bool = True) -> Location | None:
    """Where ``event`` happened: one of ``places`` (index, mention) of its sentence, or None. ``starts`` are the
    start offsets of ``doc.tokens``; ``parsed`` says whether they carry a dependency parse.

    With a parse, the place must hang from the trigger, or from the word the trigger hangs from ("morts lors d'une
    escarmouche … dans la région du Donbass"), through a preposition of place and no other verb; without one, it
    must follow a preposition of place within 80 characters of the trigger. A place that is the event's source or
    target is not its location — except the target of a material act or a visit that no such phrase places
    ("shelled Kharkiv", "sent aid to Syria", "visited Tehran"): an accused or condemned country is not where the
    accusation happened."""
    words = place_words(event.language or doc.language).locative
    trigger = _token_at(doc, starts, event.trigger.start) if doc.tokens else None
    best: tuple[tuple[int, int], int, PlaceMention] | None = None
    target_place: tuple[int, PlaceMention] | None = None
    for index, place in places:
        if _overlaps(place, event.target_span):
            target_place = target_place or (index, place)
            continue
        if _overlaps(place, event.source_span):
            continue
        token = _token_at(doc, starts, place.start)
        if token is None or trigger is None:
            continue
        chars = min(abs(place.start - event.trigger.end), abs(event.trigger.start - place.end))
        if parsed:
            anchors = {trigger, doc.tokens[trigger].head}
            steps = _attached(doc, token, anchors, words)
            if steps is None:
                continue
            rank = (steps, chars)
        elif chars <= 80 and _introduced(doc, token, words):
            rank = (0, chars)
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, index, place)
    if target_place is not None and event.cameo == VISIT and not event.alleged:
        index, place = target_place  # "s'est rendu à Bruxelles puis à Kiev": each visit where its host is
    elif best is not None:
        _, index, place = best
    elif target_place is not None and event.quad_class in MATERIAL and not event.alleged:
        index, place = target_place
    else:
        return None
    return Location(place=index, name=place.name, geonames=place.geonames, lat=place.lat, lon=place.lon,
                    country=place.country)


class Geocode(Stage):
    """Place mentions → ``Document.places``; ``Entity.geonames`` for resolved locations; ``Event.location``."""

    name = "geocode"

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self._gaz = gaz

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = gazetteer()
        return self._gaz

    def process(self, doc: Document) -> None:
        doc.places = resolve_document(doc, place_mentions(doc, self.gazetteer), self.gazetteer)
        for place in doc.places:
            if place.entity is not None and place.geonames is not None:
                doc.entities[place.entity].geonames = place.geonames
        by_sentence: dict[int, list[tuple[int, PlaceMention]]] = defaultdict(list)
        for i, place in enumerate(doc.places):
            by_sentence[place.sentence].append((i, place))
        starts = [token.start for token in doc.tokens]
        parsed = any(token.head != i for i, token in enumerate(doc.tokens))
        for event in doc.events:
            event.location = event_location(doc, event, by_sentence.get(event.sentence, []), starts, parsed)
