"""数值核心的错误消息：设置、批、两个实现（twins）、优化器、梯度下降、绘图范围。

每条消息都指出哪个值有问题以及如何改正。{value!r} 形式的值保留 Python 的引号，
让用户看到自己传入的原样。"""
MESSAGES = {
    # gdlab.checks：用户给出的设置
    "checks.lr": "学习率 lr 必须是有限的正数，实际为 {value!r}；可以试试 lr=0.1 或更小的值",
    "checks.positive_int": "{name} 必须是不小于 1 的整数，实际为 {value!r}{hint}",
    "checks.batch_size_hint": "；可取 1（随机梯度下降法 SGD）到样本数 {n}",
    "checks.batch_too_large": "batch_size {batch_size} 大于数据量（{n} 个样本）；"
                              "最多取 {n}（即批量梯度下降法 BGD）",
    "checks.choice": "未知的 {name} {value!r}；可选：{choices}",
    "checks.finite": "{name} 必须是有限的数，实际为 {value!r}",
    "checks.nonnegative": "{name} 必须 >= 0，实际为 {value!r}",
    "checks.seed": "随机种子 seed 必须是不小于 0 的整数，实际为 {value!r}",
    "checks.fraction": "{name} 必须在 {interval} 之内，实际为 {value!r}；先用默认值就好",
    "checks.folder_not_created": "{name} {folder}：无法创建这个文件夹（{reason}）；"
                                 "请换一个你有写权限的文件夹",
    "checks.folder_not_writable": "{name} {folder}：这个文件夹不可写；请换一个你有写权限的文件夹",
    "checks.positive": "{name} 必须是有限的正数，实际为 {value!r}",

    # gdlab.checks：两个实现共用的数据与参数检查（predict、cost、update、优化器）
    "checks.not_numbers": "{name} 必须是数（一个数、列表或数组），实际为 {type}：{error}",
    "checks.samples_not_1d": "{name} 必须每个样本一个数，形状为 (n,)，实际形状为 {shape}；请只传入数据的一列",
    "checks.samples_mismatch": "x 和 y 的样本数必须相同，实际为 {n_x} 和 {n_y}；请为每个 x 给出一个 y",
    "checks.samples_empty": "x 和 y 都是空的：代价函数至少需要一个样本",
    "checks.samples_not_finite": "{name}[{index}] 是 {value}（{name} 中共有 {count} 个非有限值）；"
                                 "请先删除或补全这些样本",
    "checks.one_number": "{name} 必须是一个数（直线只有一个 w 和一个 b），实际为 {value}",
    "checks.same_shape": "{name} 的形状必须与 {other} 相同，即 {expected}，实际为 {shape}",

    # gdlab.config：FitConfig
    "config.batch_size_hint": "；可取 1（随机梯度下降法 SGD）到样本数",
    "config.divergence_factor": "divergence_factor 必须大于 1，实际为 {value!r}",
    "config.unknown_setting": "未知的设置 {unknown}；可用的设置有：{names}",

    # gdlab.batches
    "batches.fixed_size": "batch_size {batch_size!r} 与方法 {method!r} 不符：该方法每步总是使用 "
                          "{fixed} 个样本；要自己选择批量大小，请用 method='mbgd'",

    # gdlab.twins 与优化器（gdlab.scratch.optimizers）
    "twins.unknown_option": "优化器 {name!r} 没有选项 {unknown}；它的选项有：{options}",
    "twins.no_options": "无",
    "optimizers.betas": "betas 必须是两个数 (beta1, beta2)，实际为 {value!r}；例如 betas=(0.9, 0.999)",
    "optimizers.shape_changed": "params 的形状是 {shape}，但这个优化器的状态是按形状 {expected} 建立的；"
                                "换一组参数请新建一个优化器",

    # gdlab.descent
    "descent.on_divergence": "on_divergence 必须是 'raise' 或 'stop'，实际为 {value!r}",
    "descent.not_finite": "已不是有限值",
    "descent.too_large": "= {cost:.3g}，已超过起点处的 {factor:.0e} 倍",
    "descent.advice_critical": "在这组数据上，普通的批量梯度下降法（BGD）在 lr > {critical:.4g} 时发散，"
                               "所以试试 lr={suggested:.3g}",
    "descent.advice_smaller": "请换一个更小的学习率，例如 lr={suggested:.3g}",
    "descent.diverged": "梯度下降在第 {step} 步发散（lr={lr:g}）：代价 J {what}。学习率太大"
                        "（每一步都越过最小值点，反复横跳，而且越跳越远）；{advice}。",
    "descent.diverged_error": "{message}发散之前的各步保存在 .trajectory 中。",

    # gdlab.trajectory：展示给人看的停止原因（数据值仍是 "tolerance"、"budget"、"diverged"）
    "trajectory.stopped.tolerance": "梯度已降到容差以内（收敛）",
    "trajectory.stopped.budget": "步数用完",
    "trajectory.stopped.diverged": "发散",
    "trajectory.stopped.running": "仍在运行",

    # gdlab.plots.ranges、surface、animate：图的范围、网格与文件
    "ranges.not_two_numbers": "{name} 必须是两个数 LOW HIGH，实际为 {value!r}",
    "ranges.not_finite": "{name} 必须是有限值，实际为 ({low:g}, {high:g})；请给出两个有限的数",
    "ranges.inverted": "{name} 必须满足 low < high，实际为 ({low:g}, {high:g})：范围颠倒了；请交换两者",
    "ranges.empty": "{name} 必须满足 low < high，实际为 ({low:g}, {high:g})：范围为空；请把它放宽",
    "ranges.grid": "网格每个轴至少需要 2 个点，实际为 {value!r}；可以试试 200",
    "surface.all_non_finite": "网格上的值全都不是有限值（溢出）：请缩小范围",
    "surface.flat": "代价曲面在这个范围内是平的（每个值都是 {value:g}）；请放宽范围",
    "animate.no_frames": "动画至少需要 1 帧，实际为 {frames}",
    "animate.not_gif": "动画要保存为 .gif 文件，实际为 {name!r}；请把文件命名为 *.gif",

    # gdlab.i18n.language
    "language.unknown": "未知的语言 {language!r}；可选：{choices}",
}
