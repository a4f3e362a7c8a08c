"""Exercises of notebook 05 (optimizers): one momentum step by hand, Adam's first step, and the
condition number κ with the convergence rates of GD and heavy-ball momentum.

The expected answers come from gdlab's own optimizers (gdlab.scratch.optimizers, torch.optim's
formulas) and LineSums.hessian; each known mistake is computed from the same numbers.
"""
import math

import numpy as np

from gdlab.data import house
from gdlab.exercises.exercise import Exercise, Said, expect
from gdlab.i18n import text
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
    expect(velocity, expected_v, text("nb05.what.new_velocity"),
           mistakes=[(ema_v, text("nb05.velocity.dampening")),
                     (MU * VELOCITY, text("nb05.velocity.no_grad")),
                     (GRAD, text("nb05.velocity.no_old")),
                     (VELOCITY + MU * GRAD, text("nb05.velocity.mu_on_grad"))],
           hint=text("nb05.velocity.hint", mu=MU, velocity=VELOCITY, grad=GRAD))
    expect(p, expected_p, text("nb05.what.new_p"),
           mistakes=[(P - LR * GRAD, text("nb05.p.plain_gd")),
                     (P - LR * ema_v, text("nb05.p.averaged")),
                     (P - LR * VELOCITY, text("nb05.p.old_velocity")),
                     (P - LR * (GRAD + MU * expected_v), text("nb05.p.nesterov")),
                     (P + LR * expected_v, text("nb05.p.sign"))],
           hint=text("nb05.p.hint"))


def adam_first_step(grad=ADAM_GRAD):
    """p after gdlab's Adam(lr=ADAM_LR) takes its first step from p = 0 with gradient `grad`."""
    return float(Adam(lr=ADAM_LR).step(np.array([0.0]), np.array([grad]))[0])


def _test_2(p):
    expected = adam_first_step()
    b1, b2, g = 0.9, 0.999, ADAM_GRAD
    m, v = (1 - b1) * g, (1 - b2) * g * g
    expect(p, expected, text("nb05.what.adam_p"),
           mistakes=[(-ADAM_LR * m / math.sqrt(v), text("nb05.adam.no_correction")),
                     (-ADAM_LR * m / math.sqrt(v / (1 - b2)), text("nb05.adam.only_v")),
                     (-ADAM_LR * (m / (1 - b1)) / math.sqrt(v), text("nb05.adam.only_m")),
                     (-ADAM_LR * g, text("nb05.adam.plain_gd")),
                     (-expected, text("nb05.adam.sign"))],
           hint=text("nb05.adam.hint"), rtol=1e-6)


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
    expect(kappa, expected_kappa, text("nb05.what.kappa"),
           mistakes=[(root, text("nb05.kappa.sqrt")),
                     (1 / expected_kappa, text("nb05.kappa.inverse")),
                     (hessian[0, 0] / hessian[1, 1], text("nb05.kappa.diagonal"))],
           hint=text("nb05.kappa.hint"), rtol=1e-6)
    expect(rate_gd, expected_gd, text("nb05.what.rate_gd"),
           mistakes=[(expected_hb, text("nb05.rate_gd.momentum"))],
           hint=text("nb05.rate_gd.hint"), rtol=1e-6)
    expect(rate_momentum, expected_hb, text("nb05.what.rate_momentum"),
           mistakes=[(expected_gd, text("nb05.rate_momentum.gd")),
                     (expected_hb ** 2, text("nb05.rate_momentum.beta"))],
           hint=text("nb05.rate_momentum.hint"), rtol=1e-6)


EXERCISES = {
    "05.1": Exercise(question=Said("nb05.q1", lr=LR, mu=MU, p=P, velocity=VELOCITY, grad=GRAD), test=_test_1),
    "05.2": Exercise(question=Said("nb05.q2", lr=ADAM_LR, grad=ADAM_GRAD), test=_test_2),
    "05.3": Exercise(question=Said("nb05.q3"), test=_test_3),
}
