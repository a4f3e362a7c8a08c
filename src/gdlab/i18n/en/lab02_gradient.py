"""Lab 2 (labs/02_gradient): the hints that name a mistake and the words its tests show a student."""
MESSAGES = {
    # cost_grad: (grad_w, grad_b) of J = (1/n)·Σr² (conftest.py, cost_grad_hint)
    "cost_grad.sign": "the sign is flipped: with r = w·x + b − y (prediction minus target) the gradient is "
                      "+(2/n)·Σ r·x; the minus sign belongs in the update step",
    "cost_grad.half": "that is half the gradient: the factor 2 of d(r²)/dr = 2r is missing (the 1/(2n) "
                      "convention cancels it, but here J = (1/n)·Σr²)",
    "cost_grad.sum": "that is the gradient of the sum of r²: J is the mean, divide by n",
    "cost_grad.half_sum": "that is the gradient of ½·Σr²: J is the mean (1/n)·Σr², keep the factor 2",
    "cost_grad.swapped": "grad_w and grad_b are swapped: return (grad_w, grad_b), in this order",
    "cost_grad.no_x": "grad_w is missing the factor x_i: grad_w = (2/n)·Σ r·x",
    "cost_grad.otherwise": "grad_w = (2/n)·Σ r·x and grad_b = (2/n)·Σ r with r = w·x + b − y",
    # update: params − lr·grads (conftest.py, update_hint)
    "update.uphill": "that step goes uphill, with the gradient: step against it, params − lr·grads",
    "update.no_lr": "the learning rate lr is missing: params − lr·grads",
    "update.only_step": "that is only the step: return params − lr·grads",
    "update.otherwise": "new = old − lr × gradient",
    # numeric_grad: the central difference (conftest.py, numeric_grad_hint)
    "numeric_grad.forward": "that is a forward difference (f(p + h·e_i) − f(p)) / h, wrong by O(h): use the "
                            "central difference (f(p + h·e_i) − f(p − h·e_i)) / 2h, wrong by only O(h²)",
    "numeric_grad.backward": "that is a backward difference (f(p) − f(p − h·e_i)) / h, wrong by O(h): use the "
                             "central difference (f(p + h·e_i) − f(p − h·e_i)) / 2h",
    "numeric_grad.twice": "twice the gradient: the central difference divides by 2h, not by h",
    "numeric_grad.half": "half the gradient: the central difference divides by 2h, not by 4h",
    "numeric_grad.otherwise": "the central difference (f(p + h·e_i) − f(p − h·e_i)) / 2h, one entry per "
                              "parameter i",
    # what a test checked (the first words of its failure message)
    "what.grad_w_at": "grad_w at w={w}, b={b}",
    "what.grad_b_at": "grad_b at w={w}, b={b}",
    "what.versus_central": "(grad_w, grad_b) vs central difference",
    "what.quadratic": "numeric_grad of 3a² + ab − 2b",
    "what.cubic": "numeric_grad of a³ + ab² with h=1e-3",
    "what.on_data": "(grad_w, grad_b) on the {name} data",
    "what.at_the_optimum": "the gradient at the optimum",
    "what.sine": "numeric_grad in three dimensions, h=1e-3",
}
