"""Defections: armed men joining another side ('soldiers joined the Taliban') are a change of group, the side they
left first and the one they joined second; 'defected to X' names X second. Men joining a parade or a state joining a
coalition defect from nothing. Invented sentences."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

_one = functools.partial(one, pub=date(2021, 3, 12))
news = functools.partial(events, pub=date(2021, 3, 12))


def test_armed_men_joining_a_named_side_defect():
    ev = _one("On Monday, 22 soldiers and policemen joined the Taliban in Faryab province.")
    assert ev.sub_event_type == "Change to group/activity"
    assert (ev.actor1, ev.actor2) == ("Military Forces of Afghanistan (2004-2021)", "Taliban")
    assert not news("Pakistani troops joined the parade in Lahore on Monday.")     # no side joined
    assert not news("Qatar joined the coalition on Monday.")                       # no armed men


def test_the_side_gone_over_to_is_the_second():
    ev = _one("A battalion of the Yemeni army defected to the Southern Transitional Council in Aden on Monday.")
    assert ev.actor2 == "Southern Transitional Council"
