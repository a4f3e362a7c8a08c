"""数据相关的消息：回归用的 CSV 与数组（gdlab.data），CNN 的图像数据集、CIFAR-10 与检查点
（gdlab.cnn），以及 `gdlab data`。路径、选项（--data digits）和文件名在各语言中保持原样。"""
MESSAGES = {
    # gdlab.data：作为数组的 x 与 y
    "xy.length_mismatch": "x 有 {n_x} 个值，但 y 有 {n_y} 个；请为每个 x 给出一个 y",
    "xy.empty": "数据为空：请至少给出一个 (x, y) 样本",
    "xy.non_finite": "{name}[{index}] 是 {value}（{name} 中共有 {count} 个非有限值）；"
                     "梯度下降需要有限的数值：请删除或填补这些样本",
    "xy.not_numbers": "{name} 必须是数值，但得到的是 {type}（{error}）",
    "xy.not_1d": "{name} 必须是形状为 (n,) 的一维数组，但它的形状是 {shape}；"
                 "请只取一列特征（X[:, 0]），或把它展平",

    # gdlab.data：读取 CSV
    "csv.no_file": "找不到文件：{path}；请检查路径，或使用自带的数据集"
                   "（{datasets}：`gdlab data csv` 会把它们写出来）",
    "csv.not_utf8": "{path} 不是 UTF-8 编码的文本 CSV（位置 {byte} 处的字节无法读取）；"
                    "请在电子表格软件中另存为“CSV UTF-8”，并以 'x,y' 作为表头行",
    "csv.empty": "{path} 是空的：它需要一行表头 'x,y'，以及至少一行数字",
    "csv.no_header": "{path}：表头必须包含列名 'x' 和 'y'，实际是 {found}；"
                     "请在第一行加上 'x,y'",
    "csv.field_count": "{path} 第 {line} 行：有 {fields} 个字段，而表头有 {expected} 个；"
                       "请修正这一行",
    "csv.no_rows": "{path} 只有表头，没有数据行：请至少加一行数字",
    "csv.not_a_number": "{path} 第 {line} 行，{column} 列：{cell} 不是数字；"
                        "请修正或删除这一行",
    "csv.not_finite": "{path} 第 {line} 行，{column} 列：{cell} 不是有限值；"
                      "梯度下降需要有限的数值：请修正或删除这一行",

    # gdlab.cnn.datasets：图像文件夹、手写数字目录、torchvision 的数据集、load_data
    "images.unreadable": "无法读取图像 {path}：{error}；请删除或替换这个文件",
    "images.no_folder": "图像文件夹 {root} 不存在；请给出一个每个类别各占一个子文件夹的文件夹"
                        "（root/<class>/*.png），或使用 --data digits",
    "images.no_images": "图像文件夹 {root} 的类别子文件夹中没有图像（{error}）；需要这样的结构："
                        "root/<class>/<image>.png，例如 root/cat/1.png、root/dog/2.png",
    "digits.val_fraction": "val_fraction 必须在 0 和 1 之间，实际是 {value}；可以试试 0.2",
    "digits.out_is_file": "{root} 是一个文件，不是文件夹；请为手写数字另选一个位置（--out）",
    "digits.out_not_ours": "{root} 中已有不是 gdlab 写入的文件，写入手写数字会替换掉它们："
                           "请另选一个文件夹（--out），或先清空这个文件夹",
    "torchvision.unknown": "未知的数据集 {name}；请从 {choices} 中选择一个，或给出一个文件夹路径",
    "torchvision.download_failed": "{title} 无法下载到 {root}（{reason}）。这台机器可能没有联网："
                                   "请用 --data digits 在自带的手写数字上训练，或者把 {title} 的文件"
                                   "放到 {root} 后重新运行",
    "torchvision.not_downloaded": "{title} 尚未下载到 {root}（{reason}）。这台机器可能没有联网："
                                  "请用 --data digits 在自带的手写数字上训练，或者把 {title} 的文件"
                                  "放到 {root} 后重新运行",
    "load.unknown": "未知的数据集，或文件夹不存在：{data}；请从 {choices} 中选择一个，"
                    "或给出一个图像文件夹（每个类别一个子文件夹）",
    "load.class_mismatch": "训练集和验证集的类别不同（{train} 与 {val}）；"
                           "请让两者使用相同的类别子文件夹",
    # 图像的来源（`gdlab train` 会显示："data: <来源>: ..."）
    "source.digits_wrote": "已将 scikit-learn 的手写数字以图像形式写入 {root}",
    "source.digits_read": "读取 {root} 下以图像形式保存的 scikit-learn 手写数字",
    "source.cifar10": "{folder} 中的 CIFAR-10",
    "source.torchvision": "{root} 下的 {title}",
    "source.folder": "{folder} 下的图像",

    # gdlab.cnn.tensors：把图像解码成一个张量
    "tensors.empty": "数据集为空：至少需要一张图像",
    "tensors.shape": "图像 {name} 的形状是 {shape}，但 Net 接受的是 {expected}（通道 x 高 x 宽）；"
                     "请在 transform 中加入 transforms.Resize(({height}, {width})) 并转成 3 个通道"
                     "（灰度图用 transforms.Grayscale(3)），就像 gdlab.cnn.datasets.decode_transform 那样",
    "tensors.split": "无法按 val_fraction {val_fraction} 划分 {n} 张图像：训练集和验证集都至少需要"
                     "一张图像；请增加图像，或修改 val_fraction",

    # gdlab.cnn.cifar10：查找并读取数据批文件
    "cifar10.not_found": "{root} 下没有 CIFAR-10：{folders} 中都没有完整的 data_batch_1..5、test_batch "
                         "和 batches.meta{lacks}。请加上 --download 重新运行（约 170 MB），或者把 {source} "
                         "上的 cifar-10-python.tar.gz 解压到 {root}，使 {folder} 中有这些文件，或者用 "
                         "--data-root 指向存放这些文件的文件夹；离线时，可以用 --data digits 在自带的"
                         "手写数字上训练",
    "cifar10.lacks": "；{folder} 缺少 {files}",
    "cifar10.refused_global": "它引用了 {module}.{name}，而 CIFAR-10 的数据批文件从不包含它",
    "cifar10.fix": "请替换它：删除 {folder} 后加上 --download 重新运行，或者从 {source} 重新解压压缩包",
    "cifar10.corrupt": "CIFAR-10 文件 {path} 已损坏或不完整（{error_type}：{error}）；{fix}",
    "cifar10.not_a_batch": "CIFAR-10 文件 {path} 不是 CIFAR-10 的数据批文件：它的 'data' 是 {shape}，"
                           "应为 uint8 (N, 3072)；{fix}",
    "cifar10.bad_labels": "CIFAR-10 文件 {path} 中 {images} 张图像只对应 {labels} 个标签，或者有标签"
                          "不在 0..9 之内；应当每张图像一个 0..9 之间的标签；{fix}",
    "cifar10.download_failed": "CIFAR-10 无法下载到 {root}（{reason}）。这台机器可能没有联网："
                               "请手动把 {source} 上的文件放到那里，或者用 --data digits 在自带的"
                               "手写数字上训练",

    # gdlab.cnn.checkpoint：加载检查点以继续训练
    "checkpoint.missing": "{path} 处没有检查点；请先不带 --resume 训练一次，或者用 --checkpoint "
                          "给出检查点的路径",
    "checkpoint.unreadable": "{path} 不是可以读取的 gdlab 检查点（{error_type}：{error}）；"
                             "请删除它，或者用 --checkpoint 指定另一个",
    "checkpoint.not_ours": "{path} 不是 gdlab 检查点（没有 '{marker}' 标记）；请给出由 gdlab train "
                           "写出的检查点，或者不带 --resume 从头开始",
    "checkpoint.other_model": "{path} 中保存的模型（{saved}，{detail}）与本次运行的 {model} 不同；"
                              "请使用同一模型、同一数据集的检查点，或者不带 --resume 从头训练",
    "checkpoint.other_optimizer": "{path} 是用 {saved} 训练的，而不是 {optimizer}；请用相同的 "
                                  "--optimizer 继续训练，或者不带 --resume 从头训练",
    "checkpoint.optimizer_state": "{path} 中保存的是另一种优化器的状态（{error}）；请用相同的 "
                                  "--optimizer 继续训练，或者不带 --resume 从头训练",
    "checkpoint.no_schedule": "{path} 保存时没有学习率调度；请用相同的 --schedule 继续训练，"
                              "或者不带 --resume 从头训练",

    # gdlab data
    "cli.digits_written": "{root}：训练集 {train} 张、验证集 {val} 张图像，分在 10 个类别文件夹中",
}
