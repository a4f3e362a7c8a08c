"""笔记本 01 的练习（gdlab.exercises.nb01）：题目、指出错误的提示、所检查内容的名称。"""
MESSAGES = {
    "q1": "`line` 数据在 w = {w:g} 处的代价 J(w)（一个数）。",
    "q2": "half_cost(x, y, w)：按 1/(2n) 约定计算的代价，1/(2n)·Σ (w·xᵢ − yᵢ)²。",
    "q3": "best_slope(x, y)：y = w·x（没有 b）的最小二乘斜率 w*。",
    # 01.1 w = 3 处的代价
    "cost_at.half": "这恰好是 J 的一半：用的是 1/(2n) 的约定（吴恩达的课程）。"
                    "本笔记本的代价函数，即课程笔记里的均方误差，是普通的平均值 (1/n)·Σ rᵢ²",
    "cost_at.sum": "这是 J 的 n 倍：总和 Σ rᵢ²（MSELoss(reduction='sum') 给出的值），"
                   "而不是平均值；要除以 n",
    "cost_at.half_sum": "这是 (1/2)·Σ rᵢ²：用了总和而不是平均值，还减半了；J = (1/n)·Σ rᵢ²",
    "cost_at.rmse": "这是 √J（均方根误差）；J 本身不开平方",
    "cost_at.mae": "这是平均绝对误差；要把每个误差平方，而不是取绝对值",
    "cost_at.mean_error": "这是误差的平均值，没有平方：正负误差相互抵消了；"
                          "要先把每个误差平方，再求平均值",
    "cost_at.square_of_mean": "这是平均误差的平方；要先把每个误差平方，再求平均值",
    "cost_at.hint": "一个数：在 `line` 数据上，J({w:g}) = (1/n)·Σ ({w:g}·xᵢ − yᵢ)²",
    # 01.2 1/(2n) 约定的代价
    "half_cost.twice": "这是答案的两倍：(1/n)·Σ rᵢ²，即平均值。1/(2n) 约定的代价恰好是它的一半",
    "half_cost.half_sum": "这是 (1/2)·Σ rᵢ²：用了总和而不是平均值；要除以 2n",
    "half_cost.sum": "这是总和 Σ rᵢ²；1/(2n) 约定的代价要把它除以 2n",
    "half_cost.precedence": "这是答案的 n² 倍：Python 把 `s / 2 * n` 读作 (s / 2)·n；"
                            "请写成 s / (2 * n)",
    "half_cost.unsquared": "这是误差平均值的一半，没有平方：要先把每个残差平方",
    "half_cost.globals": "这是本笔记本 `line` 数据的代价：请用传给函数的 x 和 y，"
                         "而不是笔记本里的全局变量",
    "half_cost.hint": "J(w) = 1/(2n)·Σ (w·xᵢ − yᵢ)²，一个数，由参数 x、y、w 算出",
    "half_cost.what": "{name} 上的 half_cost(x, y, {w:g})",
    # 01.3 最小二乘斜率
    "best_slope.with_b": "这是最佳直线 y = w·x + b 的斜率（中心化的和 Σ(x−x̄)(y−ȳ)/Σ(x−x̄)²）；"
                         "这个模型没有 b：令 dJ/dw = (2/n)·Σ (w·xᵢ − yᵢ)·xᵢ 等于 0",
    "best_slope.ratio_of_means": "这是 ȳ/x̄（Σy/Σx），即过原点和数据中心的直线，不是最小二乘的那条",
    "best_slope.mean_of_ratios": "这是 yᵢ/xᵢ 的平均值：把每个点自己的斜率平均了；"
                                 "最小二乘按 xᵢ² 给它们加权",
    "best_slope.no_square": "这是 Σxy/Σx：分母应是 Σx²（a·w² + b·w + c 的顶点在 −b/2a 处）",
    "best_slope.inverted": "这是 Σx²/Σxy，分子分母颠倒了",
    "best_slope.true_slope": "2 是生成数据时用的斜率（y = 2x + 1 + 噪声）；过原点的最佳直线"
                             "必须更陡，才能够到被 b = 1 抬高的点",
    "best_slope.globals": "这是本笔记本 `line` 数据的 w*：请用传给函数的 x 和 y，"
                          "而不是笔记本里的全局变量",
    "best_slope.hint": "dJ/dw = 0 处的 w；把 J(w) 展开成 (Σx²/n)·w² − 2(Σxy/n)·w + Σy²/n，"
                       "就得到抛物线的顶点",
    "best_slope.what": "{name} 上的 best_slope(x, y)",
}

