"""Lab 4 (optimizers by hand): the hints and messages its tests show a student."""
MESSAGES = {
    "params_after_step": "{optimizer}({settings}): params after step {step}",
    "state_after": "{attribute} after {steps} steps",
    "state_hint": "keep the state in self.{attribute}, where __init__ puts it",
    "adam_t_after": "Adam's t after {steps} steps",
    "adam_t_hint": "t ← t + 1 on every step, from 0",
    "momentum.hint": "velocity ← grads on the first step, momentum·velocity + grads later; params − lr·velocity",
    "momentum.first_step_blended": "momentum's first step: velocity = grads, with no momentum term yet",
    "momentum.dampened": "velocity ← momentum·velocity + grads, grads not scaled by (1 − momentum)",
    "nesterov.hint": "the velocity as in Momentum, then params − lr·(grads + momentum·velocity)",
    "nesterov.as_momentum": "Nesterov looks ahead: params − lr·(grads + momentum·velocity), "
                            "not plain momentum's params − lr·velocity",
    "adagrad.hint": "sum_sq ← sum_sq + grads² from zeros; params − lr·grads / (√sum_sq + eps)",
    "adagrad.eps_inside": "eps goes outside the square root: grads / (√sum_sq + eps)",
    "adagrad.without_the_sum": "sum_sq adds up grads² over every step so far, not only this step's",
    "rmsprop.hint": "square_avg ← alpha·square_avg + (1 − alpha)·grads² from zeros; "
                    "params − lr·grads / (√square_avg + eps)",
    "rmsprop.eps_inside": "eps goes outside the square root: grads / (√square_avg + eps)",
    "rmsprop.alpha_swapped": "alpha weighs the old average: alpha·square_avg + (1 − alpha)·grads²",
    "adadelta.hint": "delta = √(acc_delta + eps) / √(square_avg + eps) · grads with the old acc_delta; "
                     "then acc_delta ← rho·acc_delta + (1 − rho)·delta²; params − lr·delta",
    "adadelta.eps_outside": "eps goes inside both roots: √(acc_delta + eps) / √(square_avg + eps)",
    "adadelta.without_lr": "params − lr·delta: torch's Adadelta still multiplies by lr (1.0 by default)",
    "adam.bias_correction": "bias correction m̂ = m/(1−β1^t), v̂ = v/(1−β2^t), with t counted from 1",
    "adam.eps_inside": "eps goes outside the square root: m̂ / (√v̂ + eps)",
    "adam.betas_swapped": "m averages grads with beta1, v averages grads² with beta2",
}
