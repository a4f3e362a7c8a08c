"""图中的文字（gdlab.plots）：标题、坐标轴、图例、注释。公式留在 $...$（mathtext）里；
只有公式的标签（"$J(w, b)$"）不是消息，留在代码中。"""
MESSAGES = {
    # 中文图所用的字体（gdlab.i18n.fonts）
    "font_package_missing": "中文图需要 Python 包 {package} 中的字体 {family}，但这个包没有安装；"
                            "请安装：pip install {package}（它是 gdlab 的依赖，pip install -e . 会一并安装），"
                            "或者改用英文绘图：gdlab.set_language('en')",
    "font_file_missing": "已安装 {package}，但缺少其中的字体文件 {path}；"
                         "请重新安装：pip install --force-reinstall {package}",

    # 多个图共用
    "start": "起点",
    "end": "终点",
    "points": "个点",
    "path_points": "个路径点",
    "clipped": "{total} {what}中有 {outside} 个在绘图范围之外（已裁去）",
    "diverged_at_step": "第 {step} 步发散",

    # line1d：y = w·x
    "data.samples": r"数据 $(x_i, y_i)$",
    "data.errors": r"误差 $\hat y_i - y_i$",
    "data.title": r"预测函数 $\hat y = w\,x$ 与每个样本的误差",
    "cost_curve.cost": r"代价函数 $J(w)$",
    "cost_curve.minimum": r"最小值点 $w^* = {w:.3g}$",
    "cost_curve.steps": "{steps} 步，学习率 lr = {lr:.3g}",
    "cost_curve.tangent": r"切线，斜率 $dJ/dw = {grad_w:.3g}$",
    "cost_curve.title": r"代价函数 $J(w)$ 是一条抛物线，梯度就是它的斜率",
    "lr_panel.crawls": "太小：进展缓慢",
    "lr_panel.good": "合适",
    "lr_panel.oscillates": "接近临界值：反复横跳",
    "lr_panel.diverges": "太大：发散",
    "lr_panel.lr": "lr = {lr:.3g} = {ratio:.2g} × 临界值",

    # local_global：双势阱
    "local_global.global_minimum": r"全局最优 $w = {w:.2f}$",
    "local_global.local_minimum": r"局部最优 $w = {w:.2f}$",
    "local_global.global": "全局最优",
    "local_global.local": "局部最优",
    "local_global.diverged": "发散",
    "local_global.path": r"GD 从 $w_0 = {start:g}$ 出发 → {end}",
    "local_global.title": "GD 停在哪里取决于起点（学习率 {lr:g}，{steps} 步）",

    # paths：BGD、SGD、MBGD
    "path.label": "{method}，{steps} 步",
    "path.label_diverged": "{method}，{steps} 步，发散",
    "cost_per_step.minimum": r"最小二乘的最小值 $J^* = {cost:.3g}$",
    "cost_per_step.step": "步数",
    "cost_per_step.step_symlog": "步数（symlog 刻度）",
    "cost_per_step.cost_log": r"$J(w, b)$（对数刻度）",
    "cost_per_step.title_linear": "每一步的代价，线性刻度",
    "cost_per_step.title_log": "每一步的代价，对数刻度",

    # surface：J(w, b)
    "surface.optimum": r"最小二乘解 $(w^*, b^*) = ({w:.3g}, {b:.3g})$",
    "surface.non_finite": "{count} 个网格点的代价不是有限值（溢出）：留空",
    "surface.overflow": "{count} 个网格点溢出：按最大的有限代价绘制",
    "surface.contour_title": r"$\hat y = w\,x + b$ 的代价函数 $J(w, b)$：等高线图",
    "surface.title": r"代价曲面 $J(w, b)$",

    # race：测试地形与优化器竞赛
    "landscape.minimum": "最小值点",
    "landscape.minima": "最小值点",
    "landscape.name.rosenbrock": "Rosenbrock 函数",
    "landscape.name.beale": "Beale 函数",
    "landscape.name.himmelblau": "Himmelblau 函数",
    "landscape.name.saddle": "鞍点函数",
    "race.path": "{optimizer}（lr {lr:.3g}）",
    "race.path_diverged": "{optimizer}（lr {lr:.3g}），发散",
    "race.title": "{landscape}上的优化器竞赛：从 ({w0:.3g}, {b0:.3g}) 出发走 {steps} 步",

    # animate
    "animate.curve_title": "第 {k} 步（共 {steps} 步）：w = {w:.3g}，斜率 dJ/dw = {grad_w:.3g}",
    "animate.contour_title": "第 {k} 步（共 {steps} 步）",

    # widgets：滑块及其消息
    "widgets.diverged": "第 {step} 步发散：学习率大于临界值 {critical:.3g}",
    "widgets.error": "错误：{error}",
    "widgets.lr": "学习率",
    "widgets.steps": "步数",
    "widgets.start_w": "起点 w",
    "widgets.start_b": "起点 b",
    "widgets.method": "方法",
    "widgets.optimizer": "优化器",
    "widgets.epochs": "轮数",
    "widgets.batch_size": "批量大小",
}
