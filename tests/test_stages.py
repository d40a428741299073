"""Stages one by one: extraction, boilerplate, language, annotation, lexicon entities, fingerprints."""

from __future__ import annotations

import gzip
import json

import pytest

from conftest import FIXTURES
from newsgraph.records import Article, Document
from newsgraph.stages.clean import Clean, paragraph_hash
from newsgraph.stages.dedup import signature, similarity
from newsgraph.stages.extract import Extract, extract_html, split_header
from newsgraph.stages.language import detect

PAGES = FIXTURES / "pages"
TRUTH = json.loads((PAGES / "ground-truth.json").read_text())


def text_doc(text: str, **kw) -> Document:
    return Document.from_article(Article(input="test", kind="text", text=text, **kw))


@pytest.mark.parametrize("page_id", sorted(TRUTH))
def test_html_main_text_of_real_pages(page_id):
    html = gzip.decompress((PAGES / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
    page = extract_html(html, TRUTH[page_id]["url"])
    truth = TRUTH[page_id]["articleBody"]
    first_sentence = truth.split("\n")[0][:60]
    assert first_sentence in page["body"]
    assert page["title"]


def test_extract_stage_fills_metadata_from_html():
    html = gzip.decompress(next((PAGES / "html").glob("042bb7b5*")).read_bytes()).decode()
    doc = Document.from_article(Article(input="wsj", kind="html", html=html))
    Extract().process(doc)
    assert doc.title.startswith("Google Stadia, Microsoft xCloud")
    assert doc.author == "Sarah E Needleman" and doc.published.isoformat() == "2019-11-19"
    assert doc.source == "wsj.com" and doc.html is None
    assert "\n\n" in doc.body and doc.body.startswith("Gaming used to be so simple.")


def test_truncated_html_still_gives_its_text():
    html = gzip.decompress(next((PAGES / "html").glob("ba07d1e6*")).read_bytes()).decode()
    cut = html[: int(len(html) * 0.6)]
    page = extract_html(cut)
    assert len(page["body"]) > 200


def test_html_without_text_is_rejected():
    doc = Document.from_article(Article(input="x.html", kind="html", html="<html><body><nav>menu</nav></body></html>"))
    Extract().pipe([doc])
    assert doc.error == "no main text found"


@pytest.mark.parametrize("header, day", [
    ("date 2020-11 , 7 nov. () –", "2020-11-07"),
    ("Publié le 3 mars 2021", "2021-03-03"),
    ("Fecha: 12 de enero de 2022", "2022-01-12"),
    ("2019-05-02", "2019-05-02"),
])
def test_scrape_header_is_parsed_and_removed(header, day):
    doc = text_doc(f" {header}\n\nLe texte de l'article commence ici et continue longuement.")
    Extract().process(doc)
    assert doc.published.isoformat() == day
    assert doc.body.startswith("Le texte") and doc.dropped[0].text == header


def test_a_dateline_sentence_is_not_a_header():
    header, rest = split_header("Le 7 novembre 2020, le président russe Vladimir Poutine a appelé son homologue.")
    assert header is None and rest.startswith("Le 7 novembre")


def test_headline_of_plain_text_becomes_title():
    doc = text_doc("Putin and Macron discuss Karabakh\n\nRussian President Vladimir Putin spoke by phone with "
                   "Emmanuel Macron on Saturday, the Kremlin said in a statement.")
    Extract().process(doc)
    assert doc.title == "Putin and Macron discuss Karabakh" and doc.body.startswith("Russian President")


@pytest.mark.parametrize("footer", [
    "Abonnez-vous à notre newsletter pour ne rien manquer de l'actualité.",
    "Follow us on Twitter and Facebook for more news.",
    "Síguenos en Twitter y comparte este artículo.",
    "Alle Rechte vorbehalten. © 2021 Beispiel Verlag",
    "Читайте также: новости дня",
])
def test_promo_and_legal_footers_in_several_languages(footer):
    body = "Un premier paragraphe d'article.\n\nUn deuxième paragraphe, avec des faits.\n\n" + footer
    doc = text_doc(body)
    Clean().process(doc)
    assert footer not in doc.body and doc.dropped[-1].text == footer


def test_news_about_social_networks_is_kept():
    first = "Facebook and Twitter removed hundreds of accounts linked to the campaign, the companies said."
    doc = text_doc(first + "\n\nThe accounts had posted thousands of messages.")
    Clean().process(doc)
    assert doc.body.startswith(first) and not doc.dropped


def test_paragraph_repeated_on_a_site_is_dropped():
    sign_off = "Our reporters cover the region every day."
    clean = Clean(repeated={("site.example", paragraph_hash(sign_off))})
    doc = text_doc("The news of the day, in full.\n\n" + sign_off, source="site.example")
    clean.process(doc)
    assert doc.body == "The news of the day, in full." and doc.dropped[0].reason == "repeated on site"
    other = text_doc("The news of the day, in full.\n\n" + sign_off, source="other.example")
    clean.process(other)
    assert sign_off in other.body


@pytest.mark.parametrize("code, text", [
    ("fr", "Le président russe s'est entretenu samedi avec son homologue français au sujet du conflit."),
    ("en", "The Russian president spoke on Saturday with his French counterpart about the conflict."),
    ("es", "El presidente ruso habló el sábado con su homólogo francés sobre el conflicto armado."),
    ("de", "Der russische Präsident sprach am Samstag mit seinem französischen Amtskollegen über den Konflikt."),
    ("ru", "Президент России в субботу обсудил с французским коллегой ситуацию вокруг конфликта."),
    ("ar", "بحث الرئيس الروسي يوم السبت مع نظيره الفرنسي الوضع المتعلق بالنزاع في المنطقة."),
    ("uk", "Президент Росії в суботу обговорив із французьким колегою ситуацію навколо конфлікту."),
    ("it", "Il presidente russo ha parlato sabato con il suo omologo francese del conflitto in corso."),
    ("pt", "O presidente russo conversou no sábado com o seu homólogo francês sobre o conflito."),
])
def test_language_identification(code, text):
    assert detect(text)[0] == code


def test_mixed_language_paragraphs_are_marked(pipeline):
    fr = ("Le gouvernement français a annoncé de nouvelles mesures pour soutenir les entreprises touchées par la "
          "crise sanitaire, a indiqué le ministre de l'Économie lors d'une conférence de presse.")
    en = ("The French government announced new measures to support companies hit by the health crisis, the "
          "economy minister told a press conference in Paris on Thursday afternoon.")
    [doc] = pipeline([Article(input="mixed", kind="text", text=f"{fr}\n\n{fr}\n\n{en}")])
    assert doc.language == "fr"
    [span] = doc.languages
    assert span.language == "en" and doc.body[span.start:span.end] == en


@pytest.mark.parametrize("code, text, expected", [
    ("en", "Russian President Vladimir Putin met Emmanuel Macron in Paris, the Kremlin said.",
     {("Vladimir Putin", "PERSON"), ("Emmanuel Macron", "PERSON"), ("Paris", "LOCATION"), ("Kremlin", "ORG")}),
    ("fr", "L’OTAN et l’ONU ont réagi à la déclaration de la Maison Blanche.",
     {("OTAN", "ORG"), ("ONU", "ORG"), ("Maison Blanche", "ORG")}),
    ("it", "Il Cremlino ha annunciato che la Russia e la Francia discuteranno della Siria.",
     {("Cremlino", "ORG"), ("Russia", "LOCATION"), ("Francia", "LOCATION"), ("Siria", "LOCATION")}),
    ("pt", "A ONU pediu ao Brasil e à Argentina que reforcem a cooperação.",
     {("ONU", "ORG"), ("Brasil", "LOCATION"), ("Argentina", "LOCATION")}),
])
def test_entities_in_several_languages(pipeline, code, text, expected):
    [doc] = pipeline([Article(input="t", kind="text", text=text, language=code)])
    assert doc.language == code
    found = {(e.text, e.type) for e in doc.entities}
    assert expected <= found
    for e in doc.entities:
        assert doc.body[e.start:e.end] == e.text


def test_minhash_similarity_of_copies_and_different_stories():
    story = ("Foreign ministers from Armenia and Azerbaijan met in Geneva on Tuesday to discuss a ceasefire in "
             "Nagorno-Karabakh, diplomats said. The talks, hosted by the Swiss government, lasted four hours. ")
    copy = story + "Reporting by the wire agency; editing by the desk."
    other = ("The central bank raised interest rates by half a point on Wednesday, citing persistent "
             "inflation and a tight labour market, and signalled further increases ahead.")
    assert similarity(signature(story), signature(copy)) > 0.7
    assert similarity(signature(story), signature(other)) < 0.2


def test_one_bad_document_does_not_stop_the_batch(pipeline):
    good = Article(input="good", kind="text", text="Emmanuel Macron a parlé avec Olaf Scholz à Berlin.")
    bad = Article(input="bad.html", kind="html", html="<html><body></body></html>")
    docs = pipeline([bad, good])
    assert docs[0].error == "no main text found" and docs[1].error is None and docs[1].entities


@pytest.mark.parametrize("code, text, word, lemma", [
    ("fr", "Les soldats ont attaqué la ville.", "attaqué", "attaquer"),
    ("de", "Die Soldaten griffen die Stadt an.", "Soldaten", "Soldat"),
    ("ru", "Президент заявил, что переговоры продолжатся.", "заявил", "заявить"),
    ("es", "Los manifestantes protestaron en la capital.", "protestaron", "protestar"),
])
def test_lemmas_in_languages_with_and_without_a_lemmatizer(pipeline, code, text, word, lemma):
    [doc] = pipeline([Article(input="t", kind="text", text=text, language=code)])
    lemmas = {doc.body[t.start:t.end]: t.lemma for t in doc.tokens}
    assert lemmas[word] == lemma
    for i, t in enumerate(doc.tokens):
        assert 0 <= t.head < len(doc.tokens) and doc.body[t.start:t.end].strip()
        assert doc.sentences[t.sentence].start <= t.start < doc.sentences[t.sentence].end, i


@pytest.mark.parametrize("code, text, expected", [
    ("es", "El río Ebro atraviesa Zaragoza y desemboca en el mar Mediterráneo.", ("mar Mediterráneo", "LOCATION")),
    ("fr", "Le club a battu l’Olympique de Marseille samedi soir.", ("Olympique de Marseille", "ORG")),
    ("en", "Talks between the United Kingdom and Russia's government resumed.", ("United Kingdom", "LOCATION")),
    ("en", "Talks between the United Kingdom and Russia's government resumed.", ("Russia", "LOCATION")),
])
def test_naming_conventions_from_language_data(pipeline, code, text, expected):
    [doc] = pipeline([Article(input="t", kind="text", text=text, language=code)])
    assert expected in {(e.text, e.type) for e in doc.entities}


def test_text_in_capitals_is_parsed_in_lower_case_with_the_same_offsets():
    from newsgraph.stages.nlp import parseable

    headline = "MILES DE PERSONAS MANIFIESTAN EN İSTANBUL"
    assert parseable(headline) == "miles de personas manifiestan en İstanbul"  # "İ" lowers to two characters
    assert len(parseable(headline)) == len(headline)
    assert parseable("Des milliers de manifestants à PARIS.") == "Des milliers de manifestants à PARIS."
    assert parseable("UN CHAT") == "UN CHAT"  # too short to tell
