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
