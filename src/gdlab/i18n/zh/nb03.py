"""笔记本 03 的练习（gdlab.exercises.nb03）：题目、指出错误的提示、所检查内容的名称。"""
MESSAGES = {
    "q1": "STARTS = {starts} 中，哪些起点最终落入 J(w) = w⁴ − 3w² + w 的全局最小值"
          "（普通梯度下降，lr = {lr}，{steps} 步）？",
    "q2": "steps_to_tolerance(x, y, lr, w0, b0, tol)：在 J(w, b) 上运行 BGD（批量梯度下降法），"
          "直到 |∇J| ≤ tol·|起点处的 ∇J| 时所走的步数。",
    # 03.1 哪些起点落入全局最小值
    "starts.wrong": "「落入全局最小值的起点」不对：{detail}",
    "starts.a_list": "一个起点值的列表，例如 [-2.0, 1.0]",
    "starts.not_a_number": "{value} 不是数",
    "starts.numbers_from": "一个数的列表，取自 STARTS = {starts}",
    "starts.extra_missing": "你的答案里有 {extra} 个不该有，缺了 {missing} 个",
    "starts.count_of": "STARTS 中的 {count} 个",
    "starts.local": "这些是落入*局部*最小值（局部最优）的起点；题目问的是全局最小值",
    "starts.below_0": "分界点不在 w = 0，而在 J 的局部最大值处，那里 dJ/dw = 4w³ − 6w + 1 = 0 且 J″ < 0："
                      "它左边的每个起点都会滚进全局最小值",
    "starts.up_to_0": "分界点不在 w = 0，而在 J 的局部最大值处，那里 dJ/dw = 4w³ − 6w + 1 = 0 且 J″ < 0",
    "starts.all": "不是每个起点都行：这是课程笔记里“BGD 能找到全局最优”的说法，它只对凸的代价函数成立；"
                  "在这条曲线上，普通梯度下降只会往下走，所以局部最大值右边的起点会落入局部最小值",
    "starts.hint": "普通梯度下降只会往下走：起点在哪个山谷，就停在哪个山谷，而两个山谷在 J 的局部最大值处交界"
                   "（dJ/dw = 0，J″ < 0）；拿不准的起点，可以试试 "
                   "descend(double_well_grad, GD(lr=0.02), start, 200).path[-1]",
    # 03.2 达到容差所需的步数
    "steps.what": "{name} 上的 steps_to_tolerance(x, y, lr={lr:g}, w0={w0:g}, b0={b0:g}, tol={tol:g})",
    "steps.too_many": "多了一步：一旦 |∇J| ≤ tol·|起点处的 ∇J| 就停下，每次更新之后检查；"
                      "数的是更新的次数，而不是路径上的点数",
    "steps.too_few": "少了一步：起点本身不算一步；数更新的次数，直到某次更新之后 |∇J| ≤ tol·|起点处的 ∇J|",
    "steps.absolute": "这个步数用的是 |∇J| ≤ tol，即绝对容差；这里的容差是相对的，"
                      "tol × |起点处的 ∇J|（和 gdlab.fit 的 tol 一样）",
    "steps.hint": "一个循环：w ← w − lr·∂J/∂w，b ← b − lr·∂J/∂b（两者都用旧的 w、b 计算），一个步数计数器，"
                  "每步之后检查 |∇J| = √(∂J/∂w² + ∂J/∂b²) ≤ tol·|起点处的 ∇J|",
}

