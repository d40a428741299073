"""Train a compact spaCy dependency parser (with POS tags and morphology) for one language from Universal
Dependencies treebanks, and ship it with the language's NER model as one pipeline in ``data/models/parser-<lang>/``.

Where the training data comes from
----------------------------------
CoNLL-U files of UD treebanks, either read straight out of bare git mirrors of their GitHub repositories at pinned
commits (``--mirrors``, default ``/work/.mirror``; a mirror of ``owner/name`` lives in ``<mirrors>/owner+name/repo``;
see ``SOURCES`` below), or taken from a folder holding a treebank's files (``--treebank DIR``: its ``*train*.conllu``
and ``*dev*.conllu``), or named one by one (``--train FILE … --dev FILE``).

German: UD_German-GSD's training split (19.5 MB) is not in the stored snapshot of its repository (files of 4 MiB and
more are left out), so the default German model learns from the two permissively licensed German UD files that are
there: the *test* split of UD_German-GSD (977 sentences, news and reviews; CC BY-SA 4.0) and UD_German-PUD (1,000
news and Wikipedia sentences; CC BY-SA 3.0). UD_German-LIT is left out (CC BY-NC-SA). Scores are measured on the
UD_German-GSD *dev* split, which is never trained on. With a checkout of UD_German-GSD that has its training file,
``--treebank DIR`` trains on that instead.

The model
---------
One shared token-to-vector layer (hash embeddings of NORM, PREFIX, SUFFIX and SHAPE and a CNN encoder, no pretrained
vectors), a ``morphologizer`` (universal POS + morphological features) and a transition-based ``parser``. Lemmas
are not learnt: newsgraph's lookup tables (spacy-lookups-data) cover far more words than a few thousand treebank
sentences would teach a trainable lemmatizer. Training runs through spaCy's config system (``spacy convert``,
``spacy train``) on the CPU for at most ``--max-steps`` updates or ``--minutes`` of wall-clock time, the best
checkpoint on the dev split (weighted LAS, POS, morphology) being kept.

The shipped folder is the trained components behind a rule-based ``sentencizer`` (as in the NER pipelines, so
sentences are split as before and the parser keeps to them) plus the ``ner`` component copied unchanged from
``data/models/ner-<lang>`` (``--ner``; it embeds its own token encoder, so its predictions do not change).

Result for German (default options: 6,000 updates, 15 minutes on 2 CPU cores, 20 MB): on the UD_German-GSD dev
split LAS 0.693, UAS 0.775, UPOS 0.913; the NER scores exactly as ``ner-de`` alone. Two thousand training sentences
are not enough for German's free word order (subjects and objects are often swapped: "China kritisierte die USA"
gets two subjects), and on news sentences the event coder did worse with this parse than in its proximity mode, so
``data/lang/de/nlp.json`` does not use it. Worth trying again with UD_German-GSD's own training split
(``--treebank``) or UD_German-HDT.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.training import Corpus
from train_ner import directory_size, read_text  # the same mirror reader (scripts/ is on the path)

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Source:
    """One CoNLL-U file at a pinned commit of a git repository, and what it is used for."""

    name: str
    lang: str
    repo: str
    commit: str
    path: str
    licence: str
    split: str  # "train" or "dev": what newsgraph uses it for (not necessarily the treebank's own split name)

    def describe(self) -> dict:
        return {"name": self.name, "repo": self.repo, "commit": self.commit, "path": self.path,
                "licence": self.licence, "used_for": self.split}


GSD = ("UniversalDependencies/UD_German-GSD", "297fcf350481058d0737a27f0f8fd03b2eadd67a")
PUD = ("UniversalDependencies/UD_German-PUD", "ff80846ae60a0a70fc4d6251ef73e6a483a620ee")
SOURCES = {s.name: s for s in (
    Source("de-gsd-test", "de", *GSD, "de_gsd-ud-test.conllu", "CC BY-SA 4.0", "train"),
    Source("de-pud-test", "de", *PUD, "de_pud-ud-test.conllu", "CC BY-SA 3.0", "train"),
    Source("de-gsd-dev", "de", *GSD, "de_gsd-ud-dev.conllu", "CC BY-SA 4.0", "dev"),
)}
DEFAULT_SOURCES = {"de": ["de-gsd-test", "de-pud-test", "de-gsd-dev"]}

BASE_CONFIG = """
[paths]
train = null
dev = null

