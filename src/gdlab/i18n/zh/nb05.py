"""笔记本 05 的练习（gdlab.exercises.nb05）：题目、每项检查比较的是什么、提示。"""
MESSAGES = {
    "q1": "按 torch 的动量规则（lr {lr}，μ {mu}）手算一步：从 p = {p}、速度 {velocity}、梯度 {grad} 出发，"
          "新的速度和新的 p。",
    "q2": "Adam（lr {lr}，默认 betas）在 p = 0 处得到梯度 {grad:g}：走完第一步后的 p。",
    "q3": "house 数据：代价函数的 Hessian 矩阵的条件数 κ、GD 的收敛率 (κ−1)/(κ+1) 和重球动量的收敛率 "
          "(√κ−1)/(√κ+1)。",
    # 05.1
    "what.new_velocity": "新的速度",
    "velocity.dampening": "这是平均值 μ·v + (1 − μ)·g（阻尼 dampening）；torch 的动量法加上的是完整的梯度："
                          "v ← μ·v + g",
    "velocity.no_grad": "你漏掉了梯度：v ← μ·v + g",
    "velocity.no_old": "你丢掉了旧的速度：v ← μ·v + g 保留它的 μ 倍",
    "velocity.mu_on_grad": "μ 乘的是旧的速度，而不是梯度：v ← μ·v + g",
    "velocity.hint": "v ← μ·v + g，其中 μ = {mu}，v = {velocity}，g = {grad:g}",
    "what.new_p": "新的 p",
    "p.plain_gd": "这是普通 GD 的一步；动量法沿速度方向走：p ← p − lr·v，用的是新的 v",
    "p.averaged": "这用的是平均后的速度 μ·v + (1 − μ)·g；torch 的速度是 μ·v + g",
    "p.old_velocity": "这一步用的是旧的速度；先更新 v，再 p ← p − lr·v",
    "p.nesterov": "这是 Nesterov 的一步 p − lr·(g + μ·v)；普通动量法走的是 p − lr·v",
    "p.sign": "这一步要逆着速度走：p ← p − lr·v",
    "p.hint": "p ← p − lr·v，用新的速度",
    # 05.2
    "what.adam_p": "Adam 第一步之后的 p",
    "adam.no_correction": "这是没有偏差修正的 Adam：m 和 v 从 0 开始，所以要除以 1 − β₁ᵗ 和 1 − β₂ᵗ（m̂、v̂）",
    "adam.only_v": "你修正了 v，却没有修正 m：m̂ = m / (1 − β₁ᵗ)",
    "adam.only_m": "你修正了 m，却没有修正 v：v̂ = v / (1 − β₂ᵗ)",
    "adam.plain_gd": "这是普通 GD 的一步 lr·g；Adam 要除以 √v̂，所以不论梯度的量级多大，第一步都约等于 lr",
    "adam.sign": "符号反了：Adam 逆着梯度走，p ← p − lr·m̂/(√v̂ + ε)",
    "adam.hint": "t = 1 时 m̂ = g，v̂ = g²，所以这一步是 lr·g/(|g| + ε)",
    # 05.3
    "what.kappa": "house 数据的 Hessian 矩阵的 κ = L/μ",
    "kappa.sqrt": "这是 √κ；κ 本身是特征值之比，最大的除以最小的",
    "kappa.inverse": "这是 μ/L；κ = L/μ ≥ 1（最大的除以最小的）",
    "kappa.diagonal": "这是 Hessian 矩阵对角元素之比；κ 是它的特征值之比（np.linalg.eigvalsh）",
    "kappa.hint": "κ = λ_max / λ_min，矩阵为 2·[[mean x², mean x], [mean x, 1]]",
    "what.rate_gd": "GD 的收敛率 (κ − 1)/(κ + 1)",
    "rate_gd.momentum": "这是动量法的收敛率 (√κ − 1)/(√κ + 1)；GD 的收敛率用的是 κ 本身",
    "rate_gd.hint": "收敛率 = (κ − 1)/(κ + 1)，用你的 κ",
    "what.rate_momentum": "重球动量的收敛率 (√κ − 1)/(√κ + 1)",
    "rate_momentum.gd": "这是 GD 的收敛率 (κ − 1)/(κ + 1)；动量法的收敛率用的是 √κ",
    "rate_momentum.beta": "这是最优动量 β = 收敛率²；收敛率是它的平方根",
    "rate_momentum.hint": "收敛率 = (√κ − 1)/(√κ + 1)",
}
