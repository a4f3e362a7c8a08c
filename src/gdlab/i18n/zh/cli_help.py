"""`gdlab` 命令的 `--help`：argparse 的说明与选项帮助（gdlab.cli）、生成这些选项的设置的帮助
（gdlab.config.FitConfig、gdlab.cnn.config.TrainConfig），以及 argparse 自己写的几个词。
选项名、代码和单位在各语言中保持原样。argparse 会对选项帮助做 % 格式化：这里写的 % 由
gdlab.cli.options.help_text 转义。"""
MESSAGES = {
    # argparse 自己的词（gdlab.cli.parser），以及各命令共用的文字
    "usage": "用法：",
    "positionals": "位置参数",
    "options": "选项",
    "help": "显示这段帮助并退出",
    "with_default": "{help}（默认：{default}）",
    "on_by_default": "{help}（默认开启；这个选项把它关掉）",
    "gdlab": "gdlab：梯度下降教学实验室，手写实现，也用 torch 实现。",
    "lang": "图表、页面和消息使用的语言（默认：$GDLAB_LANG，否则为 en）",
    "labs_dir": "实验所在的位置（默认：本仓库的 labs/）",

    # gdlab fit，以及 gdlab.config.FitConfig 的设置
    "fit.help": "用梯度下降拟合 y = w·x (+ b)",
    "fit.description": "用梯度下降把 y = w·x (+ b) 拟合到一个 CSV（列为 x,y）上。",
    "fit.csv": "一个列为 x,y 的 CSV 文件，或者一个自带的数据集：{sets}",
    "fit.option": "优化器的一个选项，例如 momentum=0.5 或 weight_decay=0.01（可重复）",
    "fit.logdir": "同时把每一步记录到 DIR 中，供 TensorBoard 查看",
    "fit.json": "输出一个 JSON 对象，而不是摘要",
    "fit.model": "wx 表示 y = w·x；wxb 表示 y = w·x + b",
    "fit.method": "bgd：每步用全部样本；sgd：每步用一个；mbgd：每步用 --batch-size 个",
    "fit.batch_size": "每步的样本数，只用于 mbgd",
    "fit.optimizer": "更新规则",
    "fit.lr": "学习率",
    "fit.epochs": "遍历数据的轮数",
    "fit.max_steps": "最多走的步数",
    "fit.max_steps_default": "跑完全部轮数",
    "fit.tol": "当 |∇J| ≤ tol × |起点处的 ∇J| 时停止（0：从不停止）",
    "fit.seed": "所有随机选择（样本顺序）都由它决定",
    "fit.w0": "w 的初始值",
    "fit.b0": "b 的初始值",
    "fit.reduction": "mean：J = (1/n)Σr²；sum：J = Σr²（MSELoss(reduction='sum')）",
    "fit.backend": "scratch：用 NumPy 手写；autograd：用 torch",
    "fit.divergence_factor": "当 J > factor ×（起点的代价或 y² 的均值）时判定为发散",
    "fit.optimizer_options": "优化器的关键字选项",

    # gdlab crosscheck
    "crosscheck.help": "逐步比较 NumPy 实现和 torch 实现",
    "crosscheck.description": "让每种 模型 × 方法 × 优化器 的组合都在两个实现上各跑一遍，并把手写优化器的每一步"
                              "与 torch.optim 对比；输出最大的相对差；若有任何一项超出容差，退出状态为 1。",
    "crosscheck.data": "自带的数据集或 CSV（默认：line）",
    "crosscheck.tol": "相对容差（默认 {tol:g}）",
    "crosscheck.json": "输出一个 JSON 对象，而不是表格",

    # gdlab data csv|digits
    "data.help": "把自带的数据集写到磁盘上",
    "data.description": "把 gdlab 自带的数据集写到磁盘上（不需要网络）。",
    "data.csv": "回归用的 CSV（{sets}）",
    "data.csv_out": "写入的文件夹（默认：data）",
    "data.digits": "scikit-learn 的手写数字，写成 ImageFolder 目录树",
    "data.digits_description": "把 scikit-learn 自带的 1797 个手写数字写成 PNG 图片，每个类别一个文件夹，"
                               "按种子划分到 train/ 和 val/。",
    "data.digits_out": "写入的文件夹（默认：data/digits）",
    "data.seed": "划分 train/val 用的种子",
    "data.val_fraction": "每个类别放进 val/ 的比例",

    # gdlab demo
    "demo.help": "无界面地跑完整节课，并写出结果",
    "demo.description": "在自带的数据上无界面地跑完整节课（不需要网络），把生成的所有内容写进一个文件夹。",
    "demo.out": "输出文件夹（默认：runs/demo）",

    # gdlab grade
    "grade.help": "用教师的测试给一份实验提交（或一个装着多份提交的文件夹）评分",
    "grade.description": "把实验要求的文件从 SUBMISSION 复制到教师的公开测试和隐藏测试旁边，在子进程中运行"
                         "这些测试（每个测试有时间限制），并给出报告。如果 SUBMISSION 是一个装着多个提交文件夹"
                         "的文件夹，就逐个评分并写出一个 CSV。",
    "grade.submission": "一个提交文件夹（或者实验唯一的那个文件，或者代替它的笔记本），或者一个装着多个提交"
                        "文件夹的文件夹",
    "grade.lab": "实验：它的文件夹名（01_cost）、主题（cost），或者实验文件夹的路径",
    "grade.json": "把 Gradescope 的 results.json 写到这里（对于装着多份提交的文件夹：写到一个文件夹，"
                  "每份提交一个 <submission>.json）",
    "grade.csv": "对于装着多份提交的文件夹：成绩的 CSV（默认：grades.csv）",
    "grade.report": "同时把全班报告写到这里（一个自包含的 HTML 页面：分数、全班在每个测试上错在哪里，"
                    "以及每个学生自己页面的链接，这些页面写在它旁边）",
    "grade.gradebook": "同时写出一个能导入 SYSTEM 成绩册的 CSV（canvas 或 moodle）",
    "grade.jobs": "同时评 N 份提交；'auto'：每个 CPU 核一份",
    "grade.timeout": "一个测试最多运行的秒数（默认：实验的设置）",
    "grade.budget": "一整份提交最多运行的秒数（默认 {budget:g}）",
    "grade.hide": "另外把 DIR 也对学生隐藏（可重复；实验、gdlab、提交和输出文件夹总是隐藏的）",
    "grade.require_isolation": "除非学生的进程以无特权用户身份在自己的命名空间中运行，否则拒绝评分"
                               "（Gradescope 的 run_autograder 会设置这一项）",

    # gdlab labs list|release|bundle
    "labs.help": "列出、发布（学生版）或打包要评分的实验",
    "labs.description": "labs/ 下要评分的实验：列出它们、写出学生版，或者把一个实验打包成 Gradescope "
                        "自动评分 zip。",
    "labs.list": "各个实验、它们的文件和分值",
    "labs.release": "写出学生版：不含参考答案，不含隐藏测试",
    "labs.release_description": "写出学生版：参考答案换成 NotImplementedError，隐藏测试不包含在内。"
                                "加上 --lang zh 时，提示用 ### HINT[zh]: 行，并把 README.zh.md 作为 "
                                "README.md 发布。",
    "labs.release_out": "写入实验的文件夹",
    "labs.release_lab": "只发布这个实验（可重复；默认全部）",
    "labs.bundle": "为一个实验写出 Gradescope 自动评分 zip",
    "labs.bundle_lab": "实验的文件夹名、主题或路径",
    "labs.bundle_out": "默认：autograder.zip",

    # gdlab plot KIND
    "plot.help": "把课程中的一张图画到 PNG 或 SVG 文件",
    "plot.description": "`gdlab plot KIND ... --out FILE`：把课程中的一张图存为 PNG 或 SVG（由扩展名决定）。",
    "plot.curve": "y = w·x 的代价曲线 J(w)，画出下降的每一步和切线",
    "plot.surface": "y = w·x + b 的代价：三维曲面和等高线图，标出最优点",
    "plot.lr": "并排的四个学习率：太慢、合适、振荡、发散",
    "plot.paths": "BGD、SGD 和 MBGD 从同一起点出发在等高线图上的路径",
    "plot.race": "GD、momentum、Nesterov、Adagrad、RMSprop、Adadelta、Adam 在一个测试地形上的比赛",
    "plot.loss": "BGD、SGD 和 MBGD 每一步的代价，线性坐标和对数坐标",
    "plot.out": "输出文件，.png 或 .svg",
    "plot.dpi": "PNG 的分辨率（默认 100）",
    "plot.landscape": "默认：saddle",
    "plot.race_steps": "每个优化器走的步数（默认：由地形决定）",
    "plot.start": "起点",
    "plot.optimizers": "默认：全部",
    "plot.data": "line、house、diabetes，或者一个列为 x,y 的 CSV",
    "plot.steps": "下降的步数",
    "plot.w0": "w 的起点（默认 0）",
    "plot.curve_lr": "学习率（默认为临界学习率的 0.2 倍）",
    "plot.lrs": "几个学习率（默认为临界学习率的 0.05、0.3、0.95、1.4 倍）",
    "plot.w_range": "w 轴的范围",
    "plot.b_range": "b 轴的范围",
    "plot.grid": "每个轴上的网格点数（默认 150）",
    "plot.lr_value": "学习率（默认 0.1）",
    "plot.epochs": "遍历数据的轮数（默认 10）",
    "plot.batch_size": "MBGD 的批量大小（默认 min({size}, n)）",
    "plot.optimizer": "默认：gd",
    "plot.w0_demo": "w 的起点（默认：演示图的起点）",
    "plot.b0_demo": "b 的起点（默认：演示图的起点）",
    "plot.seed": "样本顺序（默认 0）",

    # gdlab release
    "release.help": "写出课程的学生版：实验和笔记本，不含答案",
    "release.description": "本仓库是教师版。这个命令写出 OUT/labs（同 `gdlab labs release`：替换参考答案，"
                           "不含隐藏测试）和 OUT/notebooks（答案单元格换成占位代码，去掉示范解答，清空输出），"
                           "并逐一做泄漏扫描。加上 --lang zh 时，实验附带中文提示（### HINT[zh]:），"
                           "README.zh.md 作为 README.md 发布，笔记本则是 notebooks/zh/ 中的那些。",
    "release.out": "写入课程的文件夹",
    "release.notebooks_dir": "教师笔记本所在的位置（默认：本仓库的 notebooks/）",

    # gdlab train，以及 gdlab.cnn.config.TrainConfig 的设置
    "train.help": "在图像上训练种子项目的 CNN（Net），用 TensorBoard 观察",
    "train.description": "训练种子项目的 LeNet 式网络 Net。{data}。",
    "train.threads": "torch 使用的 CPU 线程数（默认：由 torch 决定）",
    "train.json": "把最终指标输出为一个 JSON 对象",
    "train.data": "digits（离线，自带）、cifar10（从 DIR/cifar-10-batches-py 读取；--download 会下载它）、"
                  "mnist、fashionmnist（需要下载），或者一个图像文件夹 PATH",
    "train.data_root": "digits 写入、查找 CIFAR-10 以及下载数据集的文件夹",
    "train.download": "cifar10：如果 --data-root 中还没有，就下载它（约 170 MB）",
    "train.epochs": "遍历训练图像的轮数",
    "train.batch_size": "每步的图像数（用 --ddp 时为每个进程的图像数）",
    "train.lr": "（峰值）学习率",
    "train.optimizer": "sgd 是带 --momentum 的 SGD",
    "train.schedule": "每一步的学习率：onecycle（先预热到 lr，再退火到接近 0）或 constant（不变）",
    "train.augment": "对训练图像做小幅的随机旋转、缩放和平移",
    "train.momentum": "用于 sgd 和 rmsprop",
    "train.weight_decay": "L2 惩罚，所有优化器都适用",
    "train.device": "auto（依次尝试 cuda、mps、cpu）、cpu、cuda、cuda:N、mps",
    "train.amp": "混合精度（float16 autocast + GradScaler）；仅限 CUDA",
    "train.seed": "决定初始权重、打乱顺序，以及普通文件夹的验证集划分",
    "train.val_fraction": "文件夹中没有 train/ 和 val/ 时，留作验证集的比例",
    "train.max_images": "每个划分最多使用 N 张图像（用于快速试验）",
    "train.max_images_default": "全部",
    "train.logdir": "TensorBoard 运行记录写在 DIR 下新建的文件夹中；'' 表示不记录",
    "train.run_name": "运行记录文件夹名的后缀",
    "train.run_name_default": "数据集名",
    "train.checkpoint": "每轮结束后把模型、优化器和随机数生成器的状态保存到这里",
    "train.checkpoint_default": "不保存",
    "train.resume": "从 --checkpoint 继续训练",
    "train.histograms": "每轮在 TensorBoard 中记录权重和梯度的直方图",
    "train.progress": "显示带损失和准确率的进度条，并每轮输出一行",
    "train.ddp": "在 torchrun 启动的各个进程上做数据并行：用 torchrun --nproc-per-node N -m gdlab "
                 "train --ddp ... 启动；--batch-size 是每个进程的批量大小，全局批量是它的 N 倍",
    "train.ddp_timeout": "用 --ddp 时，一个进程等待其他进程的秒数，超时则整个任务停止",
}
