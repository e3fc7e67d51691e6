"""Displacement figures are claims about the country's civilians, whoever displaced them. Invented sentences."""
from __future__ import annotations

from tests.claim_sentences import claims


def test_people_displaced_are_a_figure_about_civilians():
    assert claims("The fighting has displaced more than 30,000 people in Ituri province since March, the UN "
                  "said.") == [("Civilians (Democratic Republic of Congo)", "other", 30000, None)]
    assert claims("UN figures show over 20,000 people in Cauca were displaced during the clashes.") == \
        [("Civilians (Colombia)", "other", 20000, None)]
    assert claims("A camp in Ituri hosts 1.2 million refugees.") == \
        [("Civilians (Democratic Republic of Congo)", "other", 1200000, 1200000)]


def test_people_who_act_are_no_displacement_figure():
    assert claims("More than 2,000 residents of Ituri marched against the fighting.") == []
