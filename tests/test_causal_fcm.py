"""The fuzzy cognitive map simulator and scenario runs."""
from __future__ import annotations

import numpy as np
import pytest

from polemos.causal.fcm import simulate
from polemos.causal.scenario import Link, paths, run_scenario

# A published FCM example (reproduced in R and Python): row = from, column = to.
ORACLE_W = [
    [0, 0, .6, .9, 0, 0, 0, .8],
    [.1, 0, 0, 0, 0, 0, .2, .5],
    [0, .7, 0, 0, .9, 0, .4, .1],
    [.4, 0, 0, 0, 0, .9, 0, 0],
    [0, 0, 0, 0, 0, -.9, 0, .3],
    [-.3, 0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, .8, .4, .9],
    [.1, 0, 0, 0, 0, .1, .6, 0],
]
ORACLE_EQ = [0.7258851, 0.7907061, 0.7694508, 0.8124733, 0.8192938, 0.8399006, 0.9099403, 0.9557739]


def test_oracle_modified_kosko_sigmoid():
    run = simulate(ORACLE_W, [1, 1, 0, 0, 0, 0, 0, 0], rule="modified-kosko", function="sigmoid", lam=1,
                   threshold=0.001)
    assert run.converged and run.cycle is None
    assert len(run.states) == 7 and run.iterations == 6
    assert np.allclose(run.final, ORACLE_EQ, atol=1e-6)


def test_kosko_tanh_fixed_point_and_clamp():
    w = [[0, 0.5], [0, 0]]
    run = simulate(w, [0, 0], clamped={0: 1.0})
    assert run.converged
    assert run.final[0] == 1.0 and run.final[1] == pytest.approx(np.tanh(0.5))


def test_limit_cycle_is_detected_with_its_period():
    # two concepts inhibiting each other under a threshold function oscillate: (1,0) -> (0,1) -> (1,0)
    w = [[0, -1], [-1, 0]]
    run = simulate(w, [1, 0], function="trivalent", max_iter=50)
    assert not run.converged
    assert run.cycle == 2
    assert run.iterations < 50


def test_bad_shapes_are_refused():
    with pytest.raises(ValueError, match="square"):
        simulate([[0, 1, 0]], [0, 0, 0])
    with pytest.raises(ValueError, match="rule"):
        simulate([[0]], [0], rule="other")


CHAIN = ["a", "b", "c", "d", "e"]


def _chain_links():
    # a -(+)-> b -(-)-> c ; a -(+)-> d ; e -(+)-> a (e is an ancestor, not a descendant, of a)
    return [Link("a", "b", 0.8), Link("b", "c", -0.7), Link("a", "d", 0.6), Link("e", "a", 0.9)]


def test_clamping_changes_only_descendants():
    out = run_scenario(CHAIN, _chain_links(), {"a": 1.0}, samples=0)
    delta = {ch.concept: ch.delta for ch in out.changes}
    assert delta["e"] == 0.0                       # a cause of the driver does not move
    assert all(abs(delta[c]) > 0.05 for c in ("b", "c", "d"))
    assert out.converged and out.iterations > 0


def test_sign_of_change_equals_path_product_on_acyclic_maps():
    links = _chain_links()
    for value in (1.0, -1.0):
        out = run_scenario(CHAIN, links, {"a": value}, samples=0)
        delta = {ch.concept: ch.delta for ch in out.changes}
        assert np.sign(delta["b"]) == np.sign(value * 0.8)
        assert np.sign(delta["c"]) == np.sign(value * 0.8 * -0.7)
        assert np.sign(delta["d"]) == np.sign(value * 0.6)


def test_monte_carlo_bands_are_seeded_and_bracket_the_change():
    links = [Link("a", "b", 0.8, belief=0.9), Link("b", "c", 0.5, belief=0.6)]
    one = run_scenario(["a", "b", "c"], links, {"a": 1.0}, targets=["c"], samples=100, seed=3)
    two = run_scenario(["a", "b", "c"], links, {"a": 1.0}, targets=["c"], samples=100, seed=3)
    other = run_scenario(["a", "b", "c"], links, {"a": 1.0}, targets=["c"], samples=100, seed=4)
    c1, c2, c3 = one.changes[0], two.changes[0], other.changes[0]
    assert (c1.low, c1.high) == (c2.low, c2.high)
    assert (c1.low, c1.high) != (c3.low, c3.high)
    assert c1.low <= c1.delta <= c1.high
    assert c1.low == pytest.approx(0.0, abs=1e-9)  # some draws drop an edge: no change at all


def test_paths_explain_the_change():
    links = [Link("a", "b", 0.8), Link("b", "c", 0.5), Link("a", "c", -0.2)]
    found = paths(["a", "b", "c"], links, {"a": 1.0}, "c")
    assert found[0] == (["a", "b", "c"], pytest.approx(0.4))
    assert found[1] == (["a", "c"], pytest.approx(-0.2))


def test_unknown_driver_is_named():
    with pytest.raises(ValueError, match="zzz"):
        run_scenario(["a"], [], {"zzz": 1.0})
