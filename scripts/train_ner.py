"""Train a compact spaCy named-entity recogniser for one language and write it to ``data/models/ner-<lang>/``.

Where the training data comes from
----------------------------------
Only *train* splits of public corpora, read straight out of bare git mirrors of their GitHub repositories
(``--mirrors``, default ``/work/.mirror``; a mirror of ``owner/name`` lives in ``<mirrors>/owner+name/repo``).
Every file is pinned to a commit (see ``SOURCES`` below):

- ``Babelscape/wikineural`` ``data/wikiann/<lang>/train.conllu``: WikiANN (Pan et al. 2017), silver Wikipedia
  annotation with PER, LOC and ORG (no MISC), 20,000 sentences a language; licence ODC-BY / "unknown" as
  redistributed by the WikiNEuRal authors (CC BY-NC-SA 4.0 for their repository).
- ``Babelscape/wikineural`` ``data/conll/<lang>/train.conllu``: CoNLL-2003 (English, German) and CoNLL-2002
  (Spanish) training sets, news text with PER, LOC, ORG and MISC; research use only (Reuters / Frankfurter
  Rundschau / EFE terms).
- ``UKPLab/linspector`` ``extrinsic/data/ner/ru/train.txt``: a CC BY 4.0 sample of Russian WikiNER (Nothman et
  al. 2013), Wikipedia text with PER, LOC, ORG and MISC.

Never used: WikiNEuRal validation or test files, WikiANN dev or test files, or any other evaluation split.

Sources without a MISC type would teach the model that every MISC entity is plain text. In their sentences
the tokens tagged ``O`` that could start or belong to a name (a capital letter or a digit) are therefore left
*unannotated* (spaCy's missing value) rather than marked as outside: the model learns PER/LOC/ORG from them
and learns MISC and plain text only from sources that annotate MISC.

The pipeline is ``sentencizer`` + ``ner`` whose model embeds its own token-to-vector layer: hash embeddings
of NORM, PREFIX, SUFFIX and SHAPE and a CNN encoder, no pretrained vectors. Training runs on the CPU for a
bounded wall-clock time (``--minutes``); a held-out slice of the training data (never an evaluation set)
picks the best checkpoint, with parameter averaging.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import minibatch
from thinc.api import Adam

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("PER", "LOC", "ORG", "MISC")
LABEL_MAP = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC", "ORG": "ORG",
             "ORGANIZATION": "ORG", "MISC": "MISC", "OTH": "MISC"}
WIKINEURAL = ("Babelscape/wikineural", "d2e28c770cba2b285e742529ae18ed849e336c65")
LINSPECTOR = ("UKPLab/linspector", "46a7cca6ad34dc673feb47c4d452f1248d5e635b")


@dataclass(frozen=True)
class Source:
    """One training file: where it lives, how to read it, what it annotates and under which terms."""

    name: str
    lang: str
    repo: str
    commit: str
    path: str
    licence: str
    has_misc: bool
    token_column: int = -2  # the tag is always the last column

    def describe(self) -> dict:
        return {"name": self.name, "repo": self.repo, "commit": self.commit, "path": self.path,
                "licence": self.licence, "has_misc": self.has_misc}


WIKIANN_LICENCE = ("WikiANN (Pan et al. 2017) as redistributed in Babelscape/wikineural "
                   "(CC BY-NC-SA 4.0 repository)")
CONLL03_LICENCE = ("CoNLL-2003 shared task data: research use only "
                   "(Reuters RCV1 / Frankfurter Rundschau terms)")
CONLL02_LICENCE = "CoNLL-2002 shared task data (EFE news agency): research use only"
WIKINER_LICENCE = "WikiNER (Nothman et al. 2013), CC BY 4.0; sample by UKPLab/linspector (CC BY 4.0)"

SOURCES = {s.name: s for s in (
    *(Source(f"wikiann-{lang}", lang, *WIKINEURAL, f"data/wikiann/{lang}/train.conllu", WIKIANN_LICENCE,
             False) for lang in ("de", "en", "es", "ru")),
    Source("conll03-en", "en", *WIKINEURAL, "data/conll/en/train.conllu", CONLL03_LICENCE, True),
    Source("conll03-de", "de", *WIKINEURAL, "data/conll/de/train.conllu", CONLL03_LICENCE, True),
    Source("conll02-es", "es", *WIKINEURAL, "data/conll/es/train.conllu", CONLL02_LICENCE, True),
    Source("wikiner-ru", "ru", *LINSPECTOR, "extrinsic/data/ner/ru/train.txt", WIKINER_LICENCE, True,
           token_column=0),
)}
DEFAULT_SOURCES = {
    "de": ["conll03-de", "wikiann-de"],
    "en": ["conll03-en", "wikiann-en"],
    "es": ["conll02-es", "wikiann-es"],
    "ru": ["wikiner-ru", "wikiann-ru"],
}


# ---------------------------------------------------------------------------------------------------- reading

def read_text(source, mirrors: Path) -> str:
    """The file's text at its pinned commit (``source`` has ``repo``, ``commit``, ``path``), from the bare mirror of
    its repository; a missing mirror or file ends the script with a message."""
    git_dir = mirrors / source.repo.replace("/", "+") / "repo"
    if not git_dir.is_dir():
        sys.exit(f"no mirror of {source.repo} at {git_dir} (bring it here first)")
    out = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{source.commit}:{source.path}"],
                         capture_output=True)
    if out.returncode != 0:
        sys.exit(f"{source.repo}@{source.commit[:7]}:{source.path}: {out.stderr.decode().strip()}")
    return out.stdout.decode("utf-8", errors="replace")


def read_sentences(text: str, token_column: int) -> list[tuple[list[str], list[str]]]:
    """(tokens, tags) per sentence of a one-token-a-line file; blank lines separate sentences."""
    sentences, tokens, tags = [], [], []
    for line in [*text.split("\n"), ""]:
        line = line.rstrip("\r")
        if not line.strip():
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if len(cols) < 2 or line.startswith("#") or cols[token_column] == "-DOCSTART-":
            continue
        tokens.append(cols[token_column])
        tags.append(cols[-1].strip() or "O")
    return sentences


def tag_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans (first token, end token, label) from IOB1, IOB2 or BIOES tags; unknown labels dropped."""
    spans, start, kind = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-") if "-" in tag else (tag, "", "")
        label = LABEL_MAP.get(label.upper(), "")
        begins = prefix in ("B", "S", "U") or (prefix in ("I", "E", "L") and label != kind)
        if start is not None and (prefix == "O" or begins or not label):
            spans.append((start, i, kind))
            start, kind = None, None
        if prefix in ("B", "S", "U", "I", "E", "L") and label and start is None:
            start, kind = i, label
        if prefix in ("S", "U", "E", "L") and start is not None:
            spans.append((start, i + 1, kind))
            start, kind = None, None
    return spans


