"""Notebook 03's exercises (gdlab.exercises.nb03): the questions, the hints that name a mistake, the
labels of what was checked."""
MESSAGES = {
    "q1": "Which of STARTS = {starts} end in the global minimum of "
          "J(w) = w⁴ − 3w² + w (plain GD, lr = {lr}, {steps} steps)?",
    "q2": "steps_to_tolerance(x, y, lr, w0, b0, tol): BGD steps on J(w, b) until "
          "|∇J| ≤ tol·|∇J at the start|.",
    # 03.1 which starts end in the global minimum
    "starts.wrong": "the starts that end in the global minimum are wrong: {detail}",
    "starts.a_list": "a list of start values, e.g. [-2.0, 1.0]",
    "starts.not_a_number": "{value} is not a number",
    "starts.numbers_from": "a list of numbers taken from STARTS = {starts}",
    "starts.extra_missing": "{extra} of yours should not be there, {missing} are missing",
    "starts.count_of": "{count} of STARTS",
    "starts.local": "these are the starts that end in the *local* minimum; the question asks for the global one",
    "starts.below_0": "the divide is not at w = 0 but at the local maximum of J, where "
                      "dJ/dw = 4w³ − 6w + 1 = 0 and J″ < 0: every start left of it rolls "
                      "to the global minimum",
    "starts.up_to_0": "the divide is not at w = 0 but at the local maximum of J, where "
                      "dJ/dw = 4w³ − 6w + 1 = 0 and J″ < 0",
    "starts.all": "not every start: that is the seed's claim that BGD finds the global optimum, which "
                  "holds only for convex costs; on this curve plain GD only goes downhill, so starts "
                  "right of the local maximum end in the local minimum",
    "starts.hint": "plain GD only goes downhill: a start ends in the valley it starts in, and the valleys "
                   "meet at the local maximum of J (dJ/dw = 0, J″ < 0); try descend(double_well_grad, "
                   "GD(lr=0.02), start, 200).path[-1] for any start you are unsure of",
    # 03.2 steps to a tolerance
    "steps.what": "steps_to_tolerance(x, y, lr={lr:g}, w0={w0:g}, b0={b0:g}, tol={tol:g}) on {name}",
    "steps.too_many": "one step too many: stop as soon as |∇J| ≤ tol·|∇J at the start|, checking "
                      "after each update; count updates, not the points of the path",
    "steps.too_few": "one step too few: the start itself is not a step; count the updates until, "
                     "after one of them, |∇J| ≤ tol·|∇J at the start|",
    "steps.absolute": "that count uses |∇J| ≤ tol, an absolute tolerance; the tolerance is relative, "
                      "tol × |∇J at the start| (as gdlab.fit's tol)",
    "steps.hint": "a loop: w ← w − lr·∂J/∂w, b ← b − lr·∂J/∂b (both from the old w, b), a step count, "
                  "and after each step the test |∇J| = √(∂J/∂w² + ∂J/∂b²) ≤ tol·|∇J at the start|",
}
