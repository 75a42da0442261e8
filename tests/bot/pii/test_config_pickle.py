from __future__ import annotations

import pickle

from bot.pii import PiiConfig


def test_when_config_is_sent_to_a_worker_process_then_it_pickles_unchanged() -> None:
    config = PiiConfig(placeholders={"PERSON": "[name]"}, phone_regions=("gb",))
    copy = pickle.loads(pickle.dumps(config))
    assert copy == config and copy.placeholder("PERSON") == "[name]"
    assert hash(copy) == hash(config)
