"""笔记本 08 的练习（gdlab.exercises.nb08）：题目、每项检查比较的是什么、提示。"""
MESSAGES = {
    "q1": "out_size(size, kernel, stride, padding)：size x size 的输入经过 nn.Conv2d 或 nn.MaxPool2d 之后的边长。",
    "q2": "对于 {side}x{side} 的图片（而不是 32x32 时的 16·5·5），会有多少个数进入 fc1？",
    "q3": "Net 的 conv2 和 fc1 各有多少个参数（权重和偏置）。",
    "q4": "课程笔记在每批 {batch} 张图片上用 MSELoss(reduction='sum') 和 SGD(lr={lr:g}) 训练：学习率取多少，"
          "才能让使用 reduction='mean' 的 SGD 走出相同的每一步？",
    # 08.1
    "out_size.no_plus_one": "小了一：卷积核可以放在位置 0、stride、2·stride、……，数一数它们："
                            "(size + 2·padding − kernel) // stride + 1",
    "out_size.true_division": "尺寸是整数：向下取整，// stride（放不下的最后一个窗口被丢掉）",
    "out_size.ceil": "向下取整，而不是向上取整：超出边缘的窗口会被丢掉（// stride）",
    "out_size.one_side_padding": "填充在两边都加像素：size + 2·padding",
    "out_size.no_padding": "你漏掉了填充：size + 2·padding",
    "out_size.no_kernel": "卷积核的大小也要算进去：(size + 2·padding − kernel) // stride + 1",
    "out_size.no_stride": "要除以步幅：步幅为 2 的池化把尺寸减半",
    "out_size.hint": "(size + 2·padding − kernel) // stride + 1，与 nn.Conv2d 和 nn.MaxPool2d 的文档一致",
    # 08.2
    "what.flat_size": "{side}x{side} 图片展平后的大小",
    "flat.32x32": "这是 32x32 图片时 fc1 的 16·5·5；从 {side} 开始重新算一遍尺寸",
    "flat.scaled": "尺寸不随图片等比缩放：5x5 的卷积让每条边长减少 4 个像素，然后池化再把它减半",
    "flat.pools_only": "你只减半了两次：每个 5x5 卷积（没有填充）还会让边长减少 4：64 → 60 → 30 → ……",
    "flat.convs_only": "你漏掉了池化：每个 MaxPool2d(2, 2) 都把边长减半",
    "flat.block1": "这是第一个块之后的大小；后面还有第二个卷积（6 → 16 个通道）和池化",
    "flat.no_pool2": "你漏掉了第二个池化：它把边长再减半一次",
    "flat.kernel_5": "5x5 的卷积核让边长减少 4 个像素，而不是 5：size − kernel + 1",
    "flat.no_channels": "还要乘以 16 个通道：每个通道都会被展平",
    "flat.hint": "跟踪一条边长：64 → 5x5 卷积 → 2 池化 → 5x5 卷积 → 2 池化，然后 通道数 × 边长 × 边长",
    # 08.3
    "what.conv2": "conv2 = nn.Conv2d(6, 16, 5) 的参数个数",
    "conv2.no_bias": "你漏掉了偏置：每个输出通道一个",
    "conv2.no_in": "16 个滤波器中的每一个都覆盖全部 6 个输入通道：16 · 6 · 5 · 5 个权重",
    "conv2.bias_pairs": "每个输出通道一个偏置（16 个），而不是每个（输入，输出）对一个",
    "conv2.kernel": "5x5 的卷积核在每个输入通道上有 5 · 5 个权重",
    "conv2.hint": "权重 out_channels · in_channels · k · k 个，再加上每个输出通道一个偏置",
    "what.fc1": "fc1 = nn.Linear(16·5·5, 120) 的参数个数",
    "fc1.no_bias": "你漏掉了偏置：每个输出一个",
    "fc1.bias_in": "每个输出一个偏置（120 个），而不是每个输入一个",
    "fc1.sum": "全连接层把每个输入连到每个输出：in · out 个权重",
    "fc1.conv2": "这是 conv2 的参数个数；fc1 是 nn.Linear(400, 120)",
    "fc1.hint": "in_features · out_features 个权重，再加上 out_features 个偏置",
    # 08.4
    "what.mean_lr": "MSELoss(reduction='mean') 的学习率",
    "mean_lr.batch_only": "MSELoss 的 'mean' 除以它加起来的所有元素的个数：{batch} 张图片 × 10 个得分，"
                          "而不只是 {batch} 张图片",
    "mean_lr.inverted": "反了：平均值的梯度更小，所以它的学习率必须更大：lr · （元素个数）",
    "mean_lr.inverted_batch": "反了，而且平均是对所有元素取的：lr · {batch} · 10",
    "mean_lr.same": "两个损失相差一个常数因子，它们的梯度也一样：SGD 的一步 lr · 梯度 随之改变",
    "mean_lr.hint": "'mean' = 'sum' / （元素个数）；SGD 每步走 lr · 梯度",
}

