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

# What the notebook's code cells say, line by line (gdlab.i18n.code_lines): {English line: Chinese line}.
CODE_LINES = {
    'DATA_ROOT = "../data"   # where the digits images are written (the project\'s data/ folder)':
        'DATA_ROOT = "../data"   # 手写数字图片写到哪里（项目的 data/ 文件夹）',
    'print("len:", len(line), "  sample 0 (x, y):", line[0])':
        'print("len:", len(line), "  第 0 个样本 (x, y)：", line[0])',
    'print(f"epoch {epoch}: {len(sizes)} batches of sizes {sizes}; the first batch starts with x = {[round(v, 3) for v in first_x[:3, 0].tolist()]}")':
        'print(f"第 {epoch} 轮：{len(sizes)} 个批次，大小为 {sizes}；第一个批次开头的 x = {[round(v, 3) for v in first_x[:3, 0].tolist()]}")',
    'print(("wrote" if written else "found"), root)':
        'print(("已写入" if written else "已找到"), root)',
    'print("classes:", sorted(p.name for p in (root / "train").iterdir() if p.is_dir()))':
        'print("类别：", sorted(p.name for p in (root / "train").iterdir() if p.is_dir()))',
    'print("one class folder:", sorted(p.name for p in (root / "train" / "3").iterdir())[:4], "...")':
        'print("一个类别的文件夹：", sorted(p.name for p in (root / "train" / "3").iterdir())[:4], "...")',
    'parity = ImageFolder(root / "train",                              # root: one sub-folder per class':
        'parity = ImageFolder(root / "train",                              # root：每个类别一个子文件夹',
    'transform=decode_transform(32),              # PIL image -> (3, 32, 32) tensor in [0, 1]':
        'transform=decode_transform(32),              # PIL 图像 -> 取值在 [0, 1] 之间的 (3, 32, 32) 张量',
    'target_transform=lambda label: label % 2,    # class index -> 0 even, 1 odd':
        'target_transform=lambda label: label % 2,    # 类别索引 -> 偶数为 0，奇数为 1',
    'loader=default_loader)                       # path -> PIL image, RGB':
        'loader=default_loader)                       # 路径 -> PIL 图像，RGB',
    'print("classes:", parity.classes, " class_to_idx:", parity.class_to_idx)':
        'print("类别：", parity.classes, " class_to_idx:", parity.class_to_idx)',
    'path, label = parity.samples[700]                                  # (file, class index), found by walking root':
        'path, label = parity.samples[700]                                  # (文件, 类别索引)：遍历 root 找到的',
    'print(f"samples[700]: {Path(path).relative_to(root)} with label {label}")':
        'print(f"samples[700]：{Path(path).relative_to(root)}，标签为 {label}")',
    'print(f"loader(path) -> {type(picture).__name__} of mode {picture.mode}, size {picture.size}")':
        'print(f"loader(path) -> {type(picture).__name__}，模式 {picture.mode}，尺寸 {picture.size}")',
    'image, target = parity[700]                                        # loader, then transform and target_transform':
        'image, target = parity[700]                                        # 先 loader，再 transform 和 target_transform',
    'print(f"parity[700] -> image {tuple(image.shape)} {image.dtype}, target {target} (= {label} % 2)")':
        'print(f"parity[700] -> 图像 {tuple(image.shape)} {image.dtype}，目标值 {target}（= {label} % 2）")',
    'print("train images:", tuple(plain.images.shape), " mean:", [round(m, 3) for m in mean], " std:", [round(s, 3) for s in std])':
        'print("训练图像：", tuple(plain.images.shape), " 均值：", [round(m, 3) for m in mean], " 标准差：", [round(s, 3) for s in std])',
    'print("one sample:", tuple(image.shape), "label", label, "-> class", train_set.classes[label])':
        'print("一个样本：", tuple(image.shape), "标签", label, "-> 类别", train_set.classes[label])',
    'shown = unnormalise(images, mean, std)                              # (32, 3, 32, 32) back in [0, 1]':
        'shown = unnormalise(images, mean, std)                              # (32, 3, 32, 32)，取值回到 [0, 1] 之间',
    'ax.imshow(picture.permute(1, 2, 0))                             # channels last for matplotlib':
        'ax.imshow(picture.permute(1, 2, 0))                             # matplotlib 要求通道在最后',
    # kept in English for now: this figure is drawn with matplotlib's default font (DejaVu Sans, no
    # Chinese glyphs), so a Chinese title shows boxes and warns; it can be translated to
    'fig.suptitle("one shuffled batch of training digits (32×32, as the Net sees them), each with its label")':
        'fig.suptitle("一个打乱顺序的训练数字批次（32×32，和 Net 看到的一样），每张图上方是它的标签")',
    "plt.rcParams.update(figure_fonts())   # this notebook's own figures: the reader's language needs its font":
        "plt.rcParams.update(figure_fonts())   # 本笔记本自己画的图：中文需要中文字体",
    'print("a batch:", tuple(images.shape), "labels", labels.tolist())':
        'print("一个批次：", tuple(images.shape), "标签", labels.tolist())',
    '"""(number of batches in one epoch over n samples, size of the last batch)."""':
        '"""(在 n 个样本上跑一轮的批次数, 最后一个批次的大小)。"""',
    'batches = -(-n // batch_size)               # ceil(n / batch_size) in whole numbers':
        'batches = -(-n // batch_size)               # 用整数运算求 ceil(n / batch_size)',
    '"""Class index 0..9 -> float tensor (10,) of zeros with a 1 at `label`."""':
        '"""类别索引 0..9 -> 形状为 (10,) 的浮点张量：全为 0，只在 `label` 处为 1。"""',
}
