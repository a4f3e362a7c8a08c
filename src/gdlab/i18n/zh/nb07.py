"""笔记本 07 的练习（gdlab.exercises.nb07）：题目、每项检查比较的是什么、提示。"""
MESSAGES = {
    "q1": "batches_and_last(n, batch_size)：DataLoader(..., batch_size) 在 n 个样本上跑一轮需要多少个批次，"
          "以及最后一个批次的大小。",
    "q2": "在手写数字上使用 DataLoader(train_set, batch_size={batch_size}) 时，一个批次中图像和标签的形状。",
    "q3": "one_hot(label)：一个 target_transform，把类别索引 0..9 变成浮点向量，让课程笔记的 MSELoss "
          "把它与 Net 的 10 个得分比较。",
    # 07.1
    "not_two_numbers": "{what} 应当返回两个数 (batches, last_size)，得到的是 {answer!r}",
    "what.batches": "{what} 的批次数",
    "batches.float": "n / batch_size 不是整数个批次：要向上取整，剩下的样本再组成一个更小的批次",
    "batches.floor": "这是向下取整：剩下的样本仍然组成最后一个更小的批次（只有 drop_last=True 时 DataLoader "
                     "才会丢掉它），所以要向上取整：ceil(n / batch_size)",
    "batches.plus_one": "batch_size 能整除 n 时没有多出来的批次：是 ceil(n / batch_size)，而不是 "
                        "n // batch_size + 1",
    "batches.hint": "ceil(n / batch_size)：所有满的批次，如果还有剩余，再加一个",
    "what.last": "{what} 最后一个批次的大小",
    "last.mod": "batch_size 能整除 n 时 n % batch_size 是 0，但这时最后一个批次是满的：batch_size 个样本",
    "last.full": "最后一个批次只装满批次之后剩下的样本：n − batch_size·(batches − 1)",
    "last.zero": "批次永远不会是空的：最后一个批次有 n − batch_size·(batches − 1) 个样本",
    "last.hint": "最后一个批次的大小 = n − batch_size·(batches − 1)",
    # 07.2
    "not_a_shape": "{what}应当是一个形状：由整数组成的元组，例如 (2, 3)，得到的是 {answer!r}",
    "a_shape_of": "由 {count} 个数组成的形状",
    "what.images_shape": "批次中图像的形状",
    "images.one_image": "这是一张图像；DataLoader 会把 batch_size 张图像沿着新的第一个轴堆叠起来",
    "images.channels_last": "PyTorch 把通道放在前面：(batch, channels, height, width)；通道在最后是 PIL 和 "
                            "matplotlib 存放图片的方式",
    "images.no_resize": "Resize((32, 32)) 在 ToTensor 之前：Net 拿到的是 32x32，而不是 PNG 的 8x8",
    "images.grey_8": "PNG 是 8x8 的灰度图，但加载器把它们读成 RGB（3 个通道），而 Resize 把它们变成 32x32",
    "images.grey": "加载器把每张图像都读成 RGB：3 个通道，灰度的数字也一样",
    "images.hint": "经过 Resize((32, 32))、RGB 和 ToTensor 之后的 (batch_size, channels, height, width)",
    "what.labels_shape": "批次中标签的形状",
    "labels.column": "每张图像一个标签，而不是一列：标签是由类别索引组成的一维张量",
    "labels.one_hot": "ImageFolder 的标签是类别索引（一个整数），不是独热 (one-hot) 向量；那需要一个 "
                      "target_transform",
    "labels.scalar": "这是一个标签；一个批次里有 batch_size 个",
    "labels.hint": "每张图像一个类别索引",
    # 07.3
    "one_hot.tensor": "返回一个 torch 张量：MSELoss 比较的是张量（先 torch.zeros(10)，再设置其中一项）",
    "one_hot.shape": "每个标签一个由 10 个数组成的向量：形状 (10,)，而不是 (1, 10)；批次的轴由 DataLoader 加上",
    "one_hot.early": "1 早了一位：标签 k 放在索引 k（索引从 0 开始，和类别文件夹 0..9 一样）",
    "one_hot.late": "1 晚了一位：标签 k 放在索引 k",
    "one_hot.ones": "全是 1：只有标签那一项是 1，其余 9 项是 0",
    "one_hot.flipped": "这是反过来的：标签处为 1，其余为 0",
    "one_hot.hint": "10 个 0，在索引 `label` 处为 1",
}
