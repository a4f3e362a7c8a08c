"""Notebook 02's exercises (gdlab.exercises.nb02): the questions, the hints that name a mistake, the
labels of what was checked."""
MESSAGES = {
    "q1": "The critical learning rate of the seed's cost Σ (w·xᵢ − yᵢ)² "
          "(MSELoss(reduction='sum')) on `line`, y = w·x.",
    "q2": "The learning rate that lands on w* in one step from any start "
          "(cost: the mean, y = w·x, `line`).",
    "q3": "central_difference(f, w, h=1e-6): the slope of f at w, (f(w + h) − f(w − h)) / 2h.",
    # 02.1 the critical lr of the summed cost
    "critical.mean": "that is the critical lr of the mean (1/n)·Σ r². The seed's "
                     "cost is the sum, n times larger, and so are its slope and "
                     "J″: its critical learning rate is n times smaller",
    "critical.one_step": "that is 1/J″: the learning rate that lands on w* in one step (the factor "
                         "1 − lr·J″ is 0). Divergence starts where the factor reaches −1, at lr = 2/J″",
    "critical.no_factor_2": "that is twice the answer: J″ of Σ (w·xᵢ − yᵢ)² is 2·Σx²; the factor 2 "
                            "that differentiating the square brings down is missing",
    "critical.half_convention": "that is the critical lr of the 1/(2n) convention "
                                "(Andrew Ng's cost); the seed sums the squares",
    "critical.with_b": "that is the critical lr of y = w·x + b (2/λ_max of its 2×2 "
                       "Hessian); this exercise is about y = w·x, one parameter",
    "critical.seed_lr": "that is the seed's own lr = 1e-4: safely below the critical one on this data, "
                        "but not the critical one",
    "critical.what": "the critical learning rate of Σ (w·xᵢ − yᵢ)² on `line`",
    "critical.hint": "the critical lr is 2/J″, with J″ the second derivative of the summed cost Σ (w·xᵢ − yᵢ)²",
    # 02.2 the one-step lr
    "one_step.landing": " One step from w = 0 with your lr lands at w = {landed:.6g}; w* = {w_star:.6g}.",
    "one_step.critical": "that is 2/J″, the critical learning rate: the factor 1 − lr·J″ is −1, so the "
                         "step jumps to the mirror point 2w* − w and back, forever (反复横跳). If you "
                         "took J″ = Σx²/n, the factor 2 from differentiating the square is missing.",
    "one_step.sum": "that is 1/J″ of the sum Σ r²; this notebook's cost is the mean (1/n)·Σ r²",
    "one_step.sum_critical": "that is 2/J″ of the sum Σ r² (the critical lr of 02.1); here "
                             "the cost is the mean and the factor 1 − lr·J″ must be 0",
    "one_step.what": "the learning rate that lands on w* in one step",
    "one_step.hint": "each step multiplies w − w* by 1 − lr·J″; choose lr so that this factor is 0.",
    # 02.3 the central difference
    "central.what": "central_difference(f, {w:g}, h={h:g}) for f(w) = {name}",
    "central.forward": "that is the forward difference (f(w + h) − f(w))/h; the central one looks both "
                       "ways: (f(w + h) − f(w − h))/(2h)",
    "central.backward": "that is the backward difference (f(w) − f(w − h))/h; use "
                        "(f(w + h) − f(w − h))/(2h)",
    "central.twice": "that is twice the answer: the two points are 2h apart, divide by 2h",
    "central.precedence": "Python reads `d / 2 * h` as (d / 2)·h: write d / (2 * h)",
    "central.sign": "the sign is flipped: f(w + h) comes first",
    "central.fixed_h": "that is the exact slope (or a central difference with a tiny h), but this check "
                       "passes h = {h:g} and wants (f(w + h) − f(w − h))/(2h) with it: use the h you are given",
    "central.hint": "(f(w + h) − f(w − h)) / (2h), one number",
    "central.what_cost": "central_difference(J, 0.0) with the default h",
    "central.hint_cost": "with the default h = 1e-6 the central difference of J at 0 should match "
                         "dJ/dw = (2/n)·Σ (w·xᵢ − yᵢ)·xᵢ to about 1e-8",
}
