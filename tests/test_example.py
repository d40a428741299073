"""The running example (a scraped French article) comes out as the issue requires."""

from __future__ import annotations

import json

from conftest import FIXTURES

EXPECTED = json.loads((FIXTURES / "fr-putin-macron-call-2020-11-07.expected.json").read_text())


def test_metadata_and_body(example_doc):
    assert example_doc.language == "fr"
    assert example_doc.published.isoformat() == "2020-11-07"
    assert example_doc.body.startswith("Le président russe Vladimir Poutine")


def test_scrape_header_and_promo_footer_are_dropped_and_kept_visible(example_doc):
    body = example_doc.body.replace("’", "'")
    assert "45secondes est un nouveau média" not in body
    assert "n'hésitez pas à partager" not in body
    assert "🙂" not in body
    reasons = {d.reason.split(":")[0] for d in example_doc.dropped}
    assert reasons == {"scrape header", "promo cue"}
    assert any(d.text.startswith("date 2020-11") for d in example_doc.dropped)
    assert any("45secondes" in d.text for d in example_doc.dropped)


def test_entities_with_types_and_offsets(example_doc):
    found = {(e.text, e.type) for e in example_doc.entities}
    for text, kind in [("Vladimir Poutine", "PERSON"), ("Emmanuel Macron", "PERSON"), ("Kremlin", "ORG"),
                       ("Spoutnik", "ORG"), ("Haut-Karabakh", "LOCATION"), ("Chouchi", "LOCATION"),
                       ("Donbass", "LOCATION"), ("Arménie", "LOCATION"), ("Azerbaïdjan", "LOCATION"),
                       ("Ukraine", "LOCATION"), ("Libye", "LOCATION"), ("Syrie", "LOCATION"),
                       ("France", "LOCATION")]:
        assert (text, kind) in found, (text, kind)
    for e in example_doc.entities:
        assert example_doc.body[e.start:e.end] == e.text
        s = example_doc.sentences[e.sentence]
        assert s.start <= e.start and e.end <= s.end
        assert 0 < e.confidence <= 1
    assert not any("🙂" in e.text or "45secondes" in e.text for e in example_doc.entities)


def test_sentences_tokens_and_lemmas(example_doc):
    assert len(example_doc.sentences) >= 7
    for s in example_doc.sentences:
        text = example_doc.body[s.start:s.end]
        assert text == text.strip() and text
    lemmas = {example_doc.body[t.start:t.end]: t.lemma for t in example_doc.tokens}
    assert lemmas["discuté"] == "discuter"
    assert lemmas["présidents"] == "président"


def test_expected_file_article_and_entity_parts(example_doc):
    article = EXPECTED["article"]
    assert example_doc.language == article["language"]
    assert example_doc.published.isoformat() == article["published"]
    assert example_doc.body.startswith(article["body_must_start_with"])
    for text in article["body_must_not_contain"]:
        assert text not in example_doc.body
    texts = [e.text for e in example_doc.entities]
    for want in EXPECTED["entities_must"]:
        assert any(want["text"] in t for t in texts), want["text"]


def test_no_sentence_crosses_a_paragraph_break(example_doc):
    for s in example_doc.sentences:
        assert "\n\n" not in example_doc.body[s.start:s.end]
    assert any(example_doc.body[s.start:s.end].startswith("Poutine et Macron ont également déclaré")
               for s in example_doc.sentences)