# What the code cells of notebook 03 say (gdlab.i18n.code_lines): comments, printed text, docstrings.
CODE_LINES = {
    'START = (-1.0, 5.0)   # (w0, b0)':
        'START = (-1.0, 5.0)   # 起点 (w0, b0)',
    'w, b = w - LR * grad_w, b - LR * grad_b          # both from the old (w, b)':
        'w, b = w - LR * grad_w, b - LR * grad_b          # 两者都用旧的 (w, b) 计算',
    'print(f"least squares: w* = {w_star:.4f}, b* = {b_star:.4f}")':
        'print(f"最小二乘：w* = {w_star:.4f}，b* = {b_star:.4f}")',
    'print(f"gradient descent after {run.steps} steps: w = {run.w[-1]:.4f}, b = {run.b[-1]:.4f} ({run.stop_reason})")':
        'print(f"梯度下降 {run.steps} 步之后：w = {run.w[-1]:.4f}，b = {run.b[-1]:.4f}（{run.stop_reason}）")',
    '(lam_min, lam_max), directions = np.linalg.eigh(sums.hessian())   # ascending; eigenvectors in columns':
        '(lam_min, lam_max), directions = np.linalg.eigh(sums.hessian())   # 升序排列；特征向量按列存放',
    'assert lam_min > 0                                         # both curvatures positive: a bowl':
        'assert lam_min > 0                                         # 两个曲率都为正：一个碗',
    'print(f"curvature across the valley λ_max = {lam_max:.4f}, along it λ_min = {lam_min:.4f} "':
        'print(f"横穿山谷方向的曲率 λ_max = {lam_max:.4f}，沿山谷方向的曲率 λ_min = {lam_min:.4f}"',
    'f"({lam_max / lam_min:.1f} times smaller)")':
        'f"（只有前者的 1/{lam_max / lam_min:.1f}）")',
    'print(f"critical learning rate 2/λ_max = {2 / lam_max:.4f}; LR = {LR}")':
        'print(f"临界学习率 2/λ_max = {2 / lam_max:.4f}；LR = {LR}")',
    'print(f"factors 1 − LR·λ: along the valley {factors[0]:+.6f}, across it {factors[1]:+.6f}")':
        'print(f"因子 1 − LR·λ：沿山谷方向 {factors[0]:+.6f}，横穿山谷方向 {factors[1]:+.6f}")',
    'errors = (run.params[:11] - [w_star, b_star]) @ directions   # the error along each direction, first 10 steps':
        'errors = (run.params[:11] - [w_star, b_star]) @ directions   # 前 10 步里沿每个方向的误差',
    'print(f"measured ratio of successive errors along the valley: {ratios[:, 0].min():+.6f} to {ratios[:, 0].max():+.6f}; "':
        'print(f"实测的相邻两步误差之比，沿山谷方向：{ratios[:, 0].min():+.6f} 到 {ratios[:, 0].max():+.6f}；"',
    'f"across it: {ratios[:, 1].min():+.6f} to {ratios[:, 1].max():+.6f}")':
        'f"横穿山谷方向：{ratios[:, 1].min():+.6f} 到 {ratios[:, 1].max():+.6f}")',
    'print(f"steps for the slower one to shrink the error to 1e-10: ln(1e-10)/ln({slower:.4f}) = "':
        'print(f"较慢的方向把误差缩小到 1e-10 所需的步数：ln(1e-10)/ln({slower:.4f}) = "',
    'f"{math.log(1e-10) / math.log(slower):.1f};  fit took {run.steps} steps")':
        'f"{math.log(1e-10) / math.log(slower):.1f}；  fit 实际用了 {run.steps} 步")',
    'print(f"start (w, b) = {start}: after {end.steps} steps (w, b) = ({end.w[-1]:.6f}, {end.b[-1]:.6f})")':
        'print(f"起点 (w, b) = {start}：{end.steps} 步之后 (w, b) = ({end.w[-1]:.6f}, {end.b[-1]:.6f})")',
    'print(f"global minimum: w = {w_global:.4f}, J = {double_well(w_global):.4f};  "':
        'print(f"全局最小值：w = {w_global:.4f}，J = {double_well(w_global):.4f}；  "',
    'f"local minimum: w = {w_local:.4f}, J = {double_well(w_local):.4f}")':
        'f"局部极小值：w = {w_local:.4f}，J = {double_well(w_local):.4f}")',
    'print(f"figure, start w = {start:4}: after 40 steps w = {after_40:.4f}, "':
        'print(f"图中的起点 w = {start:4}：40 步之后 w = {after_40:.4f}，"',
    'f"after {STEPS_1D} steps it is in the {ends_in(start, LR_1D, STEPS_1D)} minimum")':
        'f"{STEPS_1D} 步之后所在的极小值：{ends_in(start, LR_1D, STEPS_1D)}")',
    'print(f"41 starts: {ends.count(\'global\')} end in the global minimum, {ends.count(\'local\')} in the local one")':
        'print(f"41 个起点：{ends.count(\'global\')} 个最终落在全局最小值，{ends.count(\'local\')} 个落在局部极小值")',
    'print(f"STARTS = {STARTS}, LR_1D = {LR_1D}, STEPS_1D = {STEPS_1D}")':
        'print(f"起点 STARTS = {STARTS}，学习率 LR_1D = {LR_1D}，步数 STEPS_1D = {STEPS_1D}")',
    'w_stationary = np.sort(np.roots([4.0, 0.0, -6.0, 1.0]).real)   # where dJ/dw = 4w³ − 6w + 1 = 0':
        'w_stationary = np.sort(np.roots([4.0, 0.0, -6.0, 1.0]).real)   # 使 dJ/dw = 4w³ − 6w + 1 = 0 的点',
    "w_max = w_stationary[1]                                          # the middle one: J'' < 0, the local maximum":
        "w_max = w_stationary[1]                                          # 中间那个：J'' < 0，是局部极大值",
    '"""The number of BGD steps from (w0, b0) until |∇J| ≤ tol·|∇J at the start|."""':
        '"""从 (w0, b0) 出发，BGD 走到 |∇J| ≤ tol·|起点处的 ∇J| 所需的步数。"""',
    'print(f"step {step}: (∂J/∂w, ∂J/∂b) = ({grad_w:8.4f}, {grad_b:8.4f})  ->  (w, b) = ({w:.4f}, {b:.4f}), "':
        'print(f"第 {step} 步：(∂J/∂w, ∂J/∂b) = ({grad_w:8.4f}, {grad_b:8.4f})  ->  (w, b) = ({w:.4f}, {b:.4f})，"',
}
