"""Main-text reconciliation: trafilatura's text checked against readability's, and the headline removed.

The three pages are from the ScrapingHub article-extraction benchmark (MIT licence, see
fixtures/html/LICENSE-scrapinghub); each shows one failure of trafilatura alone that the reconciliation fixes.
"""

from __future__ import annotations

import gzip
import json

import pytest

from conftest import FIXTURES
from newsgraph.stages.extract import extract_html
from newsgraph.stages.maintext import (
    drop_cross_references,
    join_broken_lines,
    main_text,
    page_titles,
    parse,
    readability_text,
    reconcile,
    strip_title,
)

PAGES = FIXTURES / "html"
TRUTH = json.loads((PAGES / "ground-truth.json").read_text(encoding="utf-8"))


def page(prefix: str) -> tuple[str, str, str]:
    """(html, url, true body) of the fixture page whose id starts with ``prefix``."""
    page_id = next(k for k in TRUTH if k.startswith(prefix))
    html = gzip.decompress((PAGES / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
    return html, TRUTH[page_id]["url"], TRUTH[page_id]["articleBody"]


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


@pytest.mark.parametrize("prefix", ["d48aeb", "5ae11e", "f8ff62"])
def test_every_true_paragraph_is_extracted(prefix):
    html, url, truth = page(prefix)
    body = extract_html(html, url)["body"]
    for paragraph in paragraphs(truth):
        assert paragraph[:50] in body


def test_article_cut_short_by_trafilatura_is_completed_from_readability():
    # trafilatura stops after five paragraphs of this WIRED story; readability has all of it.
    html, url, truth = page("d48aeb")
    body = extract_html(html, url)["body"]
    assert "Maybe Instagram likes it that way." in body
    assert "David Stier, a data scientist" in body
    assert len(body) > 0.9 * len(truth)


def test_about_the_company_box_after_the_article_is_dropped():
    # A press release: trafilatura keeps the "About Ascom" boilerplate that readability leaves out.
    html, url, _ = page("5ae11e")
    body = extract_html(html, url)["body"]
    assert "Digistat Patient Watch" in body
    assert "Ascom is a global solutions provider" not in body
    assert "Ascom is headquartered in Baar" not in body


def test_empty_trafilatura_text_falls_back_to_readability():
    html, url, _ = page("f8ff62")
    body = extract_html(html, url)["body"]
    assert "Home Depot" in body and len(body) > 1500
    # Barron's reprint and copyright notices stay out.
    assert "Dow Jones & Company, Inc. All Rights Reserved" not in body
    assert "Order Reprints" not in body


def test_headline_is_not_part_of_the_body():
    html, url, _ = page("d48aeb")
    tree = parse(html)
    titles = page_titles(tree)
    assert "Chasing Instagram Analytics, My Friend Became a Grocery Store" in titles
    # Icons' SVG <title>s are not page titles.
    assert "Facebook" not in titles
    body = extract_html(html, url)["body"]
    assert not body.startswith("Chasing Instagram")
    assert strip_title("Why My Friend Became a Grocery Store on Instagram\n" + body, titles) == body


def test_body_paragraphs_stay_on_separate_lines():
    html, url, truth = page("d48aeb")
    body = extract_html(html, url)["body"]
    assert len(paragraphs(body)) >= len(paragraphs(truth)) - 2


def test_readability_text_has_one_block_a_line():
    tree = parse("<html><body><div class='article'><h2>Section</h2><p>First <b>bold</b>\nparagraph "
                 "of the article, long enough to be scored as content by readability, with commas, clauses, "
                 "and more words.</p><p>Second paragraph, also long enough to count, with commas, clauses and "
                 "words.<br>After a break.</p></div></body></html>")
    text = readability_text(tree)
    lines = text.split("\n")
    assert "First bold paragraph of the article" in lines[lines.index("Section") + 1]
    assert lines[-1] == "After a break."


def test_reconcile_keeps_primary_text_up_to_the_last_confirmed_paragraph():
    secondary = ("The council voted on Monday to close the old bridge to traffic from next spring.\n"
                 "Engineers found cracks in two of its piers last year, and repairs were judged too costly.")
    primary = secondary + "\nAbout us: we sell widgets since 1900."
    assert reconcile(primary, secondary) == secondary
    # Unconfirmed paragraphs inside the agreed span stay.
    first, second = secondary.split("\n")
    inner = f"{first}\nOnly the primary has this one line.\n{second}"
    assert reconcile(inner, secondary) == inner
    # A long unconfirmed ending is article text that the secondary extractor missed.
    ending = "\n".join(f"Paragraph {i} of the story goes on with more words." for i in range(3))
    assert reconcile(secondary + "\n" + ending, secondary) == secondary + "\n" + ending


def test_reconcile_appends_a_long_continuation_and_falls_back_on_empty_primary():
    primary = "one two three four five six"
    secondary = "one two three four five six\nseven eight nine ten eleven twelve thirteen"
    assert reconcile(primary, secondary) == secondary
    assert reconcile("", secondary) == secondary
    # A short trailer of the secondary (a caption, a "read more") is not appended.
    long_primary = " ".join(f"w{i}" for i in range(40))
    assert reconcile(long_primary, long_primary + "\nRead more") == long_primary


def test_strip_title_removes_only_a_leading_headline():
    titles = ["Cat found in New Mexico after going missing in Oregon - San Francisco Chronicle"]
    text = "Cat found in New Mexico after going missing in Oregon\nThe cat was found 1,000 miles away."
    assert strip_title(text, titles) == "The cat was found 1,000 miles away."
    # A first paragraph that merely mentions the headline's words is body text.
    long = "A cat found in New Mexico after going missing in Oregon was returned to its owners on Monday, " \
           "officials said, after a microchip scan."
    assert strip_title(long, titles) == long
    # What precedes the headline near the top is another story's teaser or navigation.
    teaser = "Night mode takes advantage of the new camera.\n16\" MacBook Pro Now Available\n" + text
    assert strip_title(teaser, titles) == "The cat was found 1,000 miles away."
    # ...unless the other extractor has it too: a lead paragraph laid out above the headline.
    lead = "Officials in Oregon said the cat had been missing for three years.\n" + text
    assert strip_title(lead, titles, secondary=lead) == ("Officials in Oregon said the cat had been missing for "
                                                          "three years.\nThe cat was found 1,000 miles away.")


def test_main_text_without_readability_result_keeps_primary():
    html = "<html><head><title>Hello</title></head><body><p>Short.</p></body></html>"
    assert main_text(parse(html), "Some text of the page.") == "Some text of the page."


def test_labelled_links_to_other_articles_are_dropped():
    html = ("<html><body><article><p>Europa has water vapour, NASA says, after years of searching.</p>"
            "<p>Related: <a href='/a'>Possible Water Plumes on Europa: The Discovery in Images</a></p>"
            "<p>Lire aussi : <a href='/b'>Les critiques de la CNIL contre le projet de loi</a></p>"
            "<pre>Origin: <a href='https://3pp.io:4439'>https://3pp.io:4439</a></pre>"
            "<p>Pro tip: the plumes are best seen in ultraviolet light.</p></article></body></html>")
    text = ("Europa has water vapour, NASA says, after years of searching.\n"
            "Related: Possible Water Plumes on Europa: The Discovery in Images\n"
            "Lire aussi : Les critiques de la CNIL contre le projet de loi\n"
            "Origin: https://3pp.io:4439\n"
            "Pro tip: the plumes are best seen in ultraviolet light.")
    assert drop_cross_references(text, parse(html)).split("\n") == [
        "Europa has water vapour, NASA says, after years of searching.",
        "Origin: https://3pp.io:4439",
        "Pro tip: the plumes are best seen in ultraviolet light."]


def test_lists_of_headlines_linking_elsewhere_are_dropped():
    html = ("<html><body><article><p>The probe confirmed water vapour above the moon's surface.</p><ul>"
            "<li><a href='/a'>NASA Europa Mission Could Potentially Spot Signs of Alien Life</a></li>"
            "<li><a href='/b'>Photos: Europa, Mysterious Icy Moon of Jupiter</a></li></ul>"
            "<p>See <a href='/c'>the full study in Nature Astronomy this week</a>.</p>"
            "<ol><li><a href='#one'>How the vapour was measured from the ground</a></li>"
            "<li><a href='#two'>What the vapour means for life on Europa</a></li></ol></article></body></html>")
    text = ("The probe confirmed water vapour above the moon's surface.\n"
            "- NASA Europa Mission Could Potentially Spot Signs of Alien Life\n"
            "- Photos: Europa, Mysterious Icy Moon of Jupiter\n"
            "See the full study in Nature Astronomy this week.\n"
            "How the vapour was measured from the ground\n"
            "What the vapour means for life on Europa")
    # A sentence with a link in it stays; so does the in-page table of contents.
    assert drop_cross_references(text, parse(html)).split("\n") == [
        "The probe confirmed water vapour above the moon's surface.",
        "See the full study in Nature Astronomy this week.",
        "How the vapour was measured from the ground",
        "What the vapour means for life on Europa"]


def test_source_line_breaks_inside_a_paragraph_are_joined():
    # trafilatura keeps the HTML source's line break inside the first paragraph; readability does not.
    primary = ("It is easier than ever to personalize Firefox and make it work the way\n"
               "you do, with themes and add-ons.\n"
               "Roses are red,\nviolets are blue.")
    secondary = ("It is easier than ever to personalize Firefox and make it work the way you do, with themes and "
                 "add-ons.\nRoses are red,\nviolets are blue.")
    # The verse's <br> breaks are breaks in readability's text too, so they stay.
    assert join_broken_lines(primary, secondary).split("\n") == [
        "It is easier than ever to personalize Firefox and make it work the way you do, with themes and add-ons.",
        "Roses are red,", "violets are blue."]


def test_readability_text_keeps_the_lines_of_preformatted_text():
    tree = parse("<html><body><div><p>A long enough introduction to the code sample below, with commas, "
                 "clauses, and more words for readability.</p><pre>def f(x):\n    return x</pre>"
                 "<p>Another paragraph, long enough to count, with commas, clauses and words.</p></div>"
                 "</body></html>")
    lines = readability_text(tree).split("\n")
    assert "def f(x):" in lines and "return x" in lines
