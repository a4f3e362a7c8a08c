"""笔记本 02 的练习（gdlab.exercises.nb02）：题目、指出错误的提示、所检查内容的名称。"""
MESSAGES = {
    "q1": "在 `line` 上，对 y = w·x，课程笔记的代价 Σ (w·xᵢ − yᵢ)²（MSELoss(reduction='sum')）的临界学习率。",
    "q2": "无论从哪里出发，都能一步落在 w* 上的学习率（代价：平均值，y = w·x，`line`）。",
    "q3": "central_difference(f, w, h=1e-6)：f 在 w 处的斜率，(f(w + h) − f(w − h)) / 2h。",
    # 02.1 总和代价的临界学习率
    "critical.mean": "这是平均值 (1/n)·Σ r² 的临界学习率。课程笔记的代价是总和，大 n 倍，"
                     "它的斜率和 J″ 也大 n 倍：它的临界学习率小 n 倍",
    "critical.one_step": "这是 1/J″：一步就落在 w* 上的学习率（因子 1 − lr·J″ 为 0）。"
                         "发散从因子达到 −1 处开始，即 lr = 2/J″",
    "critical.no_factor_2": "这是答案的两倍：Σ (w·xᵢ − yᵢ)² 的 J″ 是 2·Σx²；"
                            "少了对平方求导带下来的因子 2",
    "critical.half_convention": "这是 1/(2n) 约定（吴恩达课程的代价）的临界学习率；"
                                "课程笔记用的是平方的总和",
    "critical.with_b": "这是 y = w·x + b 的临界学习率（它的 2×2 Hessian 矩阵的 2/λ_max）；"
                       "这道题讲的是只有一个参数的 y = w·x",
    "critical.seed_lr": "这是课程笔记自己的 lr = 1e-4：在这组数据上安全地低于临界学习率，"
                        "但不是临界学习率本身",
    "critical.what": "`line` 上 Σ (w·xᵢ − yᵢ)² 的临界学习率",
    "critical.hint": "临界学习率是 2/J″，J″ 是总和代价 Σ (w·xᵢ − yᵢ)² 的二阶导数",
    # 02.2 一步到位的学习率
    "one_step.landing": "（用你的 lr 从 w = 0 走一步，落在 w = {landed:.6g}；w* = {w_star:.6g}）",
    "one_step.critical": "这是 2/J″，即临界学习率：因子 1 − lr·J″ 等于 −1，所以每一步都跳到镜像点 "
                         "2w* − w 再跳回来，永远反复横跳。如果你取了 J″ = Σx²/n，就少了对平方求导"
                         "带下来的因子 2",
    "one_step.sum": "这是总和 Σ r² 的 1/J″；本笔记本的代价是平均值 (1/n)·Σ r²",
    "one_step.sum_critical": "这是总和 Σ r² 的 2/J″（02.1 的临界学习率）；这里代价是平均值，"
                             "而且因子 1 − lr·J″ 必须为 0",
    "one_step.what": "一步就落在 w* 上的学习率",
    "one_step.hint": "每一步都把 w − w* 乘以 1 − lr·J″；选择 lr，使这个因子为 0",
    # 02.3 中心差分
    "central.what": "f(w) = {name} 时的 central_difference(f, {w:g}, h={h:g})",
    "central.forward": "这是前向差分 (f(w + h) − f(w))/h；中心差分向两边看："
                       "(f(w + h) − f(w − h))/(2h)",
    "central.backward": "这是后向差分 (f(w) − f(w − h))/h；请用 (f(w + h) − f(w − h))/(2h)",
    "central.twice": "这是答案的两倍：两个点相距 2h，要除以 2h",
    "central.precedence": "Python 把 `d / 2 * h` 读作 (d / 2)·h：请写成 d / (2 * h)",
    "central.sign": "符号反了：f(w + h) 在前",
    "central.fixed_h": "这是精确的斜率（或者用了很小的 h 的中心差分），但这次检查传入的是 h = {h:g}，"
                       "要的是用它算出的 (f(w + h) − f(w − h))/(2h)：请用传给你的 h",
    "central.hint": "(f(w + h) − f(w − h)) / (2h)，一个数",
    "central.what_cost": "用默认 h 时的 central_difference(J, 0.0)",
    "central.hint_cost": "用默认的 h = 1e-6 时，J 在 0 处的中心差分应与 "
                         "dJ/dw = (2/n)·Σ (w·xᵢ − yᵢ)·xᵢ 相差不超过约 1e-8",
}

