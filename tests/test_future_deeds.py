"""A deed still to come is a chronology event whatever its verb; a forecast is not."""

import pytest

from reportgen.analysis.eventness import states_event


@pytest.mark.parametrize(
    "clause",
    [
        "The Colombian Geological Survey will train 60 technicians in Tsukuba next year.",
        "The Museums Association of Namibia will catalogue the objects and show them in Keetmanshoop next year.",
        "According to the Namibian envoy, the two sides would meet again in Windhoek early next year.",
        "The group was welcomed by the director, who said the number of volunteers would double in 2027.",
        "The carrier plans to add a third weekly frequency from March.",
    ],
)
def test_a_deed_still_to_come_is_an_event_whatever_its_verb(clause):
    assert states_event(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "The new corridor will strengthen ties between the two economies from 2027.",
        "Pertamina's chief executive said that Norwegian experience would help Indonesia reach net zero by 2060.",
        "The plant will remain the largest in the region in 2030.",
        "Analysts believe the deal could collapse in 2027.",
    ],
)
def test_a_forecast_after_will_or_a_reported_would_is_no_event(clause):
    assert not states_event(clause)


def test_an_anniversary_marked_on_a_date_is_an_event_and_a_mark_left_is_not():
    assert states_event("The 30th anniversary of diplomatic relations was marked in 2022 with a gala concert.")
    assert not states_event("The decade was marked by tensions over the border after 2010.")
