"""The documented examples run: docstring examples and the README's Python example."""

from __future__ import annotations

import doctest
import importlib
import os
import re

import pytest

from conftest import ROOT


@pytest.mark.parametrize("module", ["newsgraph", "newsgraph.store.database", "newsgraph.pipeline"])
def test_docstring_examples(module):
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


def test_readme_python_example(tmp_path):
    readme = (ROOT / "README.md").read_text()
    code = re.search(r"```python\n(.*?)```", readme, re.S)[1]
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        namespace: dict = {}
        exec(compile(code.replace('"newsgraph.duckdb"', repr(str(tmp_path / "r.duckdb"))), "README", "exec"),
             namespace)
    finally:
        os.chdir(cwd)
    doc = namespace["doc"]
    assert doc.language == "fr" and doc.published.isoformat() == "2020-11-07"


def test_every_json_key_is_documented():
    documented = (ROOT / "docs" / "document.md").read_text()
    from newsgraph import process

    doc = process("Emmanuel Macron a reçu Olaf Scholz à Paris pour parler de l'Ukraine.").to_dict(tokens=True)
    keys = set(doc)
    for records in ("dropped", "languages", "sentences", "tokens", "entities", "places"):
        for item in doc[records][:1]:
            keys |= {f"{records}.{k}" for k in item}
    for key in sorted(keys):
        assert f"`{key.split('.')[-1]}`" in documented, key