# What the code cells say (gdlab.i18n.code_lines): {English line: Chinese line}, without indentation.
# The figures of this notebook are drawn with plain pyplot, in matplotlib's default font (no CJK
# glyphs), so their texts, the run names shown in the legend among them, stay as they are.
CODE_LINES = {
    # parameters
    'EPOCHS = 12            # passes over the training images (the tests run 1)':
        'EPOCHS = 12            # 遍历训练图片的轮数（测试只跑 1 轮）',
    'DEVICE = "auto"        # cuda, then mps, then cpu':
        'DEVICE = "auto"        # 依次尝试 cuda、mps、cpu',
    'TRAIN_LIMIT = None     # use at most this many images per split (None: all)':
        'TRAIN_LIMIT = None     # 训练集、验证集各最多使用这么多张图片（None：全部）',
    'DATASET = "auto"       # auto: CIFAR-10 if DATA_ROOT holds it, else the digits; or "digits", "cifar10"':
        'DATASET = "auto"       # auto：DATA_ROOT 中有 CIFAR-10 就用它，否则用手写数字；也可以设为 "digits" 或 "cifar10"',
    # the three bugs
    'print("1. torch.functional has relu:", hasattr(seed_F, "relu"), "| torch.nn.functional has relu:", hasattr(nn.functional, "relu"))':
        'print("1. torch.functional 里有 relu：", hasattr(seed_F, "relu"), "| torch.nn.functional 里有 relu：", hasattr(nn.functional, "relu"))',
    'print("2. nn has Conv2dn:", hasattr(nn, "Conv2dn"), "| nn has Conv2d:", hasattr(nn, "Conv2d"))':
        'print("2. nn 里有 Conv2dn：", hasattr(nn, "Conv2dn"), "| nn 里有 Conv2d：", hasattr(nn, "Conv2d"))',
    'print("largest |Net(x) − Sequential(x)|:", max_output_difference(net, net_sequential(), x))':
        'print("|Net(x) − Sequential(x)| 的最大值：", max_output_difference(net, net_sequential(), x))',
    'print("output shape:", tuple(net(x).shape), "(4 images, 10 class scores)")':
        'print("输出形状：", tuple(net(x).shape), "（4 张图片，每张 10 个类别得分）")',
    # data
    'raise ValueError(f"DATASET must be \'auto\', \'digits\' or \'cifar10\', got {DATASET!r}")':
        'raise ValueError(f"DATASET 必须是 \'auto\'、\'digits\' 或 \'cifar10\'，而不是 {DATASET!r}")',
    'images = load_data(data_name, DATA_ROOT, max_images=TRAIN_LIMIT)   # for CIFAR-10, val is its test set':
        'images = load_data(data_name, DATA_ROOT, max_images=TRAIN_LIMIT)   # 对 CIFAR-10 来说，验证集就是它的测试集',
    'print(f"{len(train_data)} training and {len(val_data)} validation images of {len(classes)} classes: {classes}")':
        'print(f"训练图片 {len(train_data)} 张，验证图片 {len(val_data)} 张，共 {len(classes)} 个类别：{classes}")',
    'print(f"one validation image is {1 / len(val_data):.2%} of the accuracy; guessing gets about {1 / len(classes):.0%}")':
        'print(f"一张验证图片占准确率的 {1 / len(val_data):.2%}；随机猜测的准确率约为 {1 / len(classes):.0%}")',
    # the seed's loop
    '"""Share of the images whose highest score is their label."""':
        '"""最高得分正是其标签的图片所占的比例。"""',
    '"""(B,) class indices -> (B, classes) float targets, for MSELoss."""':
        '"""(B,) 的类别索引 -> (B, classes) 的 float 目标值，供 MSELoss 使用。"""',
    '"""The labels as they are: what CrossEntropyLoss takes."""':
        '"""原样返回标签：CrossEntropyLoss 要的就是类别索引。"""',
    '"""(model, train_loader): the Net\'s initial weights from seed 0, batches of 32 shuffled by seed 0."""':
        '"""(model, train_loader)：由随机种子 0 得到的 Net 初始权重，以及由随机种子 0 打乱、每批 32 张的批次。"""',
    '"""The seed\'s loop; returns the validation accuracy after each epoch."""':
        '"""课程笔记的训练循环；返回每一轮之后的验证准确率。"""',
    "train_loader.set_epoch(t)                  # epoch t's shuffle":
        "train_loader.set_epoch(t)                  # 第 t 轮的打乱顺序",
    'y_pred = model(x)                      # forward pass: (B, classes) scores':
        'y_pred = model(x)                      # 前向传播：(B, classes) 个得分',
    # already Chinese (the course notes' own comment)
    'loss = criterion(y_pred, target(y))    # 计算损失函数':
        'loss = criterion(y_pred, target(y))    # 计算损失函数',
    'optimizer.zero_grad()                  # 梯度置零: backward() adds to .grad':
        'optimizer.zero_grad()                  # 梯度置零：backward() 会把梯度累加到 .grad 上',
    # already Chinese (the course notes' own comment)
    'loss.backward()                        # loss 反向传播':
        'loss.backward()                        # loss 反向传播',
    'optimizer.step()                       # 参数更新: p ← p − lr·(its step)':
        'optimizer.step()                       # 参数更新：p ← p − lr·（优化器算出的一步）',
    'if writer is not None:                 # TensorBoard: scalars every step':
        'if writer is not None:                 # TensorBoard：每一步记录标量',
    'writer.add_scalar("train/lr", optimizer.param_groups[0]["lr"], global_step)   # this step\'s lr':
        'writer.add_scalar("train/lr", optimizer.param_groups[0]["lr"], global_step)   # 这一步的 lr',
    'scheduler.step()                   # the learning rate of the next step':
        'scheduler.step()                   # 设定下一步的学习率',
    'if writer is not None:                     # TensorBoard: every epoch':
        'if writer is not None:                     # TensorBoard：每一轮记录一次',
    'results = {}      # run -> validation accuracy after each epoch':
        'results = {}      # 运行 -> 每一轮之后的验证准确率',
    '"""Print run `name`\'s accuracies, and the change from run `before` in accuracy and in images."""':
        '"""打印运行 `name` 的准确率，以及它与运行 `before` 相比在准确率和图片张数上的变化。"""',
    'line = f"{name}: validation accuracy per epoch {[round(a, 3) for a in history]}"':
        'line = f"{name}：每一轮之后的验证准确率 {[round(a, 3) for a in history]}"',
    'line += (f"\\n  in this run: {results[before][-1]:.1%} -> {history[-1]:.1%} ({change:+.1%}, "':
        'line += (f"\\n  本次运行：{results[before][-1]:.1%} -> {history[-1]:.1%}（{change:+.1%}，"',
    'f"{round(change * len(val_data)):+d} validation images) compared with \'{before}\'")':
        'f"{round(change * len(val_data)):+d} 张验证图片），与“{before}”相比")',
    'criterion = nn.MSELoss(reduction="sum")                        # the seed\'s loss':
        'criterion = nn.MSELoss(reduction="sum")                        # 课程笔记的损失函数',
    "optimizer = torch.optim.SGD(model.parameters(), lr=1e-4)       # the seed's optimizer":
        "optimizer = torch.optim.SGD(model.parameters(), lr=1e-4)       # 课程笔记的优化器",
    # the run names (they label the curves of the figure below)
    'SEED = "seed: MSE (sum), SGD lr 1e-4"':
        'SEED = "种子笔记：MSE（求和），SGD lr 1e-4"',
    'print(f"{EPOCHS} epoch(s) of {len(train_loader)} steps in {time.perf_counter() - start:.1f} s on {device}")':
        'print(f"{EPOCHS} 轮，每轮 {len(train_loader)} 步，用时 {time.perf_counter() - start:.1f} 秒（{device}）")',
    'print(f"in this run the seed\'s loop reaches {results[SEED][-1]:.1%} (guessing: {1 / len(classes):.0%})")':
        'print(f"本次运行中，课程笔记的训练循环达到 {results[SEED][-1]:.1%}（随机猜测：{1 / len(classes):.0%}）")',
    # change 1
    'print(f"{name}: loss {loss.item():.2f}, gradient norm {norms[name]:.3f}")':
        'print(f"{name}：损失 {loss.item():.2f}，梯度范数 {norms[name]:.3f}")',
    'print(f"at this start MSE\'s gradient is {ratio:.2f} times cross-entropy\'s, so with the same lr SGD\'s first "':
        'print(f"在这个起点，MSE 的梯度是交叉熵的 {ratio:.2f} 倍，所以学习率相同时，改用交叉熵后 SGD 最初几步的步长"',
    'f"steps are {\'smaller\' if ratio > 1 else \'larger\'} with cross-entropy")':
        'f"是 {\'smaller\' if ratio > 1 else \'larger\'}（smaller：更小，larger：更大）")',
    'CE = "1: cross-entropy (sum), SGD lr 1e-4"':
        'CE = "1: 交叉熵（求和），SGD lr 1e-4"',
    # change 2
    'differ = (steps[0] - steps[1]).abs() > 0.01 * 2e-3            # by more than 1% of the lr':
        'differ = (steps[0] - steps[1]).abs() > 0.01 * 2e-3            # 相差超过 lr 的 1%',
    'print(f"after one Adam step from the same start, {int(differ.sum())} of {differ.numel()} parameters "':
        'print(f"从同一起点走一步 Adam 之后，有 {int(differ.sum())} 个参数（共 {differ.numel()} 个，"',
    'f"({differ.float().mean():.1%}) stepped differently with \'sum\' and \'mean\' (by more than 1% of lr)")':
        'f"占 {differ.float().mean():.1%}）在 \'sum\' 和 \'mean\' 下走的步不同（相差超过 lr 的 1%）")',
    'print(f"  their gradients of the mean loss are all below {grads[1].abs()[differ].max():.0e}: "':
        'print(f"  它们在平均损失下的梯度都小于 {grads[1].abs()[differ].max():.0e}："',
    'f"there Adam\'s ε = 1e-8 is not negligible")':
        'f"对这么小的梯度，Adam 的 ε = 1e-8 不可忽略")',
    "criterion = nn.CrossEntropyLoss()                               # mean over the batch, gdlab's loss":
        "criterion = nn.CrossEntropyLoss()                               # 对批次取平均，gdlab 所用的损失函数",
    'ADAM = "2: + Adam lr 2e-3"':
        'ADAM = "2: + Adam 优化器 lr 2e-3"',
    # the 2×2 table
    'MSE_ADAM = "control: MSE (sum), Adam lr 2e-3"':
        'MSE_ADAM = "对照：MSE（求和），Adam lr 2e-3"',
    'print(f"in this run, Adam instead of SGD changes {loss_name}\'s accuracy by {gain:+.1%}")':
        'print(f"本次运行中，用 Adam 代替 SGD 使 {loss_name} 的准确率变化了 {gain:+.1%}")',
    'print(f"in this run, cross-entropy instead of MSE changes {opt}\'s accuracy by {gain:+.1%}")':
        'print(f"本次运行中，用交叉熵代替 MSE 使 {opt} 的准确率变化了 {gain:+.1%}")',
    # change 3
    'ONECYCLE = "3: + one-cycle schedule"':
        'ONECYCLE = "3: + one-cycle 学习率调度"',
    'print(f"lr of the first step: {first_lr:.1e} (max_lr / 25); the whole schedule, {scheduler.total_steps} steps, "':
        'print(f"第一步的 lr：{first_lr:.1e}（max_lr / 25）；整个调度共 {scheduler.total_steps} 步，"',
    '"is drawn from the TensorBoard log below")':
        '"下面会用 TensorBoard 日志把它画出来")',
    # change 4
    'originals = train_data.images[torch.linspace(0, len(train_data) - 1, 8).long()]   # spread over the classes':
        'originals = train_data.images[torch.linspace(0, len(train_data) - 1, 8).long()]   # 均匀分布在各个类别上',
    'fig.suptitle("random_affine: rotate ±10°, scale ±10%, shift ±10%, new numbers every time")':
        'fig.suptitle("random_affine：旋转 ±10°、缩放 ±10%、平移 ±10%，每次取新的随机数")',
    # side by side
    'ax.set_xlabel("epoch"); ax.set_ylabel("validation accuracy"); ax.set_ylim(0, 1)':
        'ax.set_xlabel("轮（epoch）"); ax.set_ylabel("验证集准确率"); ax.set_ylim(0, 1)',
    'ax.set_title(f"the seed\'s loop and four changes, one at a time\\n({data_name}, {len(train_data)} training images)")':
        'ax.set_title(f"种子笔记的训练循环与四处改动，一次加一处\\n（{data_name}，{len(train_data)} 张训练图像）")',
    'verdict_ = "helped" if images_moved > 0 else "hurt" if images_moved < 0 else "changed nothing"':
        'verdict_ = "变好了" if images_moved > 0 else "变差了" if images_moved < 0 else "没有变化"',
    'print(f"all four together: the seed\'s {results[SEED][-1]:.1%} -> {results[AUGMENT][-1]:.1%}")':
        'print(f"四处改动合在一起：课程笔记的 {results[SEED][-1]:.1%} -> {results[AUGMENT][-1]:.1%}")',
    # per class
    'print(f"in this run the hardest: {\', \'.join(c for c, a in per_class.items() if a == lowest)} ({lowest:.1f} %); "':
        'print(f"本次运行中最难的：{\', \'.join(c for c, a in per_class.items() if a == lowest)}（{lowest:.1f} %）；"',
    'f"the easiest: {\', \'.join(c for c, a in per_class.items() if a == highest)} ({highest:.1f} %)")':
        'f"最容易的：{\', \'.join(c for c, a in per_class.items() if a == highest)}（{highest:.1f} %）")',
    # TensorBoard: where the logs go
    'for demo in (auto, commented):                 # nothing logged: remove these two empty runs':
        'for demo in (auto, commented):                 # 什么也没记录：删掉这两个空的运行',
    'with contextlib.suppress(OSError):             # and runs/ itself, if that left it empty':
        'with contextlib.suppress(OSError):             # 如果 runs/ 因此变空，也把它删掉',
    "shutil.rmtree(exp, ignore_errors=True)         # this notebook's run: start it afresh each time":
        "shutil.rmtree(exp, ignore_errors=True)         # 本笔记本的运行：每次都从头开始",
    "writer = SummaryWriter(str(exp))               # the seed's SummaryWriter('runs/exp'), under LOGDIR":
        "writer = SummaryWriter(str(exp))               # 课程笔记的 SummaryWriter('runs/exp')，放在 LOGDIR 下",
    # add_scalar and .item()
    "running = 0.0 + loss                           # a tensor: it still holds this step's graph":
        "running = 0.0 + loss                           # 一个张量：它仍然保留着这一步的计算图",
    'print("0.0 + loss        ->", type(running).__name__, "with grad_fn", type(running.grad_fn).__name__)':
        'print("0.0 + loss        ->", type(running).__name__, "带有 grad_fn", type(running.grad_fn).__name__)',
    'running = 0.0 + loss.item()                    # a float: the graph can be freed':
        'running = 0.0 + loss.item()                    # 一个 float：计算图可以被释放了',
    # the logged run
    'with warnings.catch_warnings():                # add_graph traces with torch.jit.trace, which warns it is deprecated':
        'with warnings.catch_warnings():                # add_graph 用 torch.jit.trace 追踪模型，而后者会警告自己已被弃用',
    "writer.add_graph(model, sample)            # once: the model's graph, traced on one batch":
        "writer.add_graph(model, sample)            # 只记录一次：在一个批次上追踪得到的模型计算图",
    'for name, param in model.named_parameters():   # the initial weights, at step 0':
        'for name, param in model.named_parameters():   # 初始权重，记在第 0 步',
    'writer.close()                                 # flushes the events to the file':
        'writer.close()                                 # 把事件写入文件',
    'print("validation accuracy per epoch, logged run:", [round(a, 3) for a in logged])':
        'print("带日志的运行，每轮之后的验证准确率：", [round(a, 3) for a in logged])',
    'print("the same recipe without the writer:       ", [round(a, 3) for a in results[AUGMENT]])':
        'print("同一方案、不带 writer：               ", [round(a, 3) for a in results[AUGMENT]])',
    'if device.type == "cpu":                       # on a GPU, nondeterministic kernels may differ slightly':
        'if device.type == "cpu":                       # 在 GPU 上，非确定性的内核可能带来细微的差别',
    'assert logged == results[AUGMENT], "logging must not change training"':
        'assert logged == results[AUGMENT], "记录日志不应改变训练结果"',
    # reading it back
    'print("event file:", [p.name for p in exp.glob("events.out.tfevents.*")])':
        'print("事件文件：", [p.name for p in exp.glob("events.out.tfevents.*")])',
    'print("graph stored:", tags["graph"], f"({len(events.Graph().node)} nodes)")':
        'print("保存了计算图：", tags["graph"], f"（{len(events.Graph().node)} 个节点）")',
    'print("val/accuracy read back:", [round(v, 3) for v in read_back])':
        'print("读回的 val/accuracy：", [round(v, 3) for v in read_back])',
    'assert all(abs(v - a) < 1e-6 for v, a in zip(read_back, logged))   # stored as float32':
        'assert all(abs(v - a) < 1e-6 for v, a in zip(read_back, logged))   # 以 float32 存储',
    'axes[0].set_xlabel("step"); axes[0].set_ylabel("loss (mean cross-entropy)"); axes[0].set_title("train/loss, every step")':
        'axes[0].set_xlabel("步"); axes[0].set_ylabel("损失（平均交叉熵）"); axes[0].set_title("train/loss，每一步")',
    'axes[1].set_xlabel("step"); axes[1].set_ylabel("lr"); axes[1].set_title("train/lr: the one-cycle schedule")':
        'axes[1].set_xlabel("步"); axes[1].set_ylabel("lr"); axes[1].set_title("train/lr：one-cycle 学习率调度")',
    'for event, label, color in ((events.Histograms("weights/conv1.weight")[0], "before training", CYCLE[0]),':
        'for event, label, color in ((events.Histograms("weights/conv1.weight")[0], "训练之前", CYCLE[0]),',
    '(events.Histograms("weights/conv1.weight")[-1], f"after epoch {EPOCHS}", CYCLE[1])):':
        '(events.Histograms("weights/conv1.weight")[-1], f"第 {EPOCHS} 轮之后", CYCLE[1])):',
    "h = event.histogram_value                  # counts per bucket; bucket_limit holds each bucket's right edge":
        "h = event.histogram_value                  # 每个桶的计数；bucket_limit 存放每个桶的右边界",
    'axes[2].set_xlabel("weight value"); axes[2].set_ylabel("count")':
        'axes[2].set_xlabel("权重值"); axes[2].set_ylabel("个数")',
    # train() and the checkpoint
    'print(f"train(): validation accuracy after {result[\'epoch\']} epochs {result[\'val_accuracy\']:.2%} "':
        'print(f"train()：{result[\'epoch\']} 轮之后的验证准确率 {result[\'val_accuracy\']:.2%}"',
    'f"({result[\'seconds\']:.1f} s on {result[\'device\']}); our run 4: {results[AUGMENT][-1]:.2%}")':
        'f"（{result[\'seconds\']:.1f} 秒，{result[\'device\']}）；我们的运行 4：{results[AUGMENT][-1]:.2%}")',
    'print("checkpoint holds:", sorted(state), "after epoch", state["epoch"])':
        'print("检查点中有：", sorted(state), "；已完成的轮数：", state["epoch"])',
    'more = train(replace(config, resume=True))   # the same run, continued: all its epochs are done':
        'more = train(replace(config, resume=True))   # 继续同一次运行：它的所有轮次都已完成',
    'print(f"resumed after epoch {more[\'epoch\']}: nothing left to train; the restored model\'s val accuracy is {more[\'val_accuracy\']:.2%}")':
        'print(f"从第 {more[\'epoch\']} 轮之后继续：已没有要训练的轮次；恢复出的模型的验证准确率为 {more[\'val_accuracy\']:.2%}")',
    # data parallel
    'print(f"step {step}: 2 processes x 8 vs 1 process x 16 -> parameters differ by {dp:.1e}, gradients by {dg:.1e}")':
        'print(f"第 {step} 步：2 个进程 x 8 对比 1 个进程 x 16 -> 参数相差 {dp:.1e}，梯度相差 {dg:.1e}")',
    # exercises
    '"""The side length after nn.Conv2d / nn.MaxPool2d(kernel, stride, padding) on a size x size input."""':
        '"""size x size 的输入经过 nn.Conv2d / nn.MaxPool2d(kernel, stride, padding) 之后的边长。"""',
    'my_flat_64 = 16 * 13 * 13      # 64 → conv 60 → pool 30 → conv 26 → pool 13, 16 channels':
        'my_flat_64 = 16 * 13 * 13      # 64 → 卷积 60 → 池化 30 → 卷积 26 → 池化 13，16 个通道',
    "my_mean_lr = 1e-4 * 32 * 10    # 'mean' divides the sum by all 32·10 elements, and so its gradient":
        "my_mean_lr = 1e-4 * 32 * 10    # 'mean' 把总和除以全部 32·10 个元素，它的梯度也就同样被除",
    # the import cell; the last run's name
    "plt.rcParams.update(figure_fonts())   # this notebook's own figures: the reader's language needs its font":
        'plt.rcParams.update(figure_fonts())   # 本笔记本自己画的图：中文需要中文字体',
    'AUGMENT = "4: + augmentation"':
        'AUGMENT = "4: + 数据增强"',
    # the 2×2 table's header
    'print(f"{\'final validation accuracy\':28s}{\'SGD 1e-4\':>12s}{\'Adam 2e-3\':>12s}")':
        'print(f"{\'最终验证集准确率\':28s}{\'SGD 1e-4\':>12s}{\'Adam 2e-3\':>12s}")',
}

# Lines the check lists whose strings are code or data, kept as they are on purpose: Python source
# the notebook compiles, the keys of `norms` (printed as the two losses' names), matplotlib's loc,
# and printed labels that are code (SummaryWriter(...), loss.item()).
UNCHANGED = {
    'seed_tail = "class Net:\\n    def forward(self, x):\\n        x = x + 1\\n    return x\\n"',
    'for name, loss in (("MSE (sum), one-hot", nn.MSELoss(reduction="sum")(model(x), one_hot(y))),',
    '("cross-entropy (sum)", nn.CrossEntropyLoss(reduction="sum")(model(x), y))):',
    'ratio = norms["MSE (sum), one-hot"] / norms["cross-entropy (sum)"]',
    'ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.01, 0.5))',
    'print("SummaryWriter(LOGDIR/exp):      ", writer.logdir)',
    'print("loss.item()  ", loss.item(), type(loss.item()).__name__)',
    'print("0.0 + loss.item() ->", type(running).__name__)',
}
