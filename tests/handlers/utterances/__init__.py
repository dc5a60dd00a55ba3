"""Real utterances with the understanding they must produce (intent and entities), one module
per kind of question; ``UTTERANCES`` is the whole table."""

from __future__ import annotations

from tests.handlers.utterances.conversation import CONVERSATION
from tests.handlers.utterances.counts import COUNTS
from tests.handlers.utterances.criteria import CRITERIA
from tests.handlers.utterances.districts import DISTRICTS
from tests.handlers.utterances.plan import PLAN
from tests.handlers.utterances.rankings import RANKINGS
from tests.handlers.utterances.utterance import U
from tests.handlers.utterances.xa_lacking import XA_LACKING
from tests.handlers.utterances.xa_met import XA_MET

__all__ = ["UTTERANCES", "U"]

UTTERANCES: tuple[U, ...] = (
    XA_LACKING + XA_MET + DISTRICTS + CRITERIA + RANKINGS + COUNTS + PLAN + CONVERSATION
)