# What the code cells of notebook 01 say (gdlab.i18n.code_lines): comments, printed text, docstrings.
CODE_LINES = {
    'W = 1.5   # the slope we try first; change it and run the notebook again':
        'W = 1.5   # 先试的斜率；改一改它，再把笔记本重新运行一遍',
    'print(f"{len(x)} samples; the first three (x, y):", list(zip(x[:3].tolist(), y[:3].tolist())))':
        'print(f"{len(x)} 个样本；前三个 (x, y)：", list(zip(x[:3].tolist(), y[:3].tolist())))',
    'print("first predictions:", y_hat[:3].round(3))':
        'print("前几个预测值：", y_hat[:3].round(3))',
    'print("first errors y − ŷ:", (y - y_hat)[:3].round(3))':
        'print("前几个误差 y − ŷ：", (y - y_hat)[:3].round(3))',
    'losses = (y_hat - y) ** 2      # 损失函数: one loss per sample, shape (n,)':
        'losses = (y_hat - y) ** 2      # 损失函数：每个样本一个损失，形状为 (n,)',
    'J = losses.mean()              # 代价函数: their average, one number':
        'J = losses.mean()              # 代价函数：损失的平均值，一个数',
    'print("losses of the first three samples:", losses[:3].round(4), "  shape of losses:", losses.shape)':
        'print("前三个样本的损失：", losses[:3].round(4), "  losses 的形状：", losses.shape)',
    'print(f"cost J({W}) = mean of the {len(losses)} losses = {J:.6f};  scratch.cost gives {scratch.cost(x, y, W):.6f}")':
        'print(f"代价 J({W}) = {len(losses)} 个损失的平均值 = {J:.6f}；  scratch.cost 给出 {scratch.cost(x, y, W):.6f}")',
    'print(f"sum of the losses = {losses.sum():.4f} = {len(x)} × J;  scratch.cost(..., reduction=\'sum\') "':
        'print(f"损失之和 = {losses.sum():.4f} = {len(x)} × J；  scratch.cost(..., reduction=\'sum\') "',
    'grid = np.linspace(0.0, 5.0, 5001)                       # w values 0.001 apart':
        'grid = np.linspace(0.0, 5.0, 5001)                       # w 的取值，间隔 0.001',
    "fitted = np.polyfit(grid, costs, 2)                      # a·w² + b·w + c through the grid's costs":
        'fitted = np.polyfit(grid, costs, 2)                      # 用 a·w² + b·w + c 拟合网格上的代价值',
    'print(f"lowest point on the grid: w = {lowest:.3f}, J = {costs.min():.4f}")':
        'print(f"网格上的最低点：w = {lowest:.3f}，J = {costs.min():.4f}")',
    'half_costs = costs / 2                                   # the 1/(2n) cost on the same grid':
        'half_costs = costs / 2                                   # 同一网格上按 1/(2n) 约定的代价',
    'print(f"1. lowest grid point: J at w = {grid[costs.argmin()]:.3f}, J/2 at w = {grid[half_costs.argmin()]:.3f}")':
        'print(f"1. 网格上的最低点：J 在 w = {grid[costs.argmin()]:.3f}，J/2 在 w = {grid[half_costs.argmin()]:.3f}")',
    'print(f"2. slope at w = {W}: dJ/dw = {slope:.4f}, d(J/2)/dw = {half_slope:.4f}, ratio {half_slope / slope:.6f}")':
        'print(f"2. w = {W} 处的斜率：dJ/dw = {slope:.4f}，d(J/2)/dw = {half_slope:.4f}，比值 {half_slope / slope:.6f}")',
    "curvature = np.diff(costs, 2) / spacing ** 2             # J'' at every inner grid point":
        "curvature = np.diff(costs, 2) / spacing ** 2             # 每个内部网格点上的 J''",
    'print(f"3. J\'\' on the grid: from {curvature.min():.4f} to {curvature.max():.4f};  "':
        'print(f"3. 网格上的 J\'\'：从 {curvature.min():.4f} 到 {curvature.max():.4f}；  "',
    'f"(J/2)\'\' from {half_curvature.min():.4f} to {half_curvature.max():.4f}")':
        'f"(J/2)\'\' 从 {half_curvature.min():.4f} 到 {half_curvature.max():.4f}")',
    'print(f"   critical learning rate 2/J\'\': {critical:.4f} for J, {half_critical:.4f} for J/2 "':
        'print(f"   临界学习率 2/J\'\'：对 J 为 {critical:.4f}，对 J/2 为 {half_critical:.4f}"',
    'grad_w, _ = scratch.cost_grad(x, y, w)      # the slope of J; the slope of J/2 is half of it':
        'grad_w, _ = scratch.cost_grad(x, y, w)      # J 的斜率；J/2 的斜率是它的一半',
    'print(f"{name:>3}: after 20 steps with lr = {lr}, w = {w:.6g}, distance to the minimum {distances[name]:.3g}")':
        'print(f"{name:>3}：lr = {lr} 时走 20 步后，w = {w:.6g}，到最小值的距离 {distances[name]:.3g}")',
    'assert distances["J"] > abs(0.0 - w_star) > distances["J/2"]   # J: farther than the start; J/2: closer':
        'assert distances["J"] > abs(0.0 - w_star) > distances["J/2"]   # J：比起点离得更远；J/2：更近了',
    '"""J(w) = 1/(2n)·Σ (w·xᵢ − yᵢ)² for the data x, y (arrays of the same length)."""':
        '"""数据 x、y（长度相同的数组）上的 J(w) = 1/(2n)·Σ (w·xᵢ − yᵢ)²。"""',
    '"""The slope w* that minimises J(w) = (1/n)·Σ (w·xᵢ − yᵢ)²."""':
        '"""使 J(w) = (1/n)·Σ (w·xᵢ − yᵢ)² 最小的斜率 w*。"""',
    'print("fitted a, b, c:          ", fitted.round(6))':
        'print("拟合的 a, b, c：         ", fitted.round(6))',
    'f"gives {scratch.cost(x, y, W, reduction=\'sum\'):.4f}")':
        'f"给出 {scratch.cost(x, y, W, reduction=\'sum\'):.4f}")',
    'f"(ratio {half_critical / critical:.4f})")':
        'f"（比值 {half_critical / critical:.4f}）")',
}
