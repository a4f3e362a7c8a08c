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

# What the notebook's code cells say, line by line (gdlab.i18n.code_lines): {English line: Chinese line}.
CODE_LINES = {
    'LANDSCAPE = "saddle"   # or rosenbrock, beale, himmelblau':
        'LANDSCAPE = "saddle"   # 或 rosenbrock、beale、himmelblau',
    'p = momentum.step(p, 2 * p)      # the gradient of p₁² + p₂²':
        'p = momentum.step(p, 2 * p)      # p₁² + p₂² 的梯度',
    # a label made of code names: printed as it is
    'print("momentum.velocity =", momentum.velocity.round(4))':
        'print("动量的速度 momentum.velocity =", momentum.velocity.round(4))',
    'print(f"largest relative difference from torch.optim over 25 steps: {max(row.params for row in rows):.1e}")':
        'print(f"与 torch.optim 对照运行 25 步，最大的相对差异：{max(row.params for row in rows):.1e}")',
    'print("learning rates chosen by hand for the saddle:", LANDSCAPES[LANDSCAPE].lrs)':
        'print("为鞍点地形手工挑选的学习率：", LANDSCAPES[LANDSCAPE].lrs)',
    'left = f"left the ridge (|b| > 0.5) at step {off_ridge[0]:3d}" if off_ridge.size else "never left the ridge"':
        'left = f"在第 {off_ridge[0]:3d} 步离开山脊（|b| > 0.5）" if off_ridge.size else "始终没有离开山脊"',
    'print(f"{name:9} {left}; after {len(path) - 1} steps (w, b) = ({w:6.3f}, {b:6.3f}), f = {landscape(w, b):7.4f}")':
        'print(f"{name:9} {left}；{len(path) - 1} 步之后 (w, b) = ({w:6.3f}, {b:6.3f})，f = {landscape(w, b):7.4f}")',
    'print(f"Adadelta\'s first step: |Δw| = {first_adadelta[0]:.4f}, |Δb| = {first_adadelta[1]:.4f}")':
        'print(f"Adadelta 的第一步：|Δw| = {first_adadelta[0]:.4f}，|Δb| = {first_adadelta[1]:.4f}")',
    'runs = race(LANDSCAPE)                                    # {optimizer: Descent(path, diverged)}':
        'runs = race(LANDSCAPE)                                    # {优化器: Descent(路径 path, 是否发散 diverged)}',
    'if LANDSCAPE == "saddle":    # the claims below are about the saddle':
        'if LANDSCAPE == "saddle":    # 下面的断言说的是鞍点地形',
    'print(f"{name:9} (lr {LANDSCAPES[\'rosenbrock\'].lrs[name]:g}) distance to the minimum (1, 1) after "':
        'print(f"{name:9} (lr {LANDSCAPES[\'rosenbrock\'].lrs[name]:g}) 走 "',
    'f"{valley[name].steps} steps: {distance[name]:.3f}")':
        'f"{valley[name].steps} 步后到最小点 (1, 1) 的距离：{distance[name]:.3f}")',
    '"""{optimizer: f at the end of the race on `name`}."""':
        '"""{优化器: 在 `name` 上比赛结束时的 f}。"""',
    'print(f"{name} ({LANDSCAPES[name].steps} steps):")':
        'print(f"{name}（{LANDSCAPES[name].steps} 步）：")',
    "# Rosenbrock: GD's hand-picked lr is already its best; the next lr of the grid diverges":
        "# Rosenbrock：GD 手工挑选的学习率已经是它最好的学习率；网格中的下一个学习率就会发散",
    '# Beale: at its best lr GD ends 10⁴ times lower and overtakes RMSprop and Adadelta':
        '# Beale：用它最好的学习率时，GD 最终的 f 低 10⁴ 倍，并超过 RMSprop 和 Adadelta',
    '# the winner stays Adam, but its lead goes from a near tie to many orders of magnitude':
        '# 赢家仍是 Adam，但它的领先从几乎打平变成了许多个数量级',
    'print(f"Beale, hand-picked lrs: Adam {beale_default[\'adam\']:.2e} vs momentum {beale_default[\'momentum\']:.2e}; "':
        'print(f"Beale，手工挑选的学习率：Adam {beale_default[\'adam\']:.2e} 对动量 {beale_default[\'momentum\']:.2e}；"',
    'f"best lrs: Adam {beale_tuned[\'adam\']:.1e} vs runner-up {runner_up:.1e}")':
        'f"最好的学习率：Adam {beale_tuned[\'adam\']:.1e} 对第二名 {runner_up:.1e}")',
    '"""‖p − p*‖ at the start and after each BGD step of `optimizer` on the line data."""':
        '"""`optimizer` 在直线数据上做 BGD：起点处和每一步之后的 ‖p − p*‖。"""',
    'ratios_gd = e_gd[1:151] / e_gd[:150]               # every successive ratio, steps 1 … 150 (then rounding shows)':
        'ratios_gd = e_gd[1:151] / e_gd[:150]               # 第 1 … 150 步每一个相邻的比值（再往后舍入误差就显现出来了）',
    'measured_hb = (e_hb[70] / e_hb[20]) ** (1 / 50)    # the mean ratio over steps 20 … 70':
        'measured_hb = (e_hb[70] / e_hb[20]) ** (1 / 50)    # 第 20 … 70 步比值的平均值',
    'print(f"GD       lr = {lr_gd:.4f}:              rate (κ−1)/(κ+1) = {rate_gd:.4f}, measured {measured_gd:.4f} "':
        'print(f"GD       lr = {lr_gd:.4f}:              收敛率 (κ−1)/(κ+1) = {rate_gd:.4f}，实测 {measured_gd:.4f}"',
    'f"(each of the first 150 ratios within {np.abs(ratios_gd - rate_gd).max():.0e})")':
        'f"（前 150 个比值与它都相差不到 {np.abs(ratios_gd - rate_gd).max():.0e}）")',
    'print(f"momentum lr = {lr_hb:.4f}, β = {beta:.4f}: rate (√κ−1)/(√κ+1) = {rate_hb:.4f}, measured {measured_hb:.4f} "':
        'print(f"momentum lr = {lr_hb:.4f}, β = {beta:.4f}: 收敛率 (√κ−1)/(√κ+1) = {rate_hb:.4f}，实测 {measured_hb:.4f} "',
    'print(f"{name:8} needs {steps:3d} steps to shrink the error 10¹⁰-fold")':
        'print(f"{name:8} 需要 {steps:3d} 步才能把误差缩小到原来的 10⁻¹⁰")',
    '"""{optimizer: (index of the nearest minimum, its distance, f at the end)}."""':
        '"""{优化器: (最近的极小值点的序号, 到它的距离, 最后的 f)}。"""',
    'print(f"  {name:9} nearest minimum ({w:6.3f}, {b:6.3f}), distance {d:.1e}, f = {f:.2g}")':
        'print(f"  {name:9} 最近的最小点 ({w:6.3f}, {b:6.3f})，距离 {d:.1e}，f = {f:.2g}")',
    'print(f"from {himmelblau.start}, {himmelblau.steps} steps:")':
        'print(f"从 {himmelblau.start} 出发，走 {himmelblau.steps} 步：")',
    'print(f"from {start}, {himmelblau.steps} steps:")':
        'print(f"从 {start} 出发，走 {himmelblau.steps} 步：")',
    'print(f"  {name:9} first step {np.round(step, 5)}: {angle:4.1f}° from −g")':
        'print(f"  {name:9} 第一步 {np.round(step, 5)}：与 −g 相差 {angle:4.1f}°")',
    'assert all(from_top[name][1] < 1e-3 for name in OPTIMIZERS)                 # all converged':
        'assert all(from_top[name][1] < 1e-3 for name in OPTIMIZERS)                 # 全都收敛了',
    # the sweep table's header
    'print(f"  {\'optimizer\':9} {\'hand-picked lr\':>14} {\'final f\':>9} {\'rank\':>4}   {\'best lr\':>8} {\'final f\':>9} {\'rank\':>4}")':
        'print(f"  {\'优化器\':9} {\'手选的 lr\':>14} {\'最终 f\':>9} {\'名次\':>4}   {\'最佳 lr\':>8} {\'最终 f\':>9} {\'名次\':>4}")',
}