def looks_noisy(tokens: list[str], tags: list[str], max_lower: int) -> bool:
    """A silver sentence not worth learning from: a bare title or redirect (nearly every token inside an
    entity), or a "name" made of several long lower-case words (an article title typed as ORG: "Teorema
    fundamental del cálculo"); ``max_lower`` 0 keeps the latter (Russian names are written that way)."""
    spans = tag_spans(tags)
    inside = sum(e - s for s, e, _ in spans)
    if len(tokens) < 4 or inside >= 0.7 * len(tokens):
        return True
    return bool(max_lower) and any(
        sum(1 for w in tokens[s:e] if w[:1].islower() and len(w) > 3) > max_lower for s, e, _ in spans)


def surname_variant(tokens: list[str], tags: list[str]) -> tuple[list[str], list[str]] | None:
    """The sentence with each multi-word person name cut to its last word ("Pierre Curie" → "Curie"), as
    news and encyclopaedias name people after the first mention; None if it names nobody that way."""
    spans = tag_spans(tags)
    cut = {(s, e) for s, e, k in spans if k == "PER" and e - s >= 2 and all(could_be_name(w) for w in tokens[s:e])}
    if not cut:
        return None
    starts = {s: (e, k) for s, e, k in spans}
    new_tokens, new_tags, i = [], [], 0
    while i < len(tokens):
        if i in starts:
            e, k = starts[i]
            words = tokens[e - 1:e] if (i, e) in cut else tokens[i:e]
            new_tokens += words
            new_tags += [f"B-{k}"] + [f"I-{k}"] * (len(words) - 1)
            i = e
        else:
            new_tokens.append(tokens[i])
            new_tags.append("O")
            i += 1
    return new_tokens, new_tags


