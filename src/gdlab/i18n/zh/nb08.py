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
