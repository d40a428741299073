"""Train the geocoder's resolution weights (``data/geo/resolver.json``) on Pragmatic-Guide XML gold files.

The resolver (``newsgraph.knowledge.place_resolver``) scores each candidate place of a name as a weighted sum of
its features (what kind of place it is, how its name matched, and the article's context: places in the same
country or division, within 200 km, actor countries). This script fits those weights as a conditional
logit: for every gold toponym whose name has a candidate within 161 km of the gold location, the probability of
that candidate among the name's candidates is maximised (with a small L2 penalty). The context features depend on
the other names' choices, which depend on the weights, so the fit is repeated: choose with the current weights,
refit, three times.

Gold spans are used (recognition is not trained), and each article is annotated by the pipeline first (language,
entities, linked actors) so that the context is the one newsgraph sees at run time.

Usage:
    python scripts/train_geocoder.py TRAIN.xml... [--heldout TEST.xml...] [--out data/geo/resolver.json]

Without ``--out`` nothing is written: the figures (acc@161 on gold spans, training and held-out) are printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

from newsgraph.evaluation.geo import ACC_KM, GoldArticle, distance_km, gold_point, read_gold
from newsgraph.knowledge.gazetteer import gazetteer
from newsgraph.knowledge.place_resolver import (
    FEATURES,
    HAND_WEIGHTS,
    Mention,
    Resolver,
    actor_countries,
    site_country,
)
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article, Document

ROUNDS = 3
STEPS = 600
L2 = 0.01


def annotate(articles: list[GoldArticle]) -> list[Document]:
    pipeline = Pipeline(only=("language", "nlp", "lexicon", "link"))
    docs = []
    for i in range(0, len(articles), 16):
        batch = articles[i:i + 16]
        for doc in pipeline([Article(input=a.id, kind="text", text=a.text, url=a.url) for a in batch]):
            doc.spacy_doc = None
            docs.append(doc)
        print(f"\rannotated {len(docs)}/{len(articles)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    return docs


def examples(articles, docs, weights) -> tuple[list[np.ndarray], list[int], int, int]:
    """Per gold name with a good candidate: its candidates' feature matrix and the good one's index; also the
    number of located gold toponyms and how many the weights resolve within 161 km."""
    gaz = gazetteer()
    groups, labels, total, right = [], [], 0, 0
    for article, doc in zip(articles, docs, strict=True):
        located = [t for t in article.toponyms if t.located and gold_point(t, gaz)]
        mentions = [Mention(t.start, t.end, article.text[t.start:t.end]) for t in located]
        resolver = Resolver(gaz, doc.language, tuple(weights))
        keys, options, vectors = resolver.table(article.text, mentions, actor_countries(doc), site_country(doc))
        seen = set()
        for toponym, key in zip(located, keys, strict=True):
            total += 1
            if key not in options:
                continue
            point = gold_point(toponym, gaz)
            errors = [distance_km(point[0], point[1], c.place.lat, c.place.lon) for c in options[key]]
            best, _ = resolver.best(vectors[key])
            right += errors[best] <= ACC_KM
            good = min(range(len(errors)), key=errors.__getitem__)
            if key in seen or errors[good] > ACC_KM:
                continue
            seen.add(key)
            groups.append(np.array(vectors[key], dtype=float))
            labels.append(good)
    return groups, labels, total, right


def fit(groups: list[np.ndarray], labels: list[int], start: np.ndarray) -> np.ndarray:
    """Conditional logit by gradient descent (Adam) from ``start``."""
    x = np.vstack(groups)
    sizes = np.array([len(g) for g in groups])
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    owner = np.repeat(np.arange(len(groups)), sizes)
    target = offsets + np.array(labels)
    w = start.copy()
    m = v = np.zeros_like(w)
    for step in range(1, STEPS + 1):
        scores = x @ w
        top = np.maximum.reduceat(scores, offsets)
        exp = np.exp(scores - top[owner])
        prob = exp / np.add.reduceat(exp, offsets)[owner]
        expected = np.zeros((len(groups), x.shape[1]))
        np.add.at(expected, owner, prob[:, None] * x)
        grad = (expected - x[target]).sum(axis=0) / len(groups) + 2 * L2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        w = w - 0.05 * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return w


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train", nargs="+", type=Path)
    ap.add_argument("--heldout", nargs="*", type=Path, default=[])
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    train = [a for path in args.train for a in read_gold(path)]
    heldout = [a for path in args.heldout for a in read_gold(path)]
    train_docs, heldout_docs = annotate(train), annotate(heldout) if heldout else []
    weights = np.array([HAND_WEIGHTS[name] for name in FEATURES])

    def report(label: str) -> None:
        for name, arts, docs in (("train", train, train_docs), ("heldout", heldout, heldout_docs)):
            if arts:
                _, _, total, right = examples(arts, docs, weights)
                print(f"{label:>12} {name}: acc@161 (gold spans) {right / total:.3f} of {total}", file=sys.stderr)

    report("hand-set")
    for _ in range(ROUNDS):
        groups, labels, _, _ = examples(train, train_docs, weights)
        weights = fit(groups, labels, weights)
        report("trained")
    fitted = {name: round(float(w), 4) for name, w in zip(FEATURES, weights, strict=True)}
    print(json.dumps(fitted, indent=1))
    if args.out:
        args.out.write_text(json.dumps({
            "about": "Weights of the geocoder's candidate features (newsgraph.knowledge.place_resolver.FEATURES), "
                     "fitted by scripts/train_geocoder.py as a conditional logit on gold toponym spans.",
            "trained_on": [p.name for p in args.train], "trained": date.today().isoformat(),
            "weights": fitted}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
