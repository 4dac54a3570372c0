"""A card's participant answer: the target said once, the result with its source, and never a
placeholder where the source is unknown."""

from __future__ import annotations

import pytest

from analyysi.analyses.answers import ProjectAnswers, ProjectParticipants, say_project


def _card(**participants) -> ProjectAnswers:
    fields = dict(
        planned=40,
        realised=None,
        achievement=None,
        status="not_reported",
        source=None,
        evidence=None,
        review_status="unconfirmed",
    )
    fields.update(participants)
    return ProjectAnswers(
        project_code="S1",
        project_name="Hanke",
        planned_start=None,
        planned_end=None,
        funding=None,
        participants=ProjectParticipants(**fields),
        covid=None,
    )


def _words(said) -> str:
    return " ".join([said.figure, said.figure_label, *said.sentences])


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_result_without_a_number_says_the_target_once_and_no_empty_source(lang):
    said = say_project(_card(), lang)[1]
    words = _words(said)
    assert words.count("40") == 1, words
    assert "(—)" not in words and "()" not in words, words
    assert said.figure != "—"  # the status is the finding
    assert not said.is_confirmed


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_qualitative_result_names_its_source(lang):
    said = say_project(
        _card(status="met", source="text_qualitative", evidence="Tavoite saavutettiin."), lang
    )[1]
    assert any("(" in s and "—" not in s for s in said.sentences[1:]), said.sentences
    assert said.quotes and said.quotes[0][0] == "Tavoite saavutettiin."


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_counted_result_shows_realised_over_target(lang):
    said = say_project(
        _card(realised=52, achievement=1.3, status="exceeded", source="indicator"), lang
    )[1]
    assert said.figure.replace("\u00a0", " ") == "52 / 40"
    assert sum(s.count("40") for s in said.sentences) == 1


def test_every_project_at_once_gives_what_each_project_alone_gives(rendered):
    from analyysi.analyses import overview
    from analyysi.analyses.answers import all_project_answers, project_answers

    tables = overview.load_tables(rendered[0] / "processed")
    together = all_project_answers(tables)
    assert len(together) == 5
    assert together == [project_answers(tables, a.project_code) for a in together]
    assert any(a.covid and a.covid.evidence for a in together)  # the evidence is compared too


def test_an_unknown_project_is_named(rendered):
    from analyysi.analyses import overview
    from analyysi.analyses.answers import project_answers

    with pytest.raises(LookupError, match="S99999"):
        project_answers(overview.load_tables(rendered[0] / "processed"), "S99999")


def test_the_index_says_a_result_without_a_count_in_words():
    from analyysi.report.index import _participants_cell

    cell = _participants_cell(_card(status="exceeded", source="text_qualitative"), "fi")
    assert "– /" not in cell and "40" in cell and "ylitetty" in cell.lower()


@pytest.mark.parametrize(("count", "word"), [(1, "virke "), (2, "virkettä")])
def test_sentences_awaiting_review_take_their_plural(count, word):
    from analyysi.catalogue import text

    assert word in text("answer.project_covid_waiting", "fi", count=count)
    assert ("sentence awaits" if count == 1 else "sentences await") in text(
        "answer.project_covid_waiting", "en", count=count
    )