# What the code cells of notebook 02 say (gdlab.i18n.code_lines): comments, printed text, docstrings.
CODE_LINES = {
    'W0 = 0.0    # where the descent starts':
        'W0 = 0.0    # 梯度下降的起点',
    'LR = 0.1    # the learning rate':
        'LR = 0.1    # 学习率',
    'w_star = sums.optimum("wx")[0]      # the lowest point of J(w) (notebook 01)':
        'w_star = sums.optimum("wx")[0]      # J(w) 的最低点（笔记本 01）',
    'print(f"at w = {W0}: dJ/dw by hand = {grad_w:.8f}, by central differences = {numeric:.8f}")':
        'print(f"在 w = {W0} 处：手算的 dJ/dw = {grad_w:.8f}，中心差分得到 {numeric:.8f}")',
    'side = "left of w*" if w < w_star else "right of w*" if w > w_star else "at w*"':
        'side = "w* 左侧" if w < w_star else "w* 右侧" if w > w_star else "w* 处"',
    'direction = "right (w grows)" if slope < 0 else "left (w shrinks)" if slope > 0 else "nowhere"':
        'direction = "向右（w 变大）" if slope < 0 else "向左（w 变小）" if slope > 0 else "原地不动"',
    'print(f"w = {w:7.4f}, {side:>11}: slope = {slope:+9.4f}, so the step −lr·slope goes {direction}")':
        'print(f"w = {w:7.4f}，{side:>11}：斜率 = {slope:+9.4f}，所以 −lr·斜率 这一步{direction}")',
    'print(f"step {step}: slope = {slope:8.4f}  ->  new w = {w:.4f},  J = {scratch.cost(x, y, w):.4f}")':
        'print(f"第 {step} 步：斜率 = {slope:8.4f}  ->  新的 w = {w:.4f}，  J = {scratch.cost(x, y, w):.4f}")',
    'print(f"after {run.steps} steps: w = {run.w[-1]:.4f}  (w* = {w_star:.4f})")':
        'print(f"{run.steps} 步之后：w = {run.w[-1]:.4f}  （w* = {w_star:.4f}）")',
    "curvature = 2 * (x @ x) / len(x)             # J'' = 2Σx²/n":
        "curvature = 2 * (x @ x) / len(x)             # 二阶导数 J'' = 2Σx²/n",
    'print(f"lr = {lr:.4f} ({title}): 1 − lr·J\'\' = {factor:+.6f}, the 12 measured ratios lie in "':
        'print(f"lr = {lr:.4f}（{title}）：1 − lr·J\'\' = {factor:+.6f}，实测的 12 个比值都落在 "',
    'steps_kept = len(trajectory.w)           # a diverging run stops early':
        'steps_kept = len(trajectory.w)           # 发散的运行会提前停止',
    'print(f"J\'\' = {sums.hessian(\'wx\')[0, 0]:.4f}, so the critical learning rate is 2/J\'\' = {critical:.4f}")':
        'print(f"J\'\' = {sums.hessian(\'wx\')[0, 0]:.4f}，所以临界学习率是 2/J\'\' = {critical:.4f}")',
    'print("the cost J after each step until it stopped:")':
        'print("停止之前，每一步之后的代价 J：")',
    'assert np.all(np.diff(error.trajectory.cost) > 0)      # it grew at every step':
        'assert np.all(np.diff(error.trajectory.cost) > 0)      # 每一步都在增大',
    'second_derivative_sum = 2 * (x @ x)    # d²/dw² Σ (w·xᵢ − yᵢ)² = 2Σx²':
        'second_derivative_sum = 2 * (x @ x)    # 总和的二阶导数：d²/dw² Σ (w·xᵢ − yᵢ)² = 2Σx²',
    "one_step_lr = 1 / (2 * (x @ x) / len(x))     # the factor 1 − lr·J'' is 0":
        "one_step_lr = 1 / (2 * (x @ x) / len(x))     # 因子 1 − lr·J'' 等于 0",
    '"""The slope of f at w, from the values of f at w − h and w + h."""':
        '"""用 f 在 w − h 和 w + h 处的值求 f 在 w 处的斜率。"""',
}
