"""`complaintbot analyze` as a user runs it: a subprocess reading JSON lines on stdin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT

pytestmark = pytest.mark.model
COMPLAINTBOT = str(Path(sys.executable).parent / "complaintbot")

MIXED = [
    (
        "c1",
        "complaint",
        "My broadband has been down for a week and nobody will fix it. I want compensation.",
    ),
    (
        "c2",
        "complaint",
        "I am writing to complain about the late fee charged to my credit card on 3 March, "
        "please refund it.",
    ),
    (
        "c3",
        "complaint",
        "your courier threw my parcel over the fence and it smashed, I want a replacement NOW",
    ),
    ("f1", "feedback", "Thank you, the engineer who fixed my boiler was polite and quick."),
    ("f2", "feedback", "It would be nice if the app had a dark mode."),
    ("q1", "inquiry", "How do I change the direct debit date on my account?"),
    ("q2", "inquiry", "What are your opening hours on bank holidays?"),
    ("h1", "handoff_request", "Can I talk to a real person please"),
]


def run_analyze(model: Path, stdin: str, *options: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COMPLAINTBOT_MODELS_DIR": str(model.parent)}
    return subprocess.run(
        [COMPLAINTBOT, "analyze", *options], input=stdin, capture_output=True, text=True, env=env,
        cwd=PROJECT_ROOT, timeout=600,
    )  # fmt: skip


def test_when_mixed_texts_are_analysed_then_each_gets_its_kind_and_no_text_is_echoed(
    trained_model: Path,
) -> None:
    stdin = "\n".join(json.dumps({"id": i, "text": t}) for i, _, t in MIXED) + "\n"
    result = run_analyze(trained_model, stdin)
    assert result.returncode == 0, result.stderr[-2000:]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [i for i, _, _ in MIXED]
    kinds = {r["id"]: r["kind"] for r in records}
    wrong = {i: kinds[i] for i, kind, _ in MIXED if kinds[i] != kind}
    assert len(wrong) <= 1, wrong  # a statistical model; one slip in eight is tolerated
    for record in records:
        assert set(record) >= {
            "id",
            "kind",
            "intent",
            "language",
            "distress",
            "pii",
            "redacted_text",
        }
        assert 0.0 <= record["intent"]["confidence"] <= 1.0
        assert record["language"]["code"] == "en"
        assert record["distress"]["level"] in {"none", "low", "high"}
    for (_, _, text), record in zip(MIXED, records, strict=True):
        assert text not in result.stderr
        assert record["pii"] == [] and record["redacted_text"] == text  # nothing personal here


def test_when_text_holds_personal_data_then_it_is_reported_by_offset_and_redacted(
    trained_model: Path,
) -> None:
    text = "My name is Sam Example, email sam.example@example.com, my parcel never arrived"
    result = run_analyze(trained_model, json.dumps({"id": 1, "text": text}) + "\n", "--jobs", "1")
    assert result.returncode == 0, result.stderr[-2000:]
    record = json.loads(result.stdout)
    found = {(p["type"], text[p["start"] : p["end"]]) for p in record["pii"]}
    assert ("EMAIL_ADDRESS", "sam.example@example.com") in found
    assert ("PERSON", "Sam Example") in found
    assert "<EMAIL_ADDRESS>" in record["redacted_text"] and "<PERSON>" in record["redacted_text"]
    assert "sam.example@example.com" not in result.stdout and "Sam Example" not in result.stdout


def test_when_input_has_a_broken_line_then_it_is_reported_and_the_rest_analysed(
    trained_model: Path,
) -> None:
    result = run_analyze(
        trained_model,
        'plain text line about my broken fridge\n{"id": 9, "text": \nok\n',
        "--jobs",
        "1",
    )
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    assert records[1] == {"id": 2, "error": "line is not valid JSON"}
    assert records[2]["language"]["code"] == "und"  # "ok" is too short to tell


def test_when_there_is_no_trained_model_then_analyze_says_how_to_get_one(tmp_path: Path) -> None:
    env = {**os.environ, "COMPLAINTBOT_MODELS_DIR": str(tmp_path)}
    result = subprocess.run(
        [COMPLAINTBOT, "analyze"], input="hello\n", capture_output=True, text=True, env=env,
        cwd=PROJECT_ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "no trained model" in result.stderr and "make train" in result.stderr


def test_when_texts_show_distress_then_analyze_reports_the_model_components_verdict(
    trained_model: Path,
) -> None:
    texts = {
        "high": "I can't cope any more, I've lost everything and now you want more money",
        "low": "This is the third time I have called about my broadband and nobody calls back",
        "none": "Your new prices are killing me, can you check if there is a cheaper tariff?",
    }
    stdin = "\n".join(json.dumps({"id": k, "text": t}) for k, t in texts.items()) + "\n"

    result = run_analyze(trained_model, stdin)

    assert result.returncode == 0, result.stderr[-2000:]
    levels = {r["id"]: r["distress"] for r in map(json.loads, result.stdout.splitlines())}
    assert {key: levels[key]["level"] for key in texts} == {k: k for k in texts}
    assert "despair" in levels["high"]["signals"]
    assert "repeated_contact" in levels["low"]["signals"]
