from __future__ import annotations

from bot.analyze.reader import read_items


def test_when_lines_are_json_then_ids_and_texts_are_read() -> None:
    items = list(read_items(['{"id": "a1", "text": "hello there"}', '{"id": 7, "text": "x"}']))
    assert [(i.id, i.text) for i in items] == [("a1", "hello there"), (7, "x")]


def test_when_lines_are_plain_text_then_line_numbers_are_ids_and_blanks_skipped() -> None:
    items = list(read_items(["first text\n", "\n", "third text\n"]))
    assert [(i.id, i.text) for i in items] == [(1, "first text"), (3, "third text")]


def test_when_a_line_is_broken_then_it_is_reported_without_stopping_the_rest() -> None:
    items = list(
        read_items(['{"id": 1, "text": ', '{"id": 2}', '{"text": 5}', '{"id": 3, "text": "ok"}'])
    )
    assert [i.error is not None for i in items] == [True, True, True, False]
    assert items[1].id == 2 and "text" in (items[1].error or "")
    assert items[3].text == "ok"
