"""Notebook 05's exercises (gdlab.exercises.nb05): the questions, what each check compares, the hints."""
MESSAGES = {
    "q1": "One step of torch's momentum (lr {lr}, μ {mu}) from p = {p}, velocity {velocity}, gradient {grad}: "
          "the new velocity and the new p.",
    "q2": "Adam (lr {lr}, default betas) at p = 0 gets gradient {grad:g}: p after its first step.",
    "q3": "For the house data: κ of the cost's Hessian, GD's rate (κ−1)/(κ+1) and heavy-ball momentum's rate "
          "(√κ−1)/(√κ+1).",
    # 05.1
    "what.new_velocity": "the new velocity",
    "velocity.dampening": "that is an average μ·v + (1 − μ)·g (dampening); torch's momentum adds the whole "
                          "gradient: v ← μ·v + g",
    "velocity.no_grad": "you left out the gradient: v ← μ·v + g",
    "velocity.no_old": "you dropped the old velocity: v ← μ·v + g keeps μ times it",
    "velocity.mu_on_grad": "μ multiplies the old velocity, not the gradient: v ← μ·v + g",
    "velocity.hint": "v ← μ·v + g with μ = {mu}, v = {velocity}, g = {grad:g}",
    "what.new_p": "the new p",
    "p.plain_gd": "that is a plain GD step; momentum steps along the velocity: p ← p − lr·v with the NEW v",
    "p.averaged": "that uses the averaged velocity μ·v + (1 − μ)·g; torch's is μ·v + g",
    "p.old_velocity": "that steps with the OLD velocity; update v first, then p ← p − lr·v",
    "p.nesterov": "that is Nesterov's step p − lr·(g + μ·v); plain momentum steps p − lr·v",
    "p.sign": "the step goes against the velocity: p ← p − lr·v",
    "p.hint": "p ← p − lr·v with the new velocity",
    # 05.2
    "what.adam_p": "p after Adam's first step",
    "adam.no_correction": "that is Adam without bias correction: m and v start at 0, so divide by 1 − β₁ᵗ and "
                          "1 − β₂ᵗ (m̂, v̂)",
    "adam.only_v": "you corrected v but not m: m̂ = m / (1 − β₁ᵗ)",
    "adam.only_m": "you corrected m but not v: v̂ = v / (1 − β₂ᵗ)",
    "adam.plain_gd": "that is a plain GD step lr·g; Adam divides by √v̂, so the first step is about lr whatever "
                     "the gradient's scale",
    "adam.sign": "the sign: Adam steps against the gradient, p ← p − lr·m̂/(√v̂ + ε)",
    "adam.hint": "at t = 1: m̂ = g and v̂ = g², so the step is lr·g/(|g| + ε)",
    # 05.3
    "what.kappa": "κ = L/μ of the house data's Hessian",
    "kappa.sqrt": "that is √κ; κ itself is the ratio of the eigenvalues, largest / smallest",
    "kappa.inverse": "that is μ/L; κ = L/μ ≥ 1 (largest over smallest)",
    "kappa.diagonal": "that is the ratio of the Hessian's diagonal entries; κ is the ratio of its eigenvalues "
                      "(np.linalg.eigvalsh)",
    "kappa.hint": "κ = λ_max / λ_min of 2·[[mean x², mean x], [mean x, 1]]",
    "what.rate_gd": "GD's rate (κ − 1)/(κ + 1)",
    "rate_gd.momentum": "that is momentum's rate (√κ − 1)/(√κ + 1); GD's uses κ itself",
    "rate_gd.hint": "rate = (κ − 1)/(κ + 1), with your κ",
    "what.rate_momentum": "heavy-ball momentum's rate (√κ − 1)/(√κ + 1)",
    "rate_momentum.gd": "that is GD's rate (κ − 1)/(κ + 1); momentum's uses √κ",
    "rate_momentum.beta": "that is the optimal momentum β = rate²; the rate is its square root",
    "rate_momentum.hint": "rate = (√κ − 1)/(√κ + 1)",
}
