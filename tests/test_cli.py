"""The ``newsgraph`` command, as a user runs it."""

from __future__ import annotations

import json
import shutil

from conftest import EXAMPLE, FIXTURES, ROOT, run_newsgraph


def test_ingest_then_articles_then_show(cli):
    result = cli("ingest", str(EXAMPLE))
    assert result.exit_code == 0
    assert "1 read · 1 stored · 0 duplicates · 0 copies · 0 skipped" in result.stderr
    again = cli("ingest", str(EXAMPLE))
    assert again.exit_code == 0 and "0 stored · 1 duplicates" in again.stderr
    listing = cli("articles")
    assert "fr-putin-macron-call-2020-11-07.txt" in listing.stdout and "2020-11-07" in listing.stdout
    [row] = cli.json_lines("articles", "--json")
    shown = cli("show", row["id"][:8])
    assert "Le président russe Vladimir Poutine" in shown.stdout and "scrape header" in shown.stdout
    assert "Emmanuel Macron" in shown.stdout and "PERSON" in shown.stdout
    [doc] = cli.json_lines("show", "--json")
    assert doc["id"] == row["id"] and doc["language"] == "fr" and doc["published"] == "2020-11-07"


def test_process_json_has_the_documented_keys(cli):
    [doc] = cli.json_lines("process", str(EXAMPLE), "--json")
    for key in ("id", "url", "title", "published", "language", "body", "dropped", "sentences", "entities"):
        assert key in doc
    assert set(doc["sentences"][0]) == {"start", "end"}
    entity = doc["entities"][0]
    for key in ("text", "type", "start", "end", "sentence", "confidence", "canonical", "wikidata", "country",
                "geonames"):
        assert key in entity
    assert all(doc["body"][e["start"]:e["end"]] == e["text"] for e in doc["entities"])
    assert "tokens" not in doc
    [with_tokens] = cli.json_lines("process", str(EXAMPLE), "--json", "--tokens")
    assert with_tokens["tokens"][0]["lemma"] == "le"


def test_process_every_format_at_once(cli):
    docs = cli.json_lines("process", str(FIXTURES), "--json")
    kinds = {d["kind"] for d in docs}
    assert kinds == {"html", "feed", "jsonl"} | {"text"}
    languages = {d["language"] for d in docs}
    assert {"en", "es", "de", "ru", "it"} <= languages


def test_bad_inputs_are_reported_and_good_ones_stored(cli, tmp_path):
    tmp_path = tmp_path / "inputs"
    tmp_path.mkdir()
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.dat").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "bad.jsonl").write_text('{"text": "Le Parlement européen a voté jeudi à Strasbourg."}\n{oops\n')
    shutil.copy(EXAMPLE, tmp_path / "good.txt")
    result = cli("ingest", str(tmp_path), str(tmp_path / "missing.txt"))
    assert result.exit_code == 0
    err = result.stderr
    assert "empty.txt: empty file" in err
    assert "binary.dat: binary file, not text" in err
    assert "bad.jsonl:2: invalid JSON" in err
    assert "missing.txt: no such file or folder" in err
    assert "2 stored" in err and "4 skipped" in err
    assert "Traceback" not in result.output


def test_nothing_readable_is_an_error(cli, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = cli("ingest", str(tmp_path / "empty.txt"))
    assert result.exit_code == 1 and "nothing could be read" in result.stderr


def test_show_and_articles_without_database(cli):
    result = cli("articles")
    assert result.exit_code == 1 and "no database" in result.stderr and "Traceback" not in result.output


def test_show_unknown_id(cli):
    cli("ingest", str(EXAMPLE))
    result = cli("show", "zzzz")
    assert result.exit_code == 1 and "no single article" in result.stderr


def test_export_parquet(cli, tmp_path):
    cli("ingest", str(EXAMPLE))
    result = cli("export", "--format", "parquet", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "articles.parquet", "dropped.parquet", "entities.parquet", "events.parquet", "language_spans.parquet",
        "places.parquet", "sentences.parquet"]


def test_search(cli):
    cli("ingest", str(EXAMPLE), str(FIXTURES / "feed.rss"))
    hits = cli.json_lines("search", "Karabakh Chouchi", "--json")
    assert hits[0]["published"] == "2020-11-07" and hits[0]["score"] > hits[-1]["score"]
    assert cli.json_lines("search", "zzzunknownword", "--json") == []


def test_eval_extraction_json(cli):
    [result] = cli.json_lines("eval", "extraction", str(FIXTURES / "pages"), "--json")
    assert set(result) >= {"precision", "recall", "f1", "pages", "pages_per_second"}
    assert result["pages"] == 4 and 0.8 < result["f1"] <= 1


def test_eval_ner_json(cli, tmp_path):
    gold = tmp_path / "fr" / "gold.conllu"
    gold.parent.mkdir()
    gold.write_text("0\tEmmanuel\tB-PER\n1\tMacron\tI-PER\n2\test\tO\n3\tà\tO\n4\tBerlin\tB-LOC\n5\t.\tO\n\n"
                    "0\tL'\tO\n1\tONU\tB-ORG\n2\ta\tO\n3\tparlé\tO\n4\t.\tO\n")
    [result] = cli.json_lines("eval", "ner", str(gold), "--json")
    assert result["language"] == "fr" and result["sentences"] == 2
    assert result["per_type"]["PERSON"]["gold"] == 1 and result["f1"] > 0.6


def test_help_teaches():
    result = run_newsgraph("--help")
    assert result.returncode == 0
    text = result.stdout.decode()
    for command in ("ingest", "articles", "show", "process", "export", "eval"):
        assert command in text


def test_real_command_and_stdin(tmp_path):
    result = run_newsgraph("process", "-", "--json", input=EXAMPLE.read_bytes(), cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    doc = json.loads(result.stdout.decode().splitlines()[0])
    assert doc["input"] == "<stdin>" and doc["published"] == "2020-11-07"


def test_readme_first_command_runs_on_the_bundled_example(tmp_path):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    assert run_newsgraph("ingest", "examples/", cwd=tmp_path).returncode == 0
    shown = run_newsgraph("show", cwd=tmp_path)
    assert shown.returncode == 0 and "Vladimir Poutine" in shown.stdout.decode()
