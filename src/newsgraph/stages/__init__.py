"""Pipeline stages, in the order they run. A new capability is a new module here and one line in ``STAGES``."""

from __future__ import annotations

from newsgraph.stages.base import Rejected, Stage
from newsgraph.stages.clean import Clean
from newsgraph.stages.dedup import Fingerprint
from newsgraph.stages.events import CodeEvents
from newsgraph.stages.extract import Extract
from newsgraph.stages.geocode import Geocode
from newsgraph.stages.language import DetectLanguage
from newsgraph.stages.lexicon import LexiconEntities
from newsgraph.stages.link import LinkEntities
from newsgraph.stages.nlp import Annotate

# name -> stage class; the order is the order of the flow.
STAGES: dict[str, type[Stage]] = {
    "extract": Extract,
    "clean": Clean,
    "language": DetectLanguage,
    "nlp": Annotate,
    "lexicon": LexiconEntities,
    "link": LinkEntities,
    "events": CodeEvents,
    "geocode": Geocode,
    "dedup": Fingerprint,
}

__all__ = ["STAGES", "Rejected", "Stage"]
