"""One-to-one matching of predicted and gold items, shared by the evaluations."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def greedy_pairs(predicted: Sequence, gold: Sequence,
                 score: Callable[[object, object], float]) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs, each item used once, highest ``score`` first; a score of 0 or less is
    no match."""
    candidates = sorted(((score(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)),
                        key=lambda c: -c[0])
    used_p, used_g, pairs = set(), set(), []
    for value, i, j in candidates:
        if value > 0 and i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs
