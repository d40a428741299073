"""Gold readers and metrics of `newsgraph eval`."""

from __future__ import annotations

import pytest

from newsgraph.evaluation.extraction import page_scores, summarise
from newsgraph.evaluation.ner import read_gold, spans_from_tags


@pytest.mark.parametrize("tags, spans", [
    (["B-PER", "I-PER", "O", "B-LOC"], {(0, 2, "PERSON"), (3, 4, "LOCATION")}),   # IOB2
    (["I-PER", "I-PER", "O", "I-LOC", "B-LOC"], {(0, 2, "PERSON"), (3, 4, "LOCATION"), (4, 5, "LOCATION")}),  # IOB1
    (["B-ORG", "E-ORG", "S-GPE", "O"], {(0, 2, "ORG"), (2, 3, "LOCATION")}),  # BIOES
    (["I-PER", "I-ORG"], {(0, 1, "PERSON"), (1, 2, "ORG")}),  # a type change starts a new entity
])
def test_tag_schemes(tags, spans):
    assert spans_from_tags(tags) == spans


def test_reader_formats(tmp_path):
    wikiann = tmp_path / "dev"
    wikiann.write_text("en:Sioux\tB-ORG\nen:Falls\tI-ORG\nen:(\tO\n\nen:Paris\tB-LOC\n")
    sentences, lang = read_gold(wikiann)
    assert lang == "en" and [s.tokens for s in sentences] == [["Sioux", "Falls", "("], ["Paris"]]
    bio = tmp_path / "paper.bio"
    bio.write_text("".join(f"mot{i} O\n" for i in range(120)) + ". O\nRennes I-LOC\n, O\n")
    sentences, lang = read_gold(bio)
    assert lang is None and len(sentences) == 2 and sentences[1].spans == {(0, 1, "LOCATION")}


def test_extraction_metric_by_hand():
    truth = "one two three four five six"  # shingles: 1234 2345 3456
    pred = "one two three four five seven"  # 1234 2345 3457
    tp, fp, fn = page_scores(truth, pred)
    assert (tp, fp, fn) == pytest.approx((2 / 4, 1 / 4, 1 / 4))
    result = summarise([(tp, fp, fn), page_scores(truth, truth), page_scores(truth, "")])
    # precision over pages with a prediction: (2/3 + 1) / 2; recall over all three: (2/3 + 1 + 0) / 3
    assert result["precision"] == pytest.approx(5 / 6) and result["recall"] == pytest.approx(5 / 9)
