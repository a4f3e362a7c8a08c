"""Exercises of notebook 05 (optimizers): one momentum step by hand, Adam's first step, and the
condition number κ with the convergence rates of GD and heavy-ball momentum.

The expected answers come from gdlab's own optimizers (gdlab.scratch.optimizers, torch.optim's
formulas) and LineSums.hessian; each known mistake is computed from the same numbers.
"""
import math

import numpy as np

from gdlab.data import house
from gdlab.exercises.exercise import Exercise, expect
from gdlab.scratch.optimizers import Adam, Momentum
from gdlab.scratch.sums import LineSums

# 05.1: one step of torch-style momentum from a given state
P, VELOCITY, GRAD, LR, MU = 1.0, 0.5, 2.0, 0.1, 0.9
# 05.2: Adam's first step
ADAM_LR, ADAM_GRAD = 0.01, 1000.0


def momentum_step():
    """(new velocity, new p) of gdlab's Momentum from velocity VELOCITY at p = P with gradient GRAD."""
    optimizer = Momentum(lr=LR, momentum=MU)
    optimizer.velocity = np.array([VELOCITY])
    p = optimizer.step(np.array([P]), np.array([GRAD]))
    return float(optimizer.velocity[0]), float(p[0])


def _test_1(velocity, p):
    expected_v, expected_p = momentum_step()
    ema_v = MU * VELOCITY + (1 - MU) * GRAD
    expect(velocity, expected_v, "the new velocity",
           mistakes=[(ema_v, "that is an average μ·v + (1 − μ)·g (dampening); torch's momentum adds the "
                             "whole gradient: v ← μ·v + g"),
                     (MU * VELOCITY, "you left out the gradient: v ← μ·v + g"),
                     (GRAD, "you dropped the old velocity: v ← μ·v + g keeps μ times it"),
                     (VELOCITY + MU * GRAD, "μ multiplies the old velocity, not the gradient: v ← μ·v + g")],
           hint="v ← μ·v + g with μ = 0.9, v = 0.5, g = 2")
    expect(p, expected_p, "the new p",
           mistakes=[(P - LR * GRAD, "that is a plain GD step; momentum steps along the velocity: "
                                     "p ← p − lr·v with the NEW v"),
                     (P - LR * ema_v, "that uses the averaged velocity μ·v + (1 − μ)·g; torch's is μ·v + g"),
                     (P - LR * VELOCITY, "that steps with the OLD velocity; update v first, then p ← p − lr·v"),
                     (P - LR * (GRAD + MU * expected_v), "that is Nesterov's step p − lr·(g + μ·v); plain "
                                                         "momentum steps p − lr·v"),
                     (P + LR * expected_v, "the step goes against the velocity: p ← p − lr·v")],
           hint="p ← p − lr·v with the new velocity")


def adam_first_step(grad=ADAM_GRAD):
    """p after gdlab's Adam(lr=ADAM_LR) takes its first step from p = 0 with gradient `grad`."""
    return float(Adam(lr=ADAM_LR).step(np.array([0.0]), np.array([grad]))[0])


def _test_2(p):
    expected = adam_first_step()
    b1, b2, g = 0.9, 0.999, ADAM_GRAD
    m, v = (1 - b1) * g, (1 - b2) * g * g
    expect(p, expected, "p after Adam's first step",
           mistakes=[(-ADAM_LR * m / math.sqrt(v), "that is Adam without bias correction: m and v start at "
                                                   "0, so divide by 1 − β₁ᵗ and 1 − β₂ᵗ (m̂, v̂)"),
                     (-ADAM_LR * m / math.sqrt(v / (1 - b2)), "you corrected v but not m: m̂ = m / (1 − β₁ᵗ)"),
                     (-ADAM_LR * (m / (1 - b1)) / math.sqrt(v), "you corrected m but not v: "
                                                                "v̂ = v / (1 − β₂ᵗ)"),
                     (-ADAM_LR * g, "that is a plain GD step lr·g; Adam divides by √v̂, so the first step "
                                    "is about lr whatever the gradient's scale"),
                     (-expected, "the sign: Adam steps against the gradient, p ← p − lr·m̂/(√v̂ + ε)")],
           hint="at t = 1: m̂ = g and v̂ = g², so the step is lr·g/(|g| + ε)", rtol=1e-6)


def house_rates():
    """(κ, GD's rate at lr 2/(L+μ), heavy ball's rate at its optimal lr and momentum) on `house`."""
    mu, big = np.linalg.eigvalsh(LineSums.from_data(*house()).hessian("wxb"))
    kappa = big / mu
    root = math.sqrt(kappa)
    return kappa, (kappa - 1) / (kappa + 1), (root - 1) / (root + 1)


def _test_3(kappa, rate_gd, rate_momentum):
    expected_kappa, expected_gd, expected_hb = house_rates()
    hessian = LineSums.from_data(*house()).hessian("wxb")
    root = math.sqrt(expected_kappa)
    expect(kappa, expected_kappa, "κ = L/μ of the house data's Hessian",
           mistakes=[(root, "that is √κ; κ itself is the ratio of the eigenvalues, largest / smallest"),
                     (1 / expected_kappa, "that is μ/L; κ = L/μ ≥ 1 (largest over smallest)"),
                     (hessian[0, 0] / hessian[1, 1], "that is the ratio of the Hessian's diagonal entries; "
                                                     "κ is the ratio of its eigenvalues (np.linalg.eigvalsh)")],
           hint="κ = λ_max / λ_min of 2·[[mean x², mean x], [mean x, 1]]", rtol=1e-6)
    expect(rate_gd, expected_gd, "GD's rate (κ − 1)/(κ + 1)",
           mistakes=[(expected_hb, "that is momentum's rate (√κ − 1)/(√κ + 1); GD's uses κ itself")],
           hint="rate = (κ − 1)/(κ + 1), with your κ", rtol=1e-6)
    expect(rate_momentum, expected_hb, "heavy-ball momentum's rate (√κ − 1)/(√κ + 1)",
           mistakes=[(expected_gd, "that is GD's rate (κ − 1)/(κ + 1); momentum's uses √κ"),
                     (expected_hb ** 2, "that is the optimal momentum β = rate²; the rate is its square root")],
           hint="rate = (√κ − 1)/(√κ + 1)", rtol=1e-6)


EXERCISES = {
    "05.1": Exercise(question=f"One step of torch's momentum (lr {LR}, μ {MU}) from p = {P}, velocity "
                              f"{VELOCITY}, gradient {GRAD}: the new velocity and the new p.", test=_test_1),
    "05.2": Exercise(question=f"Adam (lr {ADAM_LR}, default betas) at p = 0 gets gradient {ADAM_GRAD:g}: "
                              "p after its first step.", test=_test_2),
    "05.3": Exercise(question="For the house data: κ of the cost's Hessian, GD's rate (κ−1)/(κ+1) and "
                              "heavy-ball momentum's rate (√κ−1)/(√κ+1).", test=_test_3),
}
