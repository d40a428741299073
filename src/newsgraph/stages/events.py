"""Who did what to whom: CAMEO events from the syntax of each sentence, natively in the article's language.

A trigger is a token whose lemma (or written form) has a pattern in ``data/lang/<code>/events.tsv``
(docs/events.md). Its source and target are found among its own dependents — subject, object, prepositional
complements, the complements of an event noun — and resolved to actor codes through the entities linked to the
knowledge base, role words ("les autorités azéries" → AZEGOV, "l'armée ukrainienne" → UKRMIL) and names the
recogniser missed. An event is coded only when its actors hang from the trigger in the parse (directly, through
coordination, through a support verb, a controlled infinitive or the speaker of a reported clause): actors and
action taken from unrelated parts of a story make no event, and material conflict needs both its actors.

The syntax around the trigger changes the event (words in ``knowledge.event_syntax``): negation drops it,
announcing makes it an intention or threat, "must" makes it the speaker's demand, a refused cooperation a
rejection; what a claim reports is ``alleged`` with ``claimed_by``; a weekday in the clause dates it.

Languages without a parser pair the nearest actors around the trigger in its clause, as the language's word order
says, at low confidence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from itertools import permutations, product

from newsgraph.dates import last_weekday, weekday_of
from newsgraph.knowledge.actors import ActorBase, NameHit, actor_base
from newsgraph.knowledge.cameo import event_code
from newsgraph.knowledge.event_patterns import EventPattern, patterns
from newsgraph.knowledge.event_syntax import as_appeal, as_demand, as_intent, as_refusal, event_syntax, negation_words
from newsgraph.knowledge.gazetteer import MIN_POPULATION, cameo_country, gazetteer
from newsgraph.knowledge.languages import load_profile, normalise
from newsgraph.records import Document, Entity, Event, Span
from newsgraph.stages.base import Stage
from newsgraph.stages.link import choose, country_agrees, surname_may_link

SUBJECT = ("nsubj",)
PASSIVE_SUBJECT = ("nsubj:pass", "nsubjpass")
PASSIVE_MARK = PASSIVE_SUBJECT + ("aux:pass", "auxpass", "expl:pass")
OBJECT = ("obj", "dobj")
INDIRECT = ("iobj", "dative")
COMPLEMENT = ("obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "prep", "obl:tmod")
EMBEDDED = ("xcomp", "ccomp", "advcl", "acl", "obl", "obl:arg", "prep", "pcomp")
CLIMB = ("xcomp", "acl", "obl", "obl:arg", "obl:mod", "nmod", "obj", "dobj", "advcl", "conj", "pobj", "prep",
         "ccomp", "advmod", "acomp")
# What introduces the content of a claim: "accuser X d'attaquer", "accuse X of attacking", "said that …".
CLAIM_MARKERS = ("de", "d'", "of", "que", "that", "to", "a", "por", "dass", "zu", "что", "в")
CONFIDENT, PARTIAL, NO_PARSE = 0.8, 0.6, 0.4
# Role words that say which group a person or unit belongs to ("rebel leader", "opposition candidates").
GROUP_ROLES = ("REB", "INS", "OPP", "MIL", "COP", "UAF")
# A place the recogniser took for an organisation is taken for a place from this size on.
BIG_CITY = 200_000
# Roles whose people are often foreigners where they are (troops, fighters, refugees, aid workers).
FOREIGN_ROLES = ("MIL", "REB", "INS", "UAF", "SPY", "REF", "IGO", "NGO", "MNC", "IMG")
# Entity types whose words are a name, never an event trigger.
NAMED = ("PERSON", "ORG", "LOCATION")
# Prepositions that introduce a passive act's or an event noun's doer ("attacked by", "l'attaque par").
AGENT_PREPOSITIONS = ("par", "by", "por", "von", "durch")
# Prepositions of belonging ("part of Syria", "l'est de l'Ukraine"), as parsers give them.
OF_PREPOSITIONS = ("of", "de", "d'", "del", "di", "von", "des", "du")
# CAMEO roots whose complement has not happened: appeal, intend, demand, reject, threaten.
UNREALISED = ("02", "03", "10", "12", "13")
# Roots of violence: reported by another actor, an accusation of the doer.
VIOLENT = ("18", "19", "20")
# Roots of refusals and threats: what they concern never happened.
REFUSING = ("12", "13")
# Type codes of fighters ("deux miliciens sont morts lors d'une escarmouche": they fought).
ARMED = ("MIL", "REB", "INS", "UAF", "COP", "SPY")
# Roots of cooperation whose announced negation is a refusal.
COOPERATIVE = ("03", "04", "05", "06", "07", "08")


@dataclass(frozen=True)
class Actor:
    code: str
    start: int
    end: int
    anchored: bool = True  # a country, organisation or person; False for a bare role ("police", "protesters")
    place: bool = False  # only the country of the town or region where it happened (see Sentence.place_country)


class Sentence:
    """One document's context for coding: entities by position, the knowledge base, the date, the language."""

    def __init__(self, doc: Document, base: ActorBase) -> None:
        self.doc, self.base = doc, base
        self.language = doc.language or "xx"
        self.entities = sorted(doc.entities, key=lambda e: e.start)
        self._starts = [e.start for e in self.entities]
        self.parsed = doc.spacy_doc is not None and doc.spacy_doc.has_annotation("DEP")
        profile = load_profile(self.language)
        self.word_order, self.capitalised = profile.word_order, profile.capitalised_adjectives
        self._hits: dict[tuple[int, int], NameHit | None] = {}
        self._places: dict[tuple[int, int], str | None] = {}

    def entity_at(self, offset: int) -> Entity | None:
        n = bisect_right(self._starts, offset) - 1
        return self.entities[n] if n >= 0 and offset < self.entities[n].end else None

    def inside_name(self, token) -> bool:
        """The word belongs to a longer name ("Asia-Pacific Economic Cooperation", "Peace Corps"): no trigger."""
        entity = self.entity_at(token.idx)
        return entity is not None and entity.type in NAMED and entity.text != token.text

    def entity_hit(self, entity: Entity) -> NameHit | None:
        """The knowledge-base entry an entity refers to (chosen once per entity)."""
        key = (entity.start, entity.end)
        if key not in self._hits:
            self._hits[key] = choose(self.base, entity, self.doc)
        return self._hits[key]

    def entity_code(self, entity: Entity) -> str | None:
        hit = self.entity_hit(entity)
        return hit.code_on(self.doc.published) if hit is not None else None

    def localised(self, actor: Actor, country: str) -> Actor:
        """A bare role of the people of a place given that place's country ("policías" in Caracas → VENCOP); not
        fighters, refugees or international staff, who are often foreign there."""
        if actor.anchored or actor.place or actor.code.startswith(FOREIGN_ROLES):
            return actor
        return replace(actor, code=country + actor.code)  # (still no named actor: it completes no event)

    def with_role_word(self, entity: Entity) -> bool:
        """The recogniser took a role word for part of a name ("Russische Truppen" as one place)."""
        span = self.doc.tokens_of(entity.start, entity.end)
        return span is not None and any(self.base.agent(_lemma(t), self.language) for t in span)

    def place_country(self, entity: Entity) -> str | None:
        """The country a place the knowledge base does not list lies in, when the gazetteer's readings of the
        name agree ("Alaska", "Goma", "the Chicago police"; not "Cambridge"); looked up once per entity."""
        key = (entity.start, entity.end)
        if key not in self._places:
            self._places[key] = self._place_country(entity)
        return self._places[key]

    def _place_country(self, entity: Entity) -> str | None:
        if entity.type != "LOCATION" and (entity.type not in ("ORG", "PERSON") or self.entity_hit(entity) is not None):
            return None  # (a city the recogniser took for an organisation or a person: "Kharkiv", if big enough)
        span = self.doc.tokens_of(entity.start, entity.end)
        if span is not None and span.start > 0 and span.doc[span.start - 1].pos_ == "DET":
            return None  # a common noun written with a capital: "la plaza de la República", "el Centro"
        floor = MIN_POPULATION if entity.type == "LOCATION" else BIG_CITY
        return cameo_country(gazetteer().country_of_name(entity.text, self.language, floor))

    # -- actors ------------------------------------------------------------------------------------------------
    def actor(self, token, depth: int = 0) -> Actor | None:
        """The actor a noun phrase headed by ``token`` stands for, or None."""
        if token.pos_ == "PRON" and self.parsed and self.entity_at(token.idx) is None:  # a tagger's "PRON"
            return self.antecedent(token)                                                # may be a name
        entity = self.entity_at(token.idx)
        if entity is not None:
            code = self.entity_code(entity)
            if code:
                return Actor(code, entity.start, entity.end)
        # A name inside the phrase: "le président russe Vladimir Poutine" is Putin.
        for child in self.kids(token):
            if child.dep_ in ("appos", "flat", "flat:name", "compound"):
                inner = self.entity_at(child.idx)
                if inner is not None and child.dep_ == "compound" and inner.type == "LOCATION":
                    continue  # "US military aid" is not the United States
                if inner is not None and (code := self.entity_code(inner)):
                    return Actor(code, min(token.idx, inner.start), max(token.idx + len(token), inner.end))
        if entity is not None and entity.type == "PERSON":
            # someone the knowledge base does not know, by their title: "Israeli President Moshe Katsav"
            for child in self.kids(token):
                # "US Secretary of State Warren Christopher": the title is an nmod in some parses
                if child.dep_ in ("compound", "amod", "appos", "nmod") and (role := self.agent_of(child)):
                    country, start, end = self.country_of(child, depth)
                    if not country:  # "Jordan's King Abdullah": the country hangs from the name
                        country, start, end = self.country_of(token, depth, possessive_only=True)
                    if country:
                        return Actor(country + role if not role.startswith(country) else role,
                                     min(start, entity.start), max(end, entity.end))
        # "King" the name, but not a common noun the recogniser took for one ("Policías y jóvenes se enfrentaron")
        agent = None if entity is not None and entity.type == "PERSON" and token.pos_ != "NOUN" else \
            self.agent_of(token)
        if agent is not None:
            country, start, end = self.country_of(token, depth) if self.parsed else self.country_beside(token)
            code = (country or "") + agent if not (country and agent.startswith(country)) else agent
            if country and len(country) > 3 and (agent == "GOV" or agent in country[3:]):
                code = country  # "leaders of Hamas" are Hamas, not a government; "guerrilleros de las FARC", FARC
            return Actor(code, min(start, token.idx), max(end, token.idx + len(token)),
                         anchored=code not in self.base.type_codes)
        # Names the entity recogniser missed: "les Russes", "Moscou a répondu", "the Kremlin said", "Hamas".
        for start, end, text, modifier in _name_candidates(token, self.parsed):
            hits = [h for h in self.base.lookup(text, self.language) if self.name_fits(h, text, start, token, modifier)]
            if len({h.entry.id for h in hits}) == 1 and (code := hits[0].code_on(self.doc.published)):
                return Actor(code, start, end)
        if self.parsed and token.pos_ in ("NOUN", "PROPN") and "Plur" in token.morph.get("Number"):
            # people the agents do not list, by the country named before them: "Iraqi Kurds", "Palestinian
            # prisoners", "16 Russian advisers"
            for child in token.children:
                if child.dep_ in ("amod", "compound") and child.i < token.i and \
                        len(country := self.country_code(child) or "") == 3:
                    return Actor(country, min(child.idx, token.idx), token.idx + len(token))
        return None

    def name_fits(self, hit: NameHit, text: str, start: int, token, modifier: bool) -> bool:
        """Whether a name the recogniser missed is this entry: a name modifying a thing names an actor only if it
        is a group ("an Islamic State target", not "US aid"); a person needs a proper name, and the checks of
        linking (a surname alone, a country named before them)."""
        if modifier:
            return hit.entry.kind == "organisation" and hit.form == "name"
        if hit.entry.kind == "country":
            return True
        if hit.form != "name" or not self.may_be_name(token):
            return False
        return hit.entry.kind != "person" or (surname_may_link(hit, text, self.doc)
                                               and country_agrees(self.base, hit, start, self.doc))

    def antecedent(self, pronoun) -> Actor | None:
        """The one explicit coreference the coder follows: the subject pronoun of a reported clause is the
        speaker ("Japan said it had halted aid", "Poutine a affirmé qu'il …"); the actor keeps the speaker's
        code, the pronoun's offsets."""
        if pronoun.dep_ not in SUBJECT + PASSIVE_SUBJECT:
            return None
        clause = pronoun.head
        relative = "Rel" in pronoun.morph.get("PronType") or pronoun.tag_ in ("WP", "WDT")
        if relative and clause.dep_ in ("acl:relcl", "relcl", "acl") and clause.head is not clause:
            # the subject of a relative clause is the noun it qualifies ("los campesinos que protestan")
            actor = self.actor(clause.head, depth=1) or next(iter(self.complement_actors(clause.head)), None)
            return Actor(actor.code, pronoun.idx, pronoun.idx + len(pronoun), actor.anchored) if actor else None
        found = self.speakers(pronoun)
        return found[0] if found else None

    def speakers(self, pronoun) -> list[Actor]:
        """The speakers a reported clause's subject pronoun stands for, at the pronoun's offsets: all of them for
        a plural pronoun ("Obama and Putin said they will attack Iraq"), the first for a singular one."""
        clause = pronoun.head
        if pronoun.dep_ not in SUBJECT + PASSIVE_SUBJECT or \
                clause.dep_ not in ("ccomp", "parataxis", "conj", "advcl", "xcomp") or clause.head is clause:
            return []
        plural = "Plur" in pronoun.morph.get("Number")
        for speaker in (s for s in subjects_of(clause.head) if s.pos_ != "PRON"):
            actors = self.actors_at(speaker) if plural else [a for a in [self.actor(speaker, depth=1)] if a]
            if actors:
                return [Actor(a.code, pronoun.idx, pronoun.idx + len(pronoun), a.anchored) for a in actors]
        return []

    def kids(self, token):
        """The token's dependents; none without a parse (spaCy's tree is not there to walk)."""
        return token.children if self.parsed else ()

    def may_be_name(self, token) -> bool:
        """A proper noun; without a tagger, a capitalised word (or any word of a script without capitals)."""
        if token.pos_:
            return token.pos_ == "PROPN"
        first = token.text[:1]
        return first.isupper() or first.lower() == first.upper()

    def country_beside(self, token, window: int = 2) -> tuple[str | None, int, int]:
        """Without a parse: the country of an adjective or name next to a role word ("russische Truppen",
        "украинские военные", "الجيش السوري")."""
        start, end = token.idx, token.idx + len(token)
        sentence = token.sent
        for distance in range(1, window + 1):
            for i in (token.i - distance, token.i + distance):
                if sentence.start <= i < sentence.end and not token.doc[i].is_punct:
                    code = self.country_code(token.doc[i])
                    if code:
                        other = token.doc[i]
                        return code, min(start, other.idx), max(end, other.idx + len(other))
        return None, start, end

    def agent_of(self, token) -> str | None:
        """CAMEO type code of a role word, alone or with a modifier ("forces armées", "service de presse")."""
        lemma = _lemma(token)
        for child in self.kids(token):
            if child.i > token.i and child.dep_ in ("amod", "nmod", "compound", "flat"):
                words = [normalise(t.lemma_) for t in token.doc[token.i:child.i + 1] if not t.is_punct]
                code = self.base.agent(" ".join(words), self.language)
                if code:
                    return code
        for child in self.kids(token):
            if child.i < token.i and child.dep_ == "compound":
                code = self.base.agent(f"{normalise(child.lemma_)} {lemma}", self.language)
                if code:
                    return code
        code = self.base.agent(lemma, self.language) or self.base.agent(normalise(token.text), self.language)
        if code is None:
            # a noun the agents do not list, qualified by a role word: "opposition candidates", "rebel units"
            for child in self.kids(token):
                if child.dep_ == "compound" and child.pos_ in ("NOUN", "PROPN") and child.i < token.i:
                    extra = self.base.agent(normalise(child.lemma_), self.language)
                    if extra in GROUP_ROLES:
                        return extra
        if code:
            # "miliciens séparatistes": a modifier that is itself a role word says more ("séparatiste" → REB).
            for child in self.kids(token):
                if child.dep_ in ("amod", "compound"):  # "rebel leader", "opposition leader"
                    extra = self.base.agent(normalise(child.lemma_), self.language)
                    if extra and extra != code and extra in GROUP_ROLES:
                        return extra
        return code

    def country_of(self, token, depth: int, possessive_only: bool = False) -> tuple[str | None, int, int]:
        """The country a role word is qualified by: an adjective ("ukrainienne"), a complement ("de l'Ukraine",
        "of Colombia") or a compound ("Russian"/"US" before the noun); with ``possessive_only``, only a
        possessive or a complement ("Syria's city", "part of Syria")."""
        start, end = token.idx, token.idx + len(token)
        deps = ("nmod", "nmod:poss", "poss", "prep") if possessive_only else \
            ("amod", "compound", "nmod", "nmod:poss", "poss", "obl", "prep", "flat")
        for child in token.children:
            if child.dep_ in deps and (not possessive_only or child.dep_ in ("nmod:poss", "poss")
                                       or _prep_of(child) in OF_PREPOSITIONS):
                candidates = [child] + ([c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep"
                                        else [])
                for cand in candidates:
                    code = self.country_code(cand)
                    if code:
                        return code, min(start, cand.idx), max(end, cand.idx + len(cand))
                    if cand.dep_ in ("nmod", "pobj") and depth < 2:  # "de l'est de l'Ukraine"
                        inner, s, e = self.country_of(cand, depth + 1, possessive_only)
                        if inner:
                            return inner, min(start, s), max(end, e)
        return None, start, end

    def country_code(self, token) -> str | None:
        """The country (or international organisation: "UN troops" → IGOUNO…) a word names."""
        entity = self.entity_at(token.idx)
        if entity is not None:
            hit = self.entity_hit(entity)
            code = hit.code_on(self.doc.published) if hit is not None else None
            if code:
                return code if hit.entry.kind == "organisation" else code[:3]
            if entity.type == "LOCATION" and entity.text != token.text and not self.with_role_word(entity):
                return None  # a word of a longer place name: "Ireland" in "Northern Ireland", "Mexico" in "New Mexico"
            if code := self.place_country(entity):
                return code
        # "the western province" is no Western country (the text as written: a headline in capitals is parsed in
        # lower case)
        if self.capitalised and self.doc.body[token.idx:token.idx + len(token)].islower():
            return None
        for text in (token.text, token.lemma_):
            hits = [h for h in self.base.lookup(text, self.language) if h.entry.kind == "country"]
            if len({h.entry.id for h in hits}) == 1:
                return hits[0].entry.code
        return None

    def coordinated_countries(self, head, actor: Actor) -> list[Actor]:
        """The same role for each country coordinated with the one qualifying it: "Hungarian and Romanian
        officials" are HUNGOV and ROMGOV."""
        more = []
        for child in head.children:
            # "US and British activists": ClearNLP makes a name before the noun an nmod
            prenominal = child.dep_ in ("amod", "compound") or (child.dep_ == "nmod" and child.i < head.i)
            country = self.country_code(child) if prenominal else None
            if not country or not actor.code.startswith(country) or len(country) != 3:
                continue
            for conj in child.children:
                if conj.dep_ == "conj" and (other := self.country_code(conj)) and len(other) == 3:
                    more.append(Actor(other + actor.code[3:], conj.idx, conj.idx + len(conj), actor.anchored))
        return more

    def complement_actors(self, head, depth: int = 0) -> list[Actor]:
        """The actors of a phrase's "of" complement or possessive: the actor of an event noun ("condamné les
        attaques des forces arméniennes", "Russia's attacks") or of a quantity, however nested ("thousands of
        workers", "cientos de miles de rusos"); not a name compounded before the noun ("US military aid")."""
        found = []
        for child in head.children:
            if child.dep_ in ("nmod", "nmod:poss", "poss", "prep") and (
                    _prep_of(child) in ("de", "of", "del", "von", None)) and not (
                    child.dep_ == "nmod" and child.i < head.i and _prep_of(child) is None):
                for item in _complement_nouns(child):
                    found.extend(self.actors_at(item) or (self.complement_actors(item, depth + 1)
                                                          if depth < 2 and _is_quantity(item) else []))
            elif depth < 2 and child.dep_ in ("nummod", "compound") and _is_quantity(child):
                found.extend(self.complement_actors(child, depth + 1))  # "cientos [de miles] de rusos"
        return found

    def actors_at(self, token) -> list[Actor]:
        """The actors of a phrase and of the phrases coordinated with it ("Poutine et Macron")."""
        found, todo, seen = [], [token], set()
        while todo:
            head = todo.pop(0)
            if head.i in seen:
                continue
            seen.add(head.i)
            if head.pos_ == "PRON" and "Plur" in head.morph.get("Number") and (speakers := self.speakers(head)):
                found.extend(a for a in speakers if a not in found)  # "they" for "Obama and Putin"
                continue
            actor = self.actor(head)
            if actor is not None and actor not in found:
                found.append(actor)
                found.extend(a for a in self.coordinated_countries(head, actor) if a not in found)
            # the coordination may hang from any word of a name ("Barack Obama and Vladimir Putin")
            entity = self.entity_at(head.idx)
            name = self.doc.tokens_of(entity.start, entity.end) if entity else None
            words = name or [head]
            todo.extend(c for w in words for c in w.children if c.dep_ == "conj")
            # "le président russe Vladimir Poutine et son homologue, Emmanuel Macron": the coordination hangs
            # from the name in apposition.
            for child in head.children:
                if child.dep_ in ("appos", "flat:name", "flat"):
                    coordinated = [c for c in child.children if c.dep_ == "conj"]
                    todo.extend(coordinated)
                    if child.dep_ == "appos" and coordinated:  # "The US, Russia, and Switzerland": a list
                        todo.append(child)
        return found


def _is_quantity(token) -> bool:
    """A number word ("miles" in "decenas de miles de israelíes", "thousands")."""
    return token.pos_ == "NUM" or "NumType" in token.morph or token.like_num


def _name_candidates(token, parsed: bool) -> list[tuple[int, int, str, bool]]:
    """(start, end, text, is a name among the modifiers) of what a head token may name, longest first: the head
    with its compound and flat neighbours ("Central Command"), a name among its modifiers ("an Islamic State
    target"), then the word alone and its lemma."""
    parts = [c for c in token.children if c.dep_ in ("compound", "flat", "flat:name")] if parsed else []
    parts.append(token)
    first, last = min(t.i for t in parts), max(t.i for t in parts)
    found = []
    if last > first:
        span = token.doc[first:last + 1]
        found.append((span.start_char, span.end_char, span.text, False))
    if parsed:
        for word in token.subtree:
            if word.i < token.i and word.dep_ in ("compound", "flat", "flat:name") and word.pos_ == "PROPN":
                inner = token.doc[word.left_edge.i:word.i + 1]
                found.append((inner.start_char, inner.end_char, inner.text, True))
    end = token.idx + len(token)
    found += [(token.idx, end, token.text, False), (token.idx, end, token.lemma_, False)]
    return found


def _prep_of(token) -> str | None:
    """The preposition introducing a complement (UD: its ``case`` child; ClearNLP: the ``prep`` token itself)."""
    if token.dep_ == "prep":
        return normalise(token.lemma_ or token.text)
    for child in token.children:
        if child.dep_ in ("case", "mark") and child.i < token.i:
            return normalise(child.lemma_ or child.text)
    return None


def role_tokens(trigger, role: str) -> list:
    """The heads of the phrases that fill ``role`` (subj, obj, iobj, obl:<prep>, nmod:<prep>) of ``trigger``."""
    marks = {c.dep_ for c in trigger.children if c.dep_ in PASSIVE_MARK}
    # a reflexive pronoun alone ("se sont mobilisés", parsed expl:pass) leaves the subject the doer; a past
    # participle qualifying a noun is passive ("une escarmouche dénoncée par les forces": the forces denounced it)
    participle = trigger.dep_ == "acl" and "Past" in trigger.morph.get("Tense") and \
        "Part" in trigger.morph.get("VerbForm") and not _misparsed_main_verb(trigger)
    passive = participle or (bool(marks) and not ("expl:pass" in marks and not marks & {"aux:pass", "auxpass"}))
    kind, _, prep = role.partition(":")
    if kind == "subj":
        if passive:
            heads = []
            for child in trigger.children:
                if child.dep_ == "agent":  # ClearNLP: "by" → pobj
                    heads.extend(c for c in child.children if c.dep_ == "pobj")
                elif child.dep_ in ("obl:agent", "obl") and _prep_of(child) in AGENT_PREPOSITIONS:
                    heads.append(child)
            return heads
        return subjects_of(trigger) or [c for c in trigger.children if c.dep_ in PASSIVE_SUBJECT]
    if kind == "obj":
        if passive:
            heads = [c for c in trigger.children if c.dep_ in PASSIVE_SUBJECT]
            if not heads and trigger.dep_ == "conj":  # "… imprisoned and were released by Putin"
                heads = [c for c in trigger.head.children if c.dep_ in SUBJECT + PASSIVE_SUBJECT]
            return heads or ([trigger.head] if participle else [])
        objects = [c for c in trigger.children if c.dep_ in OBJECT]
        if not objects:
            # a quantity parsed as particle + preposition: "kidnapped up to 16 Russian advisers"
            objects = [n for particle in trigger.children if particle.dep_ == "prt"
                       for prep in list(particle.children) + list(trigger.children)
                       if prep.dep_ == "prep" and prep.i == particle.i + 1 for n in prep.children
                       if n.dep_ == "pobj" and any(c.dep_ == "nummod" for c in n.children)]
        return objects
    if kind == "iobj":  # ClearNLP's "dative" may be the preposition ("send troops to Iraq")
        return [n for c in trigger.children if c.dep_ in INDIRECT
                for n in ([p for p in c.children if p.dep_ == "pobj"] if c.pos_ == "ADP" else [c])]
    if kind in ("obl", "nmod"):
        heads = []
        for child in trigger.children:
            if child.dep_ not in COMPLEMENT or _prep_of(child) != normalise(prep):
                continue
            heads.extend(_complement_nouns(child))
        return heads
    return []


def _misparsed_main_verb(participle) -> bool:
    """A past participle qualifying a noun that has a direct object of its own is the sentence's verb, misparsed
    ("Israeli airstrikes killed at least 30 people": the strikes killed, they were not killed)."""
    return participle.tag_ == "VBD" or any(c.dep_ in OBJECT for c in participle.children)


def _complement_nouns(child) -> list:
    """The noun of a complement: a ClearNLP "prep"'s object, or the UD nmod/obl itself."""
    return [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else [child]


def subjects_of(verb) -> list:
    """The subjects of a verb; when the parser attached none, the first bare noun to its left in its own clause
    (parsers sometimes hang "au moins deux miliciens … sont morts" off the adverb)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT]
    # "The Red Cross operating in Iraq said": a parser may make the participle the subject
    subjects = [inner for s in subjects for inner in (
        [c for c in s.children if c.dep_ in SUBJECT] if s.pos_ == "VERB" else []) or [s]]
    if subjects or verb.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
        return subjects
    for token in verb.subtree:
        if token.i >= verb.i:
            break
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dep", "nsubj") and \
                not any(c.dep_ in ("case", "mark") for c in token.children):
            return [token]
    return []


def has_own_subject(token, pattern: EventPattern, ctx: Sentence) -> bool:
    """A verb with a subject, or an event noun with an agent-like complement: one the pattern names as its source
    and that names an actor ("les attaques des fans"; not "the invasion of Lebanon", nor "des frappes de missiles",
    whose doer is the support verb's subject). A possessive pronoun is no subject of its own ("the workers
    continued their strike": theirs is the verb's)."""
    if token.pos_ in ("NOUN", "PROPN"):
        agents = {role.partition(":")[2] for role in pattern.source if role.startswith("nmod:")}
        # (not a word of the event's own name: "una huelga de hambre")
        return any((c.dep_ in ("nmod:poss", "poss") and c.pos_ != "PRON") or (
            c.dep_ in ("nmod", "prep") and _prep_of(c) in agents and _lemma(c) not in pattern.requires
            and any(ctx.actors_at(n) for n in _complement_nouns(c))) for c in token.children)
    return bool(subjects_of(token)) or any(c.dep_ in PASSIVE_SUBJECT for c in token.children)


def claim_contents(token) -> list:
    """The clauses a speech or accusation verb reports: complement clauses, and clauses or event nouns
    introduced by "de"/"of"/"that"… (not adverbial clauses such as "tandis que")."""
    found = []
    for child in token.children:
        if child.dep_ == "prep":  # ClearNLP: the preposition heads its complement ("accused X of attacking")
            if normalise(child.lemma_) in CLAIM_MARKERS:
                found.extend(c for c in child.children if c.dep_ in ("pcomp", "pobj") and c.pos_ in ("VERB", "NOUN"))
            continue
        if child.pos_ not in ("VERB", "NOUN", "AUX"):
            continue
        markers = {normalise(c.lemma_ or c.text) for c in child.children if c.dep_ in ("mark", "case")
                   or (c.dep_ == "aux" and c.pos_ == "PART")}  # English infinitive "to" ("pressure to help")
        if child.dep_ in ("xcomp", "ccomp") or (child.dep_ in EMBEDDED and markers & set(CLAIM_MARKERS)):
            found.append(child)
    return found


def _asked(token) -> list:
    """What an appeal, demand, threat … is about: its complement clause, object or "for" complement."""
    objects = role_tokens(token, "obj")
    # and what the object asks for: "would not give permission to Russia to help Israel"
    return claim_contents(token) + objects + [c for o in objects for c in claim_contents(o)] + \
        role_tokens(token, "obl:for")


def _lemma(token) -> str:
    return normalise(token.lemma_ or token.text)


def with_support_verb(token, language: str) -> list:
    """The trigger and, for an event noun, its support verb ("would not provide support", "will hold talks"):
    where negation, announcement and conditions are written."""
    support = support_verb_of(token, language)
    return [token] if support is None else [token, support]


def support_verb_of(token, language: str):
    """The support verb an event noun (or its frame) is the object of ("launched an attack", "talks were held",
    "staged a day of protest"), or None."""
    token = frame_of(token, language)
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in OBJECT + PASSIVE_SUBJECT and \
            _lemma(token.head) in event_syntax(language).support_verbs:
        return token.head
    return None


def _receiving_verb(token, language: str):
    """The verb an event noun is received through ("received assurances", "faces pressure"), or None."""
    if token.pos_ == "NOUN" and token.dep_ in OBJECT and _lemma(token.head) in event_syntax(language).receiving_verbs:
        return token.head
    return None


def frame_of(token, language: str):
    """The noun that frames or counts an event noun as its "of" complement ("a day of protest", "una jornada de
    protesta", ``event_frames``): it stands in the event's place in the sentence. Otherwise the token itself."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return token
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and _lemma(head) in OF_PREPOSITIONS:
        head = head.head  # ClearNLP: "day" → "of" → "protest"
    elif not (token.dep_ == "nmod" and _prep_of(token) in OF_PREPOSITIONS):
        return token
    if head.i != token.i and head.pos_ == "NOUN" and _lemma(head) in event_syntax(language).event_frames:
        return head
    return token


def _has_auxiliary(verb, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("aux", "aux:tense") and _lemma(c) in words for c in verb.children)


def obliged_by(token, language: str) -> list:
    """Subjects of the speech verb that says the trigger must happen ("Russia said Sudan must return …", "said
    the US must be ready to mediate"), or []."""
    words = event_syntax(language).obligation_auxiliaries
    clause = token
    while not _has_auxiliary(clause, words):
        if clause.dep_ not in ("xcomp", "acomp") or clause.head is clause:
            return []
        clause = clause.head
    if clause.dep_ not in ("ccomp", "parataxis", "xcomp", "advcl") or clause.head is clause:
        return []
    return subjects_of(clause.head)


def announced(token, language: str) -> bool:
    """The trigger is only announced: a future or modal auxiliary, a future tense, or a governing "ready to",
    "promised to", "va …" (for an event noun, the same on its support verb: "will hold talks")."""
    syntax = event_syntax(language)
    for verb in with_support_verb(token, language):
        if "Fut" in verb.morph.get("Tense"):
            return True
        if _has_auxiliary(verb, syntax.intent_auxiliaries):
            return True
        head = _lemma(verb.head)
        if verb.dep_ in ("xcomp", "advcl", "acl", "ccomp") and verb.head is not verb and \
                (head in syntax.intent_heads or head in syntax.intent_auxiliaries):
            return True
    return False


def wished_by_another(token, language: str):
    """The wish verb whose complement clause the trigger heads with a subject of its own ("Obama wants Putin to
    attack", "Obama quiere que Putin ataque"), or None."""
    head = token.head
    if token.dep_ not in ("ccomp", "xcomp") or head is token or _lemma(head) not in event_syntax(language).wish_verbs:
        return None
    own = subjects_of(token)
    return head if own and all(s.pos_ != "PRON" for s in own) and subjects_of(head) else None


def _in_manner(token, language: str) -> bool:
    """The event noun (or its frame) says how its governing verb's subject acted: "cerrarán dos días en protesta",
    "quemaron neumáticos en señal de protesta" (``manner_prepositions``)."""
    frame = frame_of(token, language)
    return token.pos_ == "NOUN" and frame.dep_ in COMPLEMENT and \
        _prep_of(frame) in event_syntax(language).manner_prepositions


def governing_subjects(trigger, language: str, hops: int = 4) -> list[list]:
    """Who acts in a trigger without its own subject, from the verb that governs it, as lists of phrase heads in
    order of preference. A controlled infinitive takes the governing verb's object if that is an actor ("trained
    the rebels to fight"), else its subject. An event noun inherits only as the object of a support verb or in a
    "during" complement ("launched an attack", "discussed during a phone call", "ont exprimé leur intérêt à
    intensifier la coopération": intensifier → intérêt → exprimé → Poutine et Macron), never through any verb
    ("condemned the attack" is not an attack by whoever condemned it). Through "during" only a doer is lent, not
    a passive subject ("were killed in clashes" names the victims)."""
    trigger = token = frame_of(trigger, language)
    doer_only = False  # lent through "during"
    for hop in range(hops):
        if token.dep_ not in CLIMB or token.head is token:
            return []
        child, token = token, token.head
        if child.dep_ == "acl" and child.pos_ in ("VERB", "AUX") and "Inf" not in child.morph.get("VerbForm"):
            # a participle's doer is the noun it qualifies ("refugees fleeing the war"); a past participle's
            # noun is what was done ("the aid provided"): neither is the governing verb's subject
            return [] if "Past" in child.morph.get("Tense") and not _misparsed_main_verb(child) else [[token]]
        if hop == 0 and trigger.pos_ in ("NOUN", "PROPN"):
            during = event_syntax(language).during
            # "lors d'une conversation": some parsers hang the noun from the preposition's first word
            joining = _lemma(token) in event_syntax(language).joining_verbs  # "participated in the protest"
            if child.dep_ in OBJECT + PASSIVE_SUBJECT:
                if support_verb_of(trigger, language) is None and not joining:
                    return []
            elif _prep_of(child) in during or _lemma(token) in during or joining:
                doer_only = True
            else:
                return []
        if child.dep_ in ("xcomp", "advcl") and child.pos_ in ("VERB", "AUX"):
            objects = [c for c in token.children if c.dep_ in OBJECT and c is not child]
            if objects:
                return [objects, subjects_of(token)]  # the object if it is an actor, else the subject
        # "Obama is scheduled to attend", "was asked to help": the passive subject controls the complement
        subjects = subjects_of(token) or ([] if doer_only else
                                          [c for c in token.children if c.dep_ in PASSIVE_SUBJECT])
        if subjects:
            return [subjects]
    return []


class CodeEvents(Stage):
    """Codes the events of each sentence (see the module docstring)."""

    name = "events"

    def __init__(self, base: ActorBase | None = None, patterns_of=None) -> None:
        self.base = base
        self.patterns_of = patterns_of or patterns  # language code -> {trigger lemma: [EventPattern]}

    def process(self, doc: Document) -> None:
        table = self.patterns_of(doc.language or "xx")
        if not table or doc.spacy_doc is None:
            return
        context = Sentence(doc, self.base or actor_base())
        found = [[] if context.inside_name(t) else trigger_patterns(t, table) for t in doc.spacy_doc]
        code = self.code_parsed if context.parsed else self.code_unparsed
        doc.events = _best(_one_per_trigger(code(doc.spacy_doc, found, context)))

    def code_parsed(self, sdoc, found: list[list[EventPattern]], context: Sentence) -> list[Event]:
        """Every trigger's events from the parse, most specific pattern first."""
        events: list[Event] = []
        reported: set[int] = set()  # filled as claims and appeals/threats/… are coded (they come first)
        # what statements report (their violence may name its doer only), and the starts of such violence coded
        said = {c.i for t in sdoc for p in found[t.i] if p.cameo[:2] == "01" and not p.claim
                for c in claim_contents(t)}
        incomplete: set[int] = set()
        near_words: dict[int, set[str]] = {}  # token index → lemmas around it (for a+b patterns)
        for token in sdoc:
            if token.i in reported:
                continue
            for pattern in found[token.i]:
                if token.pos_ in ("VERB", "AUX") and _noun_pattern(pattern):
                    continue  # "Russian drones attacked Kyiv" is no "drone attack" (a noun's pattern)
                if not _has_required(token, pattern, near_words, context.language):
                    continue
                if not pattern.requires and self.supports_an_event(token, context):
                    break  # "convocaron una huelga", "organised a protest": the strike or protest is the event
                coded = self.code_trigger(token, pattern, context,
                                          incomplete=incomplete if token.i in said else None)
                # what a claim alleges, a refusal or threat concerns, or an appeal or demand with a target asks
                # for, is not a fact ("would not give permission to Russia to help Israel", "rejected an
                # invitation to attend a meeting"); an intention or a wish with no target ("agreed to lift
                # sanctions on Iran", "wants to help Israel") lets its content be coded (as announced, as_intent)
                if pattern.claim:
                    reported.update(c.i for c in claim_contents(token))
                elif pattern.cameo[:2] != "01" and any(e.root in UNREALISED and (e.target or e.root in REFUSING)
                                                       for e in coded):
                    # (a statement that another must act stays open: the obliged act is coded as its demand; what
                    # a refusing verb governs is coded as the refusal: "refused to meet the Jordanian minister")
                    refusing = _lemma(token) in event_syntax(context.language).refusal_heads
                    reported.update(c.i for c in _asked(token)  # "called for talks with Ukraine": no talks
                                    if not (refusing and c.dep_ in ("xcomp", "advcl")))
                events.extend(coded)
                break
        events = _statements_as_reports(sdoc, _without_nested_nouns(sdoc, events), context.base.type_codes)
        return [e for e in events if e.trigger.start not in incomplete]  # (the accusation stays)

    def code_unparsed(self, sdoc, found: list[list[EventPattern]], context: Sentence) -> list[Event]:
        """Every trigger's events by position, for languages without a parser; what comes after a claim, an
        appeal/threat/… or a criticism in the same sentence is read as its content."""
        events: list[Event] = []
        claimants: dict[int, str] = {}  # sentence start → who claims what follows
        unrealised: set[int] = set()  # sentences where an appeal/threat/… came first
        critics: dict[int, str] = {}  # sentence start → who criticised what follows
        for token in sdoc:
            for pattern in found[token.i]:
                if not _required_nearby(token, pattern):
                    continue
                sentence = token.sent.start
                if sentence in unrealised and sentence not in claimants:
                    break
                coded = self.code_nearby(token, pattern, context, claimants.get(sentence))
                # what a condemner condemns is not their own act ("أدانت مصر الهجوم": Egypt did not attack);
                # someone else's named act still is ("verurteilte den russischen Angriff")
                coded = [e for e in coded if e.source is None or e.source != critics.get(sentence)]
                if pattern.claim and coded and coded[0].source:
                    claimants.setdefault(sentence, coded[0].source)
                elif pattern.cameo[:2] in UNREALISED and coded:
                    unrealised.add(sentence)
                elif pattern.cameo[:2] == "11" and coded and coded[0].source:
                    critics.setdefault(sentence, coded[0].source)
                events.extend(coded)
                break
        return events

    # -- parsed languages --------------------------------------------------------------------------------------
    def supports_an_event(self, token, ctx: Sentence) -> bool:
        """A support or receiving verb whose object or complement is an event noun ("convocó a una huelga",
        "received assurances")."""
        syntax, lemma = event_syntax(ctx.language), _lemma(token)
        if lemma not in syntax.support_verbs and lemma not in syntax.receiving_verbs:
            return False
        table = self.patterns_of(ctx.language)
        nouns = [n for c in token.children if c.dep_ in OBJECT + COMPLEMENT and not _about_a_day(c, ctx.language)
                 for n in _complement_nouns(c) if n.pos_ == "NOUN"]
        # a frame noun stands for its event ("convocaron a una jornada de protesta")
        nouns += [inner for n in nouns for inner in n.children if frame_of(inner, ctx.language).i == n.i != inner.i]
        return any(_is_event(n, table, ctx.language) for n in nouns)

    def code_trigger(self, token, pattern: EventPattern, ctx: Sentence, *, claimed_by: str | None = None,
                     subject_override: list[Actor] | None = None, incomplete: set[int] | None = None) -> list[Event]:
        """The events of one trigger under one pattern. ``incomplete`` is given when the trigger is what a
        statement reports: violence with a doer but not complete enough to stand alone is then still coded, and
        its start added to ``incomplete``, so that the statement becomes the speaker's accusation of the doer
        before the violence itself is dropped."""
        relaxed = False
        refused = token.dep_ in ("xcomp", "advcl") and ctx.parsed and \
            normalise(token.head.lemma_ or token.head.text) in event_syntax(ctx.language).refusal_heads
        if _hypothetical(token, ctx.language):
            return []  # "an effort to establish whether Trump withheld aid", "if Russia attacks"
        if pattern.cameo[:2] == "04" and any(c.dep_ == "oprd" for c in token.children):
            return []  # an object predicate names: "would call it a failure" is no call
        if pattern.cameo[:2] in VIOLENT and subject_override is None and _purpose_of_others(token):
            return []  # what someone is trained, sent or armed to do: "training the opposition to fight IS"
        if _negated(token, ctx.language) or refused:
            # "would not provide support", "refused to meet": a refused cooperation is CAMEO's rejection
            # (12x); any other negated or refused event did not happen
            if pattern.cameo[:2] not in COOPERATIVE or not (refused or announced(token, ctx.language)):
                return []
            pattern = replace(pattern, cameo=as_refusal(pattern.cameo))
        if subject_override is None and (wisher := wished_by_another(token, ctx.language)) is not None:
            # "Obama wants Putin to attack Switzerland": Obama's appeal to Putin, neither Putin's act nor his threat
            appeal = replace(pattern, cameo=as_appeal(pattern.cameo), requires=())
            return [self.make(wisher, appeal, ctx, s, t, claimed_by, CONFIDENT)
                    for s in [a for h in subjects_of(wisher) for a in ctx.actors_at(h)]
                    for t in [a for h in subjects_of(token) for a in ctx.actors_at(h)] if s.code != t.code]
        if pattern.cameo in ("020", "100"):
            pattern = self.what_is_asked(token, pattern, ctx)
        sources = subject_override if subject_override is not None else \
            self.fill(token, pattern.source, ctx) or self.weapon_users(token, pattern, ctx)
        targets = self.fill(token, pattern.target, ctx, skip=pattern.requires)
        if subject_override is None and (receiver := _receiving_verb(token, ctx.language)) is not None:
            # "received assurances from the government": the giver did it to the receiver
            givers = [a for p in event_syntax(ctx.language).giver_prepositions
                      for h in role_tokens(receiver, f"obl:{p}") + role_tokens(token, f"nmod:{p}")
                      for a in ctx.actors_at(h)]
            sources = sources or givers
            targets = [a for h in subjects_of(receiver) for a in ctx.actors_at(h)] or targets
        inherited = False
        # Only a trigger with no subject of its own takes the governing verb's ("fans attacked …" is about the
        # fans, whoever else the sentence names).
        if not sources and subject_override is None and token.pos_ in ("NOUN", "PROPN"):
            sources = self.modifier_actors(token, targets, ctx)  # "Russian strikes", "Russia's invasion"
        if not sources and subject_override is None and any(c.dep_ in PASSIVE_MARK for c in token.children):
            sources = self.agent_in_event(token, targets, ctx)  # "were killed in Israeli tank shelling"
        if not sources and subject_override is None and not has_own_subject(token, pattern, ctx):
            for heads in governing_subjects(token, ctx.language):
                sources = [a for h in heads for a in ctx.actors_at(h) or ctx.complement_actors(h)]
                if pattern.cameo[:2] in VIOLENT and token.pos_ == "NOUN" and \
                        support_verb_of(token, ctx.language) is None:
                    # who died "in an attack" did not make it, unless they were fighting ("deux miliciens sont
                    # morts lors d'une escarmouche contre l'armée"; not "cinco civiles murieron en un ataque")
                    sources = [a for a in sources if _armed(a.code)]
                if sources:
                    break
            # through a support verb the subject is the event's own ("Russia launched an attack")
            inherited = bool(sources) and support_verb_of(token, ctx.language) is None
        if sources and not targets and ctx.parsed:
            # an event with a doer may be aimed at a thing's country ("the Russian building") or at the "against"
            # phrase inside a complement ("mobilized reservists for a war against Iraq"); a doer-less one not
            targets = self.fill(token, pattern.target, ctx, skip=pattern.requires, target=True) or \
                self.aimed_at(token, ctx)
        if not targets and ctx.parsed and subject_override is None and pattern.cameo[:2] in ("02", "10", "13"):
            targets = self.content_targets(token, pattern, sources, ctx)
        if ctx.parsed and any(not a.anchored for a in sources + targets) and \
                (country := self.place_of(token, ctx, targets)) is not None:
            # "Manifestantes y policías se enfrentaron en Caracas": the protesters and police of where it happened
            sources, targets = ([ctx.localised(a, country) for a in actors] for actors in (sources, targets))
        speakers = obliged_by(token, ctx.language) if subject_override is None else []
        speaker_actors = [a for h in speakers for a in ctx.actors_at(h)]
        if speaker_actors and sources:  # "X said Y must …": X demands it of Y
            return [self.make(token, replace(pattern, cameo=as_demand(pattern.cameo)), ctx, s, t, claimed_by,
                              CONFIDENT) for s in speaker_actors for t in sources if s.code != t.code]
        if pattern.mutual and len(sources) >= 2 and not targets:
            pairs = [(s, t) for s, t in permutations(sources, 2) if s.code != t.code]
        else:
            pairs = [(s, t) for s, t in product(sources or [None], targets or [None])
                     if (s or t) and not (s and t and s.code == t.code)]
            if not pairs and sources:  # aimed only at themselves: "Iraqi Kurds demonstrated in Kirkuk"
                pairs = [(s, None) for s in sources]
        if claimed_by is None:  # what a claim alleges is kept apart (alleged) and may name one side only
            # an infinitive's controlled subject is its own ("students gathered to protest"); an event noun's or a
            # participle's is not ("concerned about his behaviour, as demonstrated by …")
            # (a finite verb without a subject is the same clause's subject's in pro-drop languages: "fueron
            # detenidos cuando protestaban"; a gerund is controlled: "continúan protestando")
            own = not inherited or (token.pos_ in ("VERB", "AUX") and "Part" not in token.morph.get("VerbForm")) \
                or (pattern.cameo[:2] == "14" and _in_manner(token, ctx.language))
            complete = [(s, t) for s, t in pairs if complete_enough(pattern.cameo, s, t, own_source=own)]
            if incomplete is not None and not complete and pattern.cameo[:2] in VIOLENT:
                # "the Observatory said eight people were killed in an air strike by government forces"
                complete, relaxed = [(s, t) for s, t in pairs if s is not None], True
            pairs = complete
        if pattern.cameo[:2] == "01" and ctx.parsed and claimed_by is None and \
                (demands := self.statement_demands(token, pattern, ctx, sources)):
            return demands
        events = [self.make(token, pattern, ctx, s, t, claimed_by,
                            CONFIDENT if s and t and not inherited else PARTIAL) for s, t in pairs]
        if relaxed:
            incomplete.update(e.trigger.start for e in events)
        if pattern.claim:
            claimant = sources[0].code if sources else None
            events.extend(self.code_claims(token, pattern, ctx, claimant))
        return events

    def statement_demands(self, token, pattern: EventPattern, ctx: Sentence, speakers: list[Actor]) -> list[Event]:
        """Saying another actor must do something is demanding it: "declared that China must drop barriers" →
        100 (the obliged event's own demand, see obliged_by, is the more specific when it has a pattern)."""
        words = event_syntax(ctx.language).obligation_auxiliaries
        obliged = [a for clause in claim_contents(token) if _has_auxiliary(clause, words)
                   for h in subjects_of(clause) if h.pos_ != "PRON" for a in ctx.actors_at(h)]
        demand = replace(pattern, cameo="100")
        return [self.make(token, demand, ctx, s, t, None, CONFIDENT) for s in speakers for t in obliged
                if s.code != t.code]

    @staticmethod
    def aimed_at(token, ctx: Sentence) -> list[Actor]:
        """The actor a complement of the trigger is aimed at, when no role names one: the "against"/"on" phrase
        (``target_prepositions``) inside its object or any complement."""
        for child in token.children:
            if child.dep_ in OBJECT + COMPLEMENT:
                for noun in _complement_nouns(child):
                    found = _aimed_in(noun, ctx)
                    if found:
                        return found
        return []

    @staticmethod
    def place_of(token, ctx: Sentence, targets: list[Actor]) -> str | None:
        """The country of the place the trigger's clause says it happened in ("en Caracas", "in the city of
        Kirkuk"): a country, a capital or a town or region the gazetteer places; not a target ("son soutien à
        l'Ukraine", "a protest in London")."""
        words = event_syntax(ctx.language).place_prepositions
        heads = [token] + ([token.head] if token.dep_ in CLIMB and token.head is not token else [])
        for head in heads:
            for child in head.children:
                if child.dep_ not in COMPLEMENT or _prep_of(child) not in words:
                    continue
                for noun in _complement_nouns(child):
                    if any(t.start <= noun.idx < t.end for t in targets):
                        continue
                    country = ctx.country_of(noun, 1, possessive_only=True)[0]  # "the city of Kirkuk"
                    entity = ctx.entity_at(noun.idx)
                    if not country and entity is not None and entity.type == "LOCATION":
                        actor = ctx.actor(noun)
                        country = actor.code[:3] if actor is not None and actor.anchored else \
                            ctx.place_country(entity)
                    if country and len(country) == 3:
                        return country
        return None

    def content_targets(self, token, pattern: EventPattern, sources: list[Actor], ctx: Sentence) -> list[Actor]:
        """Whom an appeal, demand or threat that names no one is aimed at: for an appeal or demand, the subject of
        the clause it asks for ("demanded that the US cancel plans" → the US); for a threat, the target of what it
        threatens ("threatened to deliver devastating blows to the United States and Israel")."""
        if pattern.cameo[:2] in ("02", "10"):
            return [a for clause in claim_contents(token) if clause.pos_ in ("VERB", "AUX")
                    for h in subjects_of(clause) if h.pos_ != "PRON" for a in ctx.actors_at(h)
                    if all(a.code != s.code for s in sources)]
        table = self.patterns_of(ctx.language)
        for child in _asked(token):
            for inner in trigger_patterns(child, table):
                if inner.claim or not _has_required(child, inner, language=ctx.language):
                    continue
                if found := self.fill(child, inner.target, ctx, skip=inner.requires):
                    return found
                break
        return []

    def what_is_asked(self, token, pattern: EventPattern, ctx: Sentence) -> EventPattern:
        """An unspecified appeal or demand takes its sub-code from what it asks for ("asked Obama to help Iran"
        → 023, "called for a ceasefire" → 0256, "demanded the release of" → 1053): the event in its complement
        clause, object or "for" complement."""
        table = self.patterns_of(ctx.language)
        for child in _asked(token):
            for inner in trigger_patterns(child, table):
                if inner.claim or inner.cameo[:2] in ("01", "02", "10") or \
                        not _has_required(child, inner, language=ctx.language):
                    continue
                shifted = as_appeal(inner.cameo) if pattern.cameo == "020" else as_demand(inner.cameo)
                return replace(pattern, cameo=shifted)
        return pattern

    def fill(self, token, roles: tuple[str, ...], ctx: Sentence, skip=frozenset(), target: bool = False) -> list[Actor]:
        """The actors in the first of ``roles`` that has any. A phrase headed by a word in ``skip`` (the
        pattern's required words) is part of the action unless it names whose: "contribute troops to X" is not
        aimed at troops, "received ministers from the Georgian government" receives GEOGOV. With ``target``, a
        thing stands for the country its own modifiers name ("the Russian building", "the refineries in Iran")."""
        found: list[Actor] = []
        for role in roles:
            for head in self.role_heads(token, role, ctx):
                actors = ctx.actors_at(head)
                if _lemma(head) in skip:
                    actors = [a for a in actors if a.anchored]
                if not actors and role in ("obj", "subj"):
                    actors = ctx.complement_actors(head)
                if not actors and role == "subj" and head.pos_ == "NOUN" and \
                        _is_event(head, self.patterns_of(ctx.language), ctx.language):
                    actors = self.modifier_actors(head, [], ctx)  # "US Predator attacks have killed …"
                if not actors and (role == "obj" or role.startswith("obl:")):
                    # "threatened further action against Russia", "called for sanctions against Iran": the
                    # target inside a thing done or asked for
                    actors = _aimed_in(head, ctx)
                if not actors and ctx.parsed and head.pos_ == "NOUN":
                    # a place or thing of a country stands for it: "bombarded part of Syria's second city"; as a
                    # target also "the Russian building", "the refineries in Iran"
                    country, start, end = ctx.country_of(head, 1, possessive_only=True)
                    if not country and target:  # (its own modifiers only: not "an inquiry into sales to Croatia")
                        country, start, end = ctx.country_of(head, 2)
                    if country:
                        actors.append(Actor(country, start, end))
                where = role.partition(":")[2] in event_syntax(ctx.language).place_prepositions
                if where:
                    # "protested in Beijing": the place's country, not the government its capital stands for
                    actors = [replace(a, code=a.code[:3]) if _named_as_place(ctx, a) else a for a in actors]
                if not actors and (target or where) and (entity := ctx.entity_at(head.idx)) is not None and \
                        (country := ctx.place_country(entity)):
                    # a town or region the gazetteer places, attacked or where it happened ("Russian troops
                    # attacked Kharkiv", "lifted a state of emergency in West Darfur State"); a namesake may
                    # mislead, so it never completes an event alone (see complete_enough)
                    actors.append(Actor(country, entity.start, entity.end, anchored=False, place=True))
                found.extend(actors)
            if found:
                break
        return found

    def weapon_users(self, token, pattern: EventPattern, ctx: Sentence) -> list[Actor]:
        """The armed forces of a country whose weapons or war vehicles did something ("Russian aircraft killed 46
        civilians" → RUSMIL; ``weapons`` in event_syntax.json). Only as doers: a helicopter shot down is no
        soldier."""
        weapons = event_syntax(ctx.language).weapons
        found = []
        for role in pattern.source:
            for head in self.role_heads(token, role, ctx):
                country, start, end = ctx.country_of(head, 1) if _lemma(head) in weapons else (None, 0, 0)
                if country and len(country) == 3:
                    found.append(Actor(country + "MIL", start, end))
            if found:
                break
        return found

    @staticmethod
    def modifier_actors(token, targets: list[Actor], ctx: Sentence) -> list[Actor]:
        """The actor an event noun's modifier names: a country adjective or name before it, or a possessive
        ("Israeli tank shelling", "Russia's invasion"), unless that is already the target."""
        found = []
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod:poss", "poss") and child.i < token.i:
                actor = ctx.actor(child)
                if actor is None and child.dep_ == "compound":  # "Israeli tank shelling"
                    actor = next((a for c in child.children if c.dep_ in ("amod", "compound")
                                  for a in [ctx.actor(c)] if a), None)
                # a country, group or person, not a bare role ("anti-government protests" are not by a government)
                if actor is not None and actor.anchored and all(actor.code != t.code for t in targets):
                    found.append(actor)
        return found

    def agent_in_event(self, token, targets: list[Actor], ctx: Sentence) -> list[Actor]:
        """Who did a passive act, from the event noun it happened in or by ("were killed in Israeli tank
        shelling", "killed by a Russian air strike"): that noun's country or group modifier, or its own agent
        ("killed in an air strike by government forces")."""
        table = self.patterns_of(ctx.language)
        for child in token.children:
            if child.dep_ == "agent":  # ClearNLP: "by" → pobj
                nouns = [c for c in child.children if c.dep_ == "pobj"]
            else:
                nouns = _complement_nouns(child) if child.dep_ in COMPLEMENT else []
            for noun in nouns:  # a gerund ("in Israeli tank shelling") may be tagged a verb
                if noun.pos_ in ("NOUN", "VERB") and _is_event(noun, table, ctx.language):
                    # its modifier, or its own "by" phrase ("killed in an air strike by government forces")
                    found = self.modifier_actors(noun, targets, ctx) or [
                        a for h in role_tokens(noun, "subj") + [n for p in AGENT_PREPOSITIONS
                                                                for n in role_tokens(noun, f"nmod:{p}")]
                        for a in ctx.actors_at(h) if all(a.code != t.code for t in targets)]
                    if found:
                        return found
        return []

    @staticmethod
    def role_heads(token, role: str, ctx: Sentence) -> list:
        """Phrases filling ``role``: the trigger's own dependents, and for a complement role also those of the
        word it forms the event with ("launched an air strike against X": the support verb's; "signed an
        agreement with X": the required noun's; "a wave of protests against X": the frame's)."""
        heads = role_tokens(token, role)
        kind, _, prep = role.partition(":")
        if not heads and kind in ("obj", "iobj") and (support := support_verb_of(token, ctx.language)) is not None:
            return role_tokens(support, "iobj")  # "provided support to Israel", "gave Israel aid"
        if heads or kind not in ("obl", "nmod"):
            return heads
        support = support_verb_of(token, ctx.language)
        partners = [support] if support is not None else []
        partners += [c for c in token.children if c.dep_ in OBJECT and c.pos_ in ("NOUN", "PROPN")]
        if (frame := frame_of(token, ctx.language)).i != token.i:  # "una ola de protestas contra Milosevic"
            partners.append(frame)
        # a thing the event is made of, that names no actor: "des frappes de missiles contre Kiev"
        partners += [n for c in token.children if c.dep_ in ("nmod", "prep") and _prep_of(c) in OF_PREPOSITIONS
                     for n in _complement_nouns(c) if n.pos_ == "NOUN" and not ctx.actors_at(n)]
        return [h for partner in partners for alias in (f"obl:{prep}", f"nmod:{prep}")
                for h in role_tokens(partner, alias)]

    def code_claims(self, token, pattern: EventPattern, ctx: Sentence, claimant: str | None) -> list[Event]:
        """Events a claim reports: "accused Azerbaijan of attacking" codes Azerbaijan attacking, alleged."""
        table = self.patterns_of(ctx.language)
        accused = self.fill(token, ("obj", "iobj"), ctx) or self.fill(token, pattern.target, ctx)
        events = []
        for child in claim_contents(token):
            for inner in trigger_patterns(child, table):
                if inner.claim or not _has_required(child, inner, language=ctx.language):
                    continue
                own = [a for h in role_tokens(child, "subj") for a in ctx.actors_at(h)]
                events.extend(self.code_trigger(child, inner, ctx, claimed_by=claimant,
                                                subject_override=own or accused or None))
                break
        return events

    # -- languages without a parser ----------------------------------------------------------------------------
    def code_nearby(self, token, pattern: EventPattern, ctx: Sentence, claimed_by: str | None = None) -> list[Event]:
        """Source and target by position: the nearest actor before the trigger and the nearest after it, or as the
        language's word order says (``word_order`` in nlp.json: verb-first clauses, verb-final clauses)."""
        if _negated_nearby(token, ctx.language):
            return []
        order = ctx.word_order
        clause = _clause_of(token)
        left = _actors_in(ctx, reversed([t for t in clause if t.i < token.i]))
        right = _actors_in(ctx, [t for t in clause if t.i > token.i])
        source, target = (left or [None])[0], (right or [None])[0]
        if not left and len(right) >= 1 and order.get("verb_first"):
            source, target = right[0], (right[1] if len(right) > 1 else None)
        elif not right and len(left) >= 2 and _verb_final(token, order):
            near, far = left[0], left[1]
            agent = near.start > 0 and _word_before(ctx.doc.body, near.start) in order.get("agent_prepositions", ())
            source, target = (near, far) if agent else (far, near)
        if source is not None and source.place:  # a town attacked is no attacker
            source = None
        if not source and not target:
            return []
        if source and target and source.code == target.code:
            target = None
        if claimed_by is None and not complete_enough(pattern.cameo, source, target, own_source=True):
            return []
        return [self.make(token, pattern, ctx, source, target, claimed_by, NO_PARSE)]

    # -- records -----------------------------------------------------------------------------------------------
    def make(self, token, pattern: EventPattern, ctx: Sentence, source: Actor | None, target: Actor | None,
             claimed_by: str | None, confidence: float) -> Event:
        shift = ctx.parsed and pattern.cameo[:2] not in ("12",) and announced(token, ctx.language) and \
            (pattern.cameo[:2] != "14" or _conditional(token, ctx.language))  # data/cameo/intent.tsv
        code = event_code(as_intent(pattern.cameo) if shift else pattern.cameo)
        start, end = token.idx, token.idx + len(token)
        for child in ctx.kids(token):
            if normalise(child.lemma_) in pattern.requires:
                start, end = min(start, child.idx), max(end, child.idx + len(child))
        body = ctx.doc.body
        return Event(
            source=source.code if source else None, target=target.code if target else None,
            cameo=code.code, root=code.root, quad_class=code.quad_class, goldstein=code.goldstein,
            plover=code.plover, plover_mode=code.plover_mode, date=_event_date(token, ctx),
            confidence=round(confidence * (0.8 if claimed_by else 1.0), 2), sentence=ctx.doc.sentence_of(start),
            trigger=Span(start, end, body[start:end]),
            source_span=Span(source.start, source.end, body[source.start:source.end]) if source else None,
            target_span=Span(target.start, target.end, body[target.start:target.end]) if target else None,
            alleged=claimed_by is not None, claimed_by=claimed_by, language=ctx.language)


def _armed(code: str) -> bool:
    """An actor code of fighters: armed forces, police, rebels, insurgents, militant groups."""
    return code.startswith("IMG") or any(code[i:i + 3] in ARMED for i in range(0, len(code), 3))


def _aimed_in(noun, ctx: Sentence) -> list[Actor]:
    """The actors of a noun's complements introduced by a ``target_prepositions`` word ("action against Russia")."""
    words = event_syntax(ctx.language).target_prepositions
    return [a for child in noun.children if child.dep_ in ("nmod", "prep") and _prep_of(child) in words
            for item in _complement_nouns(child) for a in ctx.actors_at(item)]


def _named_as_place(ctx: Sentence, actor: Actor) -> bool:
    """The actor was found as a place name (a capital standing for its country's government)."""
    entity = ctx.entity_at(actor.start)
    return entity is not None and entity.type == "LOCATION" and len(actor.code) > 3


def complete_enough(cameo: str, source: Actor | None, target: Actor | None, *, own_source: bool) -> bool:
    """Material conflict (QuadClass 4) needs both its actors, one of them more than a bare role: a one-sided
    "fighting", "killed" or "arrested", or "police arrested six people", in a sports or crime story is how
    phantom conflict starts. Protest is the exception: protesters named in the trigger's own clause make an
    event without a target, or against a bare role ("des milliers de manifestants ont défilé", "los campesinos
    que protestan contra el gobierno"); so is a show of force (15x) by a named country or group. A consultation
    (04) with one side needs it to be a country, organisation or person: a crowd gathering is no consultation
    ("miles de manifestantes se reunieron"). The town or region where it happened completes an event only for a
    doer named in the trigger's own clause ("Gbagbo will extend the curfew in Abidjan"; not "Trump said at a rally
    in Louisiana")."""
    if target is not None and target.place and not own_source:
        target = None
    if cameo[:2] == "04" and not (source and target):
        return any(a is not None and a.anchored for a in (source, target))
    if event_code(cameo).quad_class != 4:
        return True
    protest = cameo[:2] == "14" and source is not None and own_source
    if source and target:
        return source.anchored or target.anchored or protest
    if target and cameo[:2] == "14":  # "una ola de protestas contra Milosevic": whoever protests, it is a protest
        return target.anchored
    # a show of force by a named country or group needs no target ("Britain mobilized army reservists"), nor does
    # a curfew, a state of emergency or martial law ("Iraq's government is prepared to impose martial law")
    posture = cameo[:2] == "15" and source is not None and source.anchored and own_source
    restriction = cameo in ("1723", "1724") and source is not None and source.anchored
    return protest or posture or restriction


def _noun_pattern(pattern: EventPattern) -> bool:
    """A pattern for an event noun: its targets are all a noun's complements (``nmod:…``)."""
    return bool(pattern.target) and all(role.startswith("nmod:") for role in pattern.target)


def _is_event(token, table: dict[str, list[EventPattern]], language: str) -> bool:
    """The word is an event trigger here: one of its patterns has its required words ("crash" alone is not)."""
    return any(_has_required(token, p, language=language) for p in trigger_patterns(token, table))


def trigger_patterns(token, table: dict[str, list[EventPattern]]) -> list[EventPattern]:
    """Patterns whose trigger is the token's lemma or, failing that, its written form."""
    if token.is_punct or token.is_space or token.like_num:
        return []
    lemma, form = _lemma(token), normalise(token.text)
    return table.get(lemma) or (table.get(form, []) if form != lemma else [])


def _clause_of(token) -> list:
    """The tokens of the trigger's clause, without a parse: the sentence cut at ";" and at a comma or colon
    that has actor-free text on the trigger's side."""
    sentence = list(token.sent)
    start, end = 0, len(sentence)
    for n, t in enumerate(sentence):
        if t.text in (";", ":", "—") or (t.text == "," and t.i > token.i):
            if t.i < token.i:
                start = n + 1
            elif t.i > token.i:
                end = n
                break
    return sentence[start:end] or sentence


def _actors_in(ctx: Sentence, tokens) -> list[Actor]:
    """The distinct actors of a run of tokens, in the run's order; a country word next to a more specific actor
    of that country is one actor ("den französischen Präsidenten Emmanuel Macron" is FRAGOV, not FRA)."""
    found: list[Actor] = []
    for t in tokens:
        actor = ctx.actor(t)
        entity = ctx.entity_at(t.idx) if actor is None else None
        if entity is not None and entity.start == t.idx and (country := ctx.place_country(entity)):
            actor = Actor(country, entity.start, entity.end, anchored=False, place=True)  # "Charkiw angegriffen"
        if actor is None or any(a.start == actor.start and a.end == actor.end for a in found):
            continue
        near = found[-1] if found else None
        if near is not None and min(abs(actor.start - near.end), abs(near.start - actor.end)) <= 30:
            if actor.code.startswith(near.code) and actor.code != near.code:
                found[-1] = Actor(actor.code, min(near.start, actor.start), max(near.end, actor.end),
                                  actor.anchored)
                continue
            if near.code.startswith(actor.code):
                continue
        found.append(actor)
    return found


def _verb_final(token, order: dict) -> bool:
    """A trigger that ends its clause ("… Israel kritisiert.", "… angegriffen worden"): the verb-final order."""
    after = order.get("verb_final_after")
    if after is None:
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is None or nxt.is_punct or normalise(nxt.text) in after


def _word_before(body: str, offset: int) -> str:
    words = body[max(0, offset - 30):offset].split()
    return normalise(words[-1]) if words else ""


def _required_nearby(token, pattern: EventPattern, window: int = 3) -> bool:
    """Without a parse, a required word counts within a few words of the trigger (or later in its clause for
    separable verb particles)."""
    if not pattern.requires:
        return True
    doc = token.doc
    near = {normalise(t.lemma_ or t.text) for t in doc[max(token.sent.start, token.i - window):
                                                       min(token.sent.end, token.i + window + 1)]}
    near |= {normalise(t.text) for t in _clause_of(token) if t.i > token.i}
    return all(word in near for word in pattern.requires)


def _has_required(token, pattern: EventPattern, cache: dict | None = None, language: str | None = None) -> bool:
    """The pattern's required words are among the trigger's dependents (or its head); an ``intransitive`` pattern
    also needs a trigger without object or complement clause ("demonstrated in Paris", not "demonstrated that")."""
    if pattern.intransitive and any(c.dep_ in OBJECT + INDIRECT + ("ccomp", "xcomp") for c in token.children):
        return False
    if not pattern.requires:
        return True
    near = cache.get(token.i) if cache is not None else None
    if near is None:
        # the trigger's dependents and theirs ("attend a summit on …"; through ClearNLP's preposition, an object's
        # "of" complement: "lifted a state of emergency"), and its head; not a time phrase ("called the centre on
        # Thursday" is no "call on")
        near = {normalise(t.lemma_) for c in token.children if c.dep_ != "aux" and not _about_a_day(c, language)
                for t in (c, *c.children, *(p for g in c.children if c.dep_ in OBJECT and g.dep_ == "prep" and
                                            _lemma(g) in OF_PREPOSITIONS for p in g.children if p.dep_ == "pobj"))
                } | {normalise(token.head.lemma_)}
        if cache is not None:
            cache[token.i] = near
    return all(word in near for word in pattern.requires)


def _about_a_day(phrase, language: str | None) -> bool:
    """A complement naming a weekday ("on Thursday")."""
    return language is not None and any(weekday_of(t.text, language) is not None
                                        for t in (phrase, *phrase.children))


def _negated(token, language: str) -> bool:
    """The trigger, or the support verb of an event noun ("would not provide support"), is negated."""
    words = negation_words(language)
    return any(c.dep_ in ("neg", "advmod", "det") and normalise(c.lemma_ or c.text) in words
               for verb in with_support_verb(token, language) for c in verb.children)


def _hypothetical(token, language: str) -> bool:
    """The trigger's clause is a question, a condition or a guess ("whether …", "if …", "si …", "is likely to
    …"): the trigger, or a word on the way up to its clause's verb, is introduced by one of the language's
    ``hypothetical_marks``, or the trigger is the complement of one ("likely")."""
    words = event_syntax(language).hypothetical_marks
    if token.dep_ in ("xcomp", "ccomp", "csubj") and token.head is not token and _lemma(token.head) in words:
        return True
    node, steps = token, 0
    while True:
        if any(c.dep_ == "mark" and normalise(c.lemma_ or c.text) in words for c in node.children):
            return True
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i or steps == 3:
            return False
        node, steps = node.head, steps + 1


def _conditional(token, language: str) -> bool:
    """The trigger (or its support verb) has a condition clause ("will boycott the elections unless …")."""
    words = event_syntax(language).hypothetical_marks
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and _lemma(m) in words for m in c.children)
               for verb in with_support_verb(token, language) for c in verb.children)


def _purpose_of_others(token) -> bool:
    """An infinitive whose doer is the governing verb's object ("trained the rebels to fight", "sent troops to
    attack"): what they are meant to do, not yet done."""
    return "Inf" in token.morph.get("VerbForm") and token.dep_ in ("xcomp", "advcl") and token.head is not token \
        and any(c.dep_ in OBJECT for c in token.head.children if c is not token)


def _negated_nearby(token, language: str) -> bool:
    words = negation_words(language)
    return any(normalise(t.text) in words for t in token.doc[max(token.sent.start, token.i - 3):token.i])


def _event_date(token, ctx: Sentence) -> date | None:
    """A weekday in the trigger's clause dates the event; otherwise the article's date."""
    published = ctx.doc.published
    if published is None:
        return None
    if ctx.parsed:
        clause = [token] + ([token.head] if token.pos_ == "NOUN" else [])
        candidates = [c for head in clause for child in head.children for c in (child, *child.children)]
    else:  # the words around the trigger in its clause
        candidates = [t for t in _clause_of(token) if abs(t.i - token.i) <= 6]
    for cand in candidates:
        day = weekday_of(cand.text, ctx.language)
        if day is None:
            day = weekday_of(cand.lemma_, ctx.language)
        if day is not None:
            return last_weekday(day, published)
    return published


def _statements_as_reports(sdoc, events: list[Event], type_codes: frozenset[str] = frozenset()) -> list[Event]:
    """A statement (CAMEO 01) whose reported clause holds an event is only how that event is reported ("Japan
    said it had halted aid" is the halting): keep the event, not the saying. When a country, organisation or
    person reports another actor's violence ("The US said Iraq had attacked …"), the violence is alleged by the
    speaker and the saying is the speaker's accusation of the attacker (112); its own violence, an acknowledgement
    (015)."""
    by_start = {t.idx: t for t in sdoc}
    kept = list(events)
    for event in events:
        token = by_start.get(event.trigger.start)
        if event.root != "01" or token is None or event.alleged:
            continue
        inside = {t.idx for c in claim_contents(token) for t in c.subtree}
        reported = [e for e in kept if e is not event and e.trigger.start in inside]
        if not reported:
            continue
        kept.remove(event)
        speaker = event.source
        if speaker is None or speaker in type_codes:
            continue
        for other in reported:
            if other.root in VIOLENT and other.source == speaker and other.claimed_by in (None, speaker):
                # a speaker reporting its own violence acknowledges it (015): "The US claimed that they had
                # attacked Iraq", "Russia said it had struck targets in Syria"
                kept.append(replace(with_code(event, "015"), target=other.target, target_span=other.target_span))
                continue
            if other.root not in VIOLENT or other.source is None or \
                    (other.alleged and other.claimed_by != speaker):
                continue
            if not other.alleged:
                kept[kept.index(other)] = replace(other, alleged=True, claimed_by=speaker,
                                                  confidence=round(other.confidence * 0.8, 2))
            kept.append(replace(with_code(event, "112"), target=other.source, target_span=other.source_span))
    return kept


def _without_nested_nouns(sdoc, events: list[Event]) -> list[Event]:
    """Without the doer-less event nouns that are what another coded event is about ("cancelled a planned visit to
    Haiti", "agreed to US mediation in the talks with the Palestinians"): the outer event says what became of
    them."""
    by_start = {t.idx: t for t in sdoc}
    triggers = {e.trigger.start for e in events if e.root != "01"}  # (a statement only reports what it says)

    def nested(event: Event) -> bool:
        token = by_start.get(event.trigger.start)
        if event.source is not None or event.alleged or token is None or token.pos_ != "NOUN":
            return False
        for _ in range(3):  # the noun, its preposition (ClearNLP), the governing trigger
            if token.head is token or token.dep_ not in CLIMB:
                return False
            token = token.head
            if token.idx in triggers:
                return True
            if token.pos_ in ("VERB", "AUX"):
                return False  # another verb's ("the visit, which has raised protests in Israel")
        return False

    return [e for e in events if not nested(e)]


def _one_per_trigger(events: list[Event]) -> list[Event]:
    """A verb pattern that requires a noun ("staged a protest", 141) and the noun's own pattern ("protest" in
    Beijing, 140) code one event: the one that found a target, with the more specific of the two codes."""
    kept = list(events)
    for a in events:
        for b in events:
            if a is b or a not in kept or b not in kept or a.target is not None or b.target is None:
                continue
            if (a.sentence, a.source, a.root, a.alleged) != (b.sentence, b.source, b.root, b.alleged):
                continue
            if a.trigger.start < b.trigger.end and b.trigger.start < a.trigger.end:
                kept.remove(a)
                if len(a.cameo) > len(b.cameo) or (a.cameo != a.root + "0" and b.cameo == b.root + "0"):
                    kept[kept.index(b)] = with_code(b, a.cameo)
    return kept


def with_code(event: Event, cameo: str) -> Event:
    """The event with another CAMEO code (and the root, QuadClass, Goldstein and PLOVER type that follow)."""
    code = event_code(cameo)
    return replace(event, cameo=code.code, root=code.root, quad_class=code.quad_class, goldstein=code.goldstein,
                   plover=code.plover, plover_mode=code.plover_mode)


def _best(events: list[Event]) -> list[Event]:
    """One event per sentence, actor pair and root: the most specific code wins ("conversation téléphonique"
    041 over "discuter" 040)."""
    best: dict[tuple, Event] = {}
    for event in events:
        key = (event.sentence, event.source, event.target, event.root, event.alleged)
        kept = best.get(key)
        if kept is None or (len(event.cameo), event.cameo != event.root + "0", event.confidence) > \
                (len(kept.cameo), kept.cameo != kept.root + "0", kept.confidence):
            best[key] = event
    return sorted(best.values(), key=lambda e: (e.trigger.start, e.source or "", e.target or ""))