[system]
seed = {seed}
gpu_allocator = null

[nlp]
lang = "{lang}"
pipeline = ["tok2vec", "morphologizer", "parser"]
batch_size = 256

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
rows = {rows}
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[components.morphologizer]
factory = "morphologizer"

[components.morphologizer.model]
@architectures = "spacy.Tagger.v2"
nO = null

[components.morphologizer.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
upstream = "tok2vec"

[components.parser]
factory = "parser"
learn_tokens = false
min_action_freq = {min_action_freq}

[components.parser.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "parser"
extra_state_tokens = false
hidden_width = {hidden}
maxout_pieces = 2
use_upper = true
nO = null

[components.parser.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
upstream = "tok2vec"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0

[training]
dropout = {dropout}
patience = {patience}
max_epochs = 0
max_steps = {max_steps}
eval_frequency = {eval_frequency}

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = {batch_words}
compound = 1.001

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = {learn_rate}

[training.score_weights]
dep_las = 0.6
dep_uas = 0.0
pos_acc = 0.3
morph_acc = 0.1
sents_f = 0.0
dep_las_per_type = null
morph_per_feat = null
sents_p = null
sents_r = null
"""


# ---------------------------------------------------------------------------------------------------- data

def gather(args: argparse.Namespace, work: Path) -> tuple[list[Path], list[Path], list[dict]]:
    """CoNLL-U files for training and for the dev scores, copied under ``work/conllu``, and their description."""
    folder = work / "conllu"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    picked: list[tuple[str, str, dict]] = []  # (text, split, description)
    if args.train or args.treebank:
        files = [(p, "train") for p in args.train or []] + [(p, "dev") for p in args.dev or []]
        for tree in args.treebank or []:
            files += [(p, "train") for p in sorted(tree.glob("*train*.conllu"))]
            files += [(p, "dev") for p in sorted(tree.glob("*dev*.conllu")) if not args.dev]
        picked = [(p.read_text(encoding="utf-8"), split, {"name": p.stem, "path": str(p), "used_for": split})
                  for p, split in files]
    else:
        for name in args.sources or DEFAULT_SOURCES[args.lang]:
            source = SOURCES[name]
            picked.append((read_text(source, args.mirrors), source.split, source.describe()))
    train, dev, used = [], [], []
    for text, split, record in picked:
        target = folder / split / f"{record['name']}.conllu"
        target.parent.mkdir(exist_ok=True)
        target.write_text(text, encoding="utf-8")
        (train if split == "train" else dev).append(target)
        rows = [line.split("\t")[0] for line in text.splitlines() if line[:1].isdigit() and "\t" in line]
        record["sentences"] = rows.count("1")
        record["words"] = sum(1 for r in rows if r.isdigit())
        used.append(record)
    if not train or not dev:
        sys.exit("need at least one training file and one dev file")
    return train, dev, used


def convert(files: list[Path], out: Path, lang: str, n_sents: int) -> Path:
    """``spacy convert`` each CoNLL-U file into ``out`` (multi-word tokens such as "im" = "in dem" merged into one
    token, as spaCy's tokenizer leaves them; ``n_sents`` sentences a document so that the parser also sees sentence
    boundaries)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for path in files:
        subprocess.run([sys.executable, "-m", "spacy", "convert", str(path), str(out), "--converter", "conllu",
                        "--merge-subtokens", "--n-sents", str(n_sents), "--lang", lang], check=True,
                       stdout=subprocess.DEVNULL)
    return out


# ---------------------------------------------------------------------------------------------------- training

def write_config(args: argparse.Namespace, work: Path) -> Path:
    base = work / "base.cfg"
    base.write_text(BASE_CONFIG.format(
        lang=args.lang, seed=args.seed, width=args.width, depth=args.depth, rows=json.dumps(args.rows),
        hidden=args.hidden, min_action_freq=args.min_action_freq, dropout=args.dropout, patience=args.patience,
        max_steps=args.max_steps, eval_frequency=args.eval_frequency, batch_words=args.batch_words,
        learn_rate=args.learn_rate), encoding="utf-8")
    config = work / "config.cfg"
    subprocess.run([sys.executable, "-m", "spacy", "init", "fill-config", str(base), str(config)], check=True,
                   stdout=subprocess.DEVNULL)
    return config


def run_training(config: Path, output: Path, train: Path, dev: Path, minutes: float) -> float:
    """``spacy train``, stopped after ``minutes`` (the best checkpoint so far is kept in ``model-best``)."""
    if output.exists():
        shutil.rmtree(output)
    command = [sys.executable, "-m", "spacy", "train", str(config), "--output", str(output),
               "--paths.train", str(train), "--paths.dev", str(dev)]
    print(" ".join(command), flush=True)
    started = time.perf_counter()
    process = subprocess.Popen(command)
    try:
        process.wait(timeout=minutes * 60)
    except subprocess.TimeoutExpired:
        print(f"time budget of {minutes} min reached: stopping (model-best is kept)", flush=True)
        process.terminate()
        process.wait()
    elapsed = (time.perf_counter() - started) / 60
    if not (output / "model-best" / "meta.json").is_file():
        sys.exit("training produced no model")
    return elapsed


def scores_of(nlp, dev: Path) -> dict:
    examples = list(Corpus(str(dev))(nlp))
    scores = nlp.evaluate(examples, batch_size=64)
    keys = ("dep_las", "dep_uas", "pos_acc", "morph_acc", "sents_f")
    return {k: round(scores[k], 4) for k in keys if scores.get(k) is not None}


# ---------------------------------------------------------------------------------------------------- assembly

def assemble(model: Path, ner: Path | None) -> spacy.language.Language:
    """The trained pipeline behind a sentencizer, with the NER component of ``ner`` copied in."""
    nlp = spacy.load(model)
    nlp.add_pipe("sentencizer", first=True)
    if ner is not None:
        nlp.add_pipe("ner", source=spacy.load(ner))
    return nlp


def same_entities(nlp, ner: Path, dev: Path) -> tuple[int, int]:
    """On the dev texts: how many documents get the same entities from the assembled pipeline as from ``ner``."""
    reference = spacy.load(ner)
    texts = [eg.reference.text for eg in Corpus(str(dev))(nlp)]
    same = 0
    for ours, theirs in zip(nlp.pipe(texts), reference.pipe(texts), strict=True):
        same += [(e.start_char, e.end_char, e.label_) for e in ours.ents] == \
                [(e.start_char, e.end_char, e.label_) for e in theirs.ents]
    return same, len(texts)


def save(nlp, out: Path, meta: dict) -> None:
    nlp.meta.update(meta)
    nlp.meta.pop("performance", None)
    nlp.meta["performance"] = meta["performance"]
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(tmp)
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="Pinned sources: " + ", ".join(sorted(SOURCES)))
    parser.add_argument("lang", help="language code")
    parser.add_argument("--treebank", type=Path, action="append",
                        help="a folder of CoNLL-U files (a UD treebank checkout): its *train*.conllu are trained "
                             "on, its *dev*.conllu scored on; repeatable (default: the pinned sources)")
    parser.add_argument("--train", type=Path, nargs="+", help="CoNLL-U files to train on")
    parser.add_argument("--dev", type=Path, nargs="+", help="CoNLL-U files to score on")
    parser.add_argument("--sources", nargs="+", choices=sorted(SOURCES),
                        help="pinned sources to use (default: all of the language's)")
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"),
                        help="folder of bare git mirrors, <owner>+<name>/repo (default: %(default)s)")
    parser.add_argument("--out", type=Path, help="output folder (default: data/models/parser-<lang>)")
    parser.add_argument("--ner", default="models/ner-{lang}",
                        help="NER pipeline under data/ (or a path) whose 'ner' is copied in; 'none' for no NER "
                             "(default: %(default)s)")
    parser.add_argument("--work", type=Path, help="folder for the converted corpus and checkpoints "
                                                  "(default: /tmp/train_parser-<lang>)")
    parser.add_argument("--minutes", type=float, default=25.0, help="wall-clock training budget")
    parser.add_argument("--max-steps", type=int, default=6000, help="stop after this many updates")
    parser.add_argument("--patience", type=int, default=2000, help="stop after this many updates without a better "
                                                                   "dev score")
    parser.add_argument("--eval-frequency", type=int, default=200, help="updates between dev checks")
    parser.add_argument("--n-sents", type=int, default=10, help="sentences per training document")
    parser.add_argument("--batch-words", type=int, default=1000, help="largest batch, in words")
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--learn-rate", type=float, default=0.001)
    parser.add_argument("--width", type=int, default=96, help="token vector width")
    parser.add_argument("--depth", type=int, default=4, help="CNN layers")
    parser.add_argument("--rows", type=int, nargs=4, default=[10000, 2500, 5000, 1000],
                        metavar=("NORM", "PREFIX", "SUFFIX", "SHAPE"), help="hash embedding rows per attribute")
    parser.add_argument("--hidden", type=int, default=64, help="parser hidden width")
    parser.add_argument("--min-action-freq", type=int, default=5,
                        help="dependency labels seen fewer times are learnt as 'dep'")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if not (args.treebank or args.train) and args.lang not in DEFAULT_SOURCES:
        parser.error(f"no pinned treebank for {args.lang}: give --treebank or --train/--dev")
    if args.train and not args.dev:
        parser.error("--train needs --dev")

    work = args.work or Path(f"/tmp/train_parser-{args.lang}")
    work.mkdir(parents=True, exist_ok=True)
    out = args.out or ROOT / "data" / "models" / f"parser-{args.lang}"
    ner = None if args.ner == "none" else Path(args.ner.format(lang=args.lang))
    if ner is not None and not ner.is_absolute() and not ner.exists():
        ner = ROOT / "data" / ner
    if ner is not None and not (ner / "meta.json").is_file():
        sys.exit(f"no NER pipeline at {ner}")

    train_files, dev_files, used = gather(args, work)
    train = convert(train_files, work / "corpus" / "train", args.lang, args.n_sents)
    dev = convert(dev_files, work / "corpus" / "dev", args.lang, args.n_sents)
    config = write_config(args, work)
    minutes = run_training(config, work / "training", train, dev, args.minutes)

    best = work / "training" / "model-best"
    trained = spacy.load(best)
    parser_scores = scores_of(trained, dev)
    print(f"dev (trained components alone): {parser_scores}", flush=True)
    nlp = assemble(best, ner)
    shipped_scores = scores_of(nlp, dev)
    print(f"dev (shipped pipeline, sentencizer): {shipped_scores}", flush=True)
    ner_check = None
    if ner is not None:
        same, total = same_entities(nlp, ner, dev)
        ner_check = f"{same} of {total} dev documents get the same entities as {ner.name}"
        print(ner_check, flush=True)

    ner_meta = json.loads((ner / "meta.json").read_text(encoding="utf-8")) if ner is not None else {}
    licence = ("parse, POS and morphology: CC BY-SA 4.0 (derived from " +
               ", ".join(sorted({f"{u['name']} ({u.get('licence', 'see source')})" for u in used
                                 if u["used_for"] == "train"})) + ")")
    if ner is not None:
        licence += f"; ner component: as {ner.name} ({ner_meta.get('license', 'see its meta.json')})"
    command = "python scripts/train_parser.py " + " ".join(argv if argv is not None else sys.argv[1:])
    save(nlp, out, {
        "name": f"parser_{args.lang}", "version": "1.0.0", "lang": args.lang,
        "description": "Compact dependency parser + morphologizer (hash-embedding CNN tok2vec, no vectors) "
                       "trained on Universal Dependencies by newsgraph scripts/train_parser.py"
                       + (f", with the NER of {ner.name}" if ner is not None else ""),
        "license": licence,
        "sources": used,
        "ner_sources": ner_meta.get("sources", []),
        "performance": {"dev_las": parser_scores.get("dep_las"), "dev_uas": parser_scores.get("dep_uas"),
                        "dev_pos_acc": parser_scores.get("pos_acc"), "dev_morph_acc": parser_scores.get("morph_acc"),
                        "dev_shipped_pipeline": shipped_scores,
                        "ner_check": ner_check},
        "training": {"command": command, "minutes": round(minutes, 1),
                     "options": {k: str(v) if isinstance(v, Path) else
                                 ([str(x) for x in v] if isinstance(v, list) and v and isinstance(v[0], Path) else v)
                                 for k, v in vars(args).items()}},
    })
    print(f"{out} is {directory_size(out) / 1e6:.1f} MB; LAS {parser_scores.get('dep_las')} "
          f"UAS {parser_scores.get('dep_uas')} on the dev files", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