def could_be_name(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


def word_counts(corpora: list[list[tuple[list[str], list[str]]]]) -> tuple[dict[str, int], dict[str, int]]:
    """How often each capitalised word is seen outside and inside entities."""
    outside: dict[str, int] = {}
    inside: dict[str, int] = {}
    for sentences in corpora:
        for tokens, tags in sentences:
            for token, tag in zip(tokens, tags, strict=False):
                if could_be_name(token):
                    counter = outside if tag == "O" else inside
                    counter[token] = counter.get(token, 0) + 1
    return outside, inside


def plain_words(full: list[list[tuple[list[str], list[str]]]], partial: list[list[tuple[list[str], list[str]]]],
                min_full: int = 2, min_partial: int = 0) -> set[str]:
    """Capitalised words taken as plain text in sources without MISC: those the fully annotated sources (with
    MISC) show at least ``min_full`` times outside entities and almost never inside one ("Jahr", "However"),
    and, if ``min_partial``, those the partial sources themselves show that often outside and never inside
    an entity (German common nouns: "Saison", "Trainer")."""
    plain = set()
    for corpora, least, most in ((full, min_full, 0.05), (partial, min_partial, 0.0)):
        if not least:
            continue
        outside, inside = word_counts(corpora)
        plain |= {w for w, n in outside.items() if n >= least and inside.get(w, 0) <= most * n}
    return plain


def lower_words(corpora: list[list[tuple[list[str], list[str]]]]) -> set[str]:
    return {t for sentences in corpora for tokens, _ in sentences for t in tokens if t[:1].islower()}


def make_example(nlp: Language, tokens: list[str], tags: list[str], has_misc: bool,
                 plain: set[str] | None = frozenset(), lower: set[str] = frozenset()) -> Example | None:
    """A training example: the reference holds the gold tokens and entities, the predicted side is the text as
    the language's tokenizer splits it (as at run time), so spaCy aligns the two. Without MISC annotation, a
    token outside the entities that could be part of a name is left unannotated unless it is a known plain
    word, or opens the sentence and is otherwise seen in lower case ("Die", "However"); with ``plain`` None,
    every token outside the entities is taken as plain text."""
    tokens = [t for t in tokens if t.strip()]
    if not tokens or len(tokens) != len(tags):
        return None
    reference = Doc(nlp.vocab, words=tokens, spaces=[True] * len(tokens))
    spans = [Span(reference, s, e, label=k) for s, e, k in tag_spans(tags)]
    inside = {i for s, e, _ in tag_spans(tags) for i in range(s, e)}
    missing = [] if has_misc or plain is None else [Span(reference, i, i + 1) for i, t in enumerate(tokens)
                                   if i not in inside and could_be_name(t) and t not in plain
                                   and not (i == 0 and t.lower() in lower)]
    reference.set_ents(spans, missing=missing, default="outside")
    return Example(nlp.make_doc(reference.text), reference)


# ---------------------------------------------------------------------------------------------------- model

def build_pipeline(lang: str, width: int, depth: int, rows: list[int], hidden: int) -> Language:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    tok2vec = {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": width,
                  "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": rows,
                  "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width, "depth": depth,
                   "window_size": 1, "maxout_pieces": 3},
    }
    model = {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
             "extra_state_tokens": False, "hidden_width": hidden, "maxout_pieces": 2, "use_upper": True,
             "nO": None, "tok2vec": tok2vec}
    nlp.add_pipe("ner", config={"model": model})
    return nlp


def evaluate(nlp: Language, examples: list[Example]) -> dict:
    scores = nlp.evaluate(examples, batch_size=256)
    return {"f": scores.get("ents_f") or 0.0, "p": scores.get("ents_p") or 0.0,
            "r": scores.get("ents_r") or 0.0,
            "per_type": {k: round(v["f"], 4) for k, v in (scores.get("ents_per_type") or {}).items()}}


