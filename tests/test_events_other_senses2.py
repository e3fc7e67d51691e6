"""Words of violence and of agreement that tell no event: an order given ('Execute him,' he implied), what no one
bleeds for as the object ('eliminated funding', 'an assault on civil liberties', 'shot a campaign video'), and a
ceasefire already known ('doubts about the ceasefire'). Invented sentences; the classes were found reading Polemos's
events on political news passages it was never tuned to."""
from __future__ import annotations

import functools
from datetime import date

from tests.event_sentences import events, one

news = functools.partial(events, pub=date(2016, 3, 1))
_one = functools.partial(one, pub=date(2016, 3, 1))


def test_an_order_given_is_no_act():
    assert not news("In plain words, execute him, the candidate implied at a rally.")


def test_what_no_one_bleeds_for_is_no_victim():
    assert not news("The new budget eliminated federal funding for prison libraries.")
    assert not news("Critics called the law an assault against press freedom.")
    assert not news("The campaign hired a crew to shoot a campaign video in Ohio.")


def test_a_ceasefire_already_known_is_no_agreement():
    assert not news("The French foreign minister voiced doubts about the ceasefire.")
    assert not news("A UN envoy said that the truce had so far held up well.")
    ev = _one("The truce took effect in Homs on Monday.")
    assert ev.sub_event_type == "Agreement"