def directory_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def train(args: argparse.Namespace) -> dict:
    random.seed(args.seed)
    names = args.sources or DEFAULT_SOURCES[args.lang]
    sources = [SOURCES[n] for n in names]
    nlp = build_pipeline(args.lang, args.width, args.depth, args.rows, args.hidden)

    train_examples, dev_examples, used = [], [], []
    corpora = {}
    for source in sources:
        sentences = read_sentences(read_text(source, args.mirrors), source.token_column)
        random.shuffle(sentences)
        if args.clean_partial and not source.has_misc:
            kept = [(toks, tags) for toks, tags in sentences if not looks_noisy(toks, tags, args.max_lower)]
            print(f"{source.name}: {len(sentences) - len(kept)} noisy sentences left out", flush=True)
            sentences = kept
        sentences = sentences[:args.max_sentences] if args.max_sentences else sentences
        if args.surnames:
            variants = [v for toks, tags in sentences if random.random() < args.surnames
                        and (v := surname_variant(toks, tags))]
            print(f"{source.name}: {len(variants)} surname-only copies", flush=True)
            sentences = sentences + variants
            random.shuffle(sentences)
        corpora[source.name] = sentences
    full = [corpora[s.name] for s in sources if s.has_misc]
    partial = [corpora[s.name] for s in sources if not s.has_misc]
    plain = plain_words(full, partial, args.plain_min_full, args.plain_min_partial)
    lower = lower_words(full + partial)
    print(f"{len(plain)} capitalised words taken as plain text in sources without MISC", flush=True)
    for source in sources:
        sentences = corpora[source.name]
        examples = [ex for toks, tags in sentences
                    if (ex := make_example(nlp, toks, tags, source.has_misc,
                                           plain if args.unsure_missing else None, lower))]
        n_dev = min(args.dev_size, len(examples) // 10) if source.has_misc else 0
        dev_examples += examples[:n_dev]
        train_examples += examples[n_dev:]
        used.append({**source.describe(), "sentences": len(sentences), "train": len(examples) - n_dev,
                     "held_out": n_dev})
        print(f"{source.name}: {len(sentences)} sentences ({n_dev} held out)", flush=True)
    if not dev_examples:
        dev_examples, train_examples = train_examples[:args.dev_size], train_examples[args.dev_size:]

    optimizer = Adam(learn_rate=args.learn_rate, L2=1e-6, grad_clip=1.0, use_averages=True)
    nlp.initialize(lambda: train_examples[:2000], sgd=optimizer)
    out = args.out or ROOT / "data" / "models" / f"ner-{args.lang}"
    started, best, last_eval, epoch, step = time.perf_counter(), None, time.perf_counter(), 0, 0
    deadline = started + args.minutes * 60
    history = []
    steps_per_epoch = -(-len(train_examples) // args.batch_size)
    while time.perf_counter() < deadline and epoch < args.max_epochs:
        epoch += 1
        random.shuffle(train_examples)
        losses: dict[str, float] = {}
        for batch in minibatch(train_examples, size=args.batch_size):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
            step += 1
            now = time.perf_counter()
            last_batch = epoch == args.max_epochs and step % steps_per_epoch == 0
            if now - last_eval >= args.eval_every or now >= deadline or last_batch:
                last_eval = now
                with nlp.use_params(optimizer.averages):
                    scores = evaluate(nlp, dev_examples)
                    elapsed = (now - started) / 60
                    history.append({"minutes": round(elapsed, 1), "epoch": epoch, "step": step, **scores})
                    print(f"{elapsed:6.1f} min  epoch {epoch}  step {step}  "
                          f"loss {losses.get('ner', 0):9.1f}  "
                          f"held-out F {scores['f']:.4f} (P {scores['p']:.3f} R {scores['r']:.3f}) "
                          f"{scores['per_type']}", flush=True)
                    if best is None or scores["f"] > best["f"]:
                        best = {**scores, "minutes": round(elapsed, 1), "epoch": epoch, "step": step}
                        save(nlp, out, args, used, best)
                if now >= deadline:
                    break
    size = directory_size(out)
    print(f"best held-out F {best['f']:.4f} at {best['minutes']} min; {out} is {size / 1e6:.1f} MB",
          flush=True)
    return {"best": best, "history": history, "size": size}


def save(nlp: Language, out: Path, args: argparse.Namespace, used: list[dict], best: dict) -> None:
    nlp.meta.update({
        "name": f"ner_{args.lang}", "version": "1.0.0", "lang": args.lang,
        "description": "Compact NER (hash-embedding CNN tok2vec + transition-based NER, no vectors) "
                       "trained by newsgraph scripts/train_ner.py",
        "sources": used,
        "labels": {"ner": list(LABELS)},
        "performance": {"held_out_f": round(best["f"], 4), "held_out_p": round(best["p"], 4),
                        "held_out_r": round(best["r"], 4)},
        "license": "non-commercial research use: trained on " + "; ".join(sorted({u["licence"] for u in used})),
        "training": {"minutes": best["minutes"], "epoch": best["epoch"],
                     "options": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()}},
    })
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    # The string store would hold every word seen in training; the hash embeddings do not need them (they hash
    # the text at run time), so only the labels are kept: the same predictions from a third of the size.
    (tmp / "vocab" / "strings.json").write_text(json.dumps(sorted(nlp.get_pipe("ner").labels)), encoding="utf-8")
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="Sources: " + ", ".join(sorted(SOURCES)))
    parser.add_argument("lang", choices=sorted(DEFAULT_SOURCES), help="language code")
    defaults = "; ".join(f"{k}: {' '.join(v)}" for k, v in DEFAULT_SOURCES.items())
    parser.add_argument("--sources", nargs="+", choices=sorted(SOURCES),
                        help=f"training sources (default per language: {defaults})")
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"),
                        help="folder of bare git mirrors, <owner>+<name>/repo (default: %(default)s)")
    parser.add_argument("--out", type=Path, help="output folder (default: data/models/ner-<lang>)")
    parser.add_argument("--minutes", type=float, default=20.0,
                        help="wall-clock training budget (default: %(default)s)")
    parser.add_argument("--max-epochs", type=int, default=1000, help="stop after this many epochs")
    parser.add_argument("--max-sentences", type=int, default=0, help="cap sentences per source (0: all)")
    parser.add_argument("--dev-size", type=int, default=600, help="held-out sentences per MISC source")
    parser.add_argument("--eval-every", type=float, default=90.0, help="seconds between held-out checks")
    parser.add_argument("--batch-size", type=int, default=64, help="sentences per update")
    parser.add_argument("--dropout", type=float, default=0.15)
    parser.add_argument("--learn-rate", type=float, default=0.001)
    parser.add_argument("--width", type=int, default=96, help="token vector width")
    parser.add_argument("--depth", type=int, default=4, help="CNN layers")
    parser.add_argument("--rows", type=int, nargs=4, default=[12000, 3000, 5000, 1000],
                        metavar=("NORM", "PREFIX", "SUFFIX", "SHAPE"),
                        help="hash embedding rows per attribute")
    parser.add_argument("--hidden", type=int, default=64, help="NER hidden width")
    parser.add_argument("--all-outside", dest="unsure_missing", action="store_false",
                        help="in sources without MISC, take every token outside their entities as plain text "
                             "(default: leave capitalised ones that may be MISC unannotated)")
    parser.add_argument("--no-clean-partial", dest="clean_partial", action="store_false",
                        help="keep every sentence of the sources without MISC (default: leave out bare titles "
                             "and names made of lower-case words)")
    parser.add_argument("--max-lower", type=int, default=1,
                        help="a name in a source without MISC may hold this many long lower-case words "
                             "(0: any number)")
    parser.add_argument("--surnames", type=float, default=0.0,
                        help="share of sentences naming a person in full that are also learnt with the name cut "
                             "to its last word (0: none)")
    parser.add_argument("--plain-min-full", type=int, default=2,
                        help="in sources without MISC, a capitalised token stays plain text if the MISC sources "
                             "show it this often outside entities and almost never inside (0: never)")
    parser.add_argument("--plain-min-partial", type=int, default=0,
                        help="likewise if the sources without MISC show it this often outside entities and "
                             "never inside (0: never; useful for German nouns)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--report", type=Path, help="write the training history as JSON here")
    args = parser.parse_args(argv)
    for name in args.sources or []:
        if SOURCES[name].lang != args.lang:
            parser.error(f"source {name} is not in language {args.lang}")
    result = train(args)
    if args.report:
        args.report.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
