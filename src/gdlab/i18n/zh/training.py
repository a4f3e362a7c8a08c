"""CNN 训练（`gdlab train`、gdlab.cnn）的文字：错误信息和给人看的进度行。
命令、选项名和路径在各语言中保持原样。"""
MESSAGES = {
    # gdlab.cnn.config：一次训练的设置
    "config.val_fraction": "val_fraction 必须在 0 和 1 之间，现在是 {value!r}；可以试试 0.2",
    "config.ddp_timeout": "ddp_timeout 必须是正的秒数，现在是 {value!r}；可以试试 120",
    "config.batch_size_hint": "；可以试试 32",
    "config.resume_without_checkpoint": "--resume 需要 --checkpoint PATH：之前一次训练保存的检查点文件",

    # gdlab.cnn.device：用哪个设备训练
    "device.unknown": "未知设备 {name!r}；请选择 auto 或本机的设备之一：{available}",
    "device.not_available": "本机没有设备 {name!r}；可用的设备：{available}（或者 auto，它会选 {best}）",
    "device.cuda": "使用 CUDA GPU {index}：{name}",
    "device.mps": "使用 Apple MPS GPU",
    "device.cpu": "使用 CPU（{gpu}；{threads} 个线程）",
    "device.no_gpu": "没有找到 GPU",
    "device.gpu_unused": "本机有 GPU：加上 --device auto 即可使用",

    # gdlab.cnn.evaluate：每个类别的准确率
    "evaluate.label_without_class": "标签 {label} 没有对应的类别：{count} 个类别 {classes} 的标签是 0..{last}；"
                                    "请给出每个类别的名称",
    "evaluate.empty_loader": "loader 没有给出任何图像：计算每个类别的准确率至少需要一张",
    "evaluate.class_accuracy": "类别 {name:5s} 的准确率：{percent:.1f} %",
    "evaluate.absent_classes": "这些类别没有图像：{classes}（无法计算准确率）",

    # gdlab.cnn.train：训练循环及其进度行
    "train.unknown_optimizer": "未知优化器 {name!r}；请从这些中选择：{choices}",
    "train.unknown_schedule": "未知学习率调度 {name!r}；请从这些中选择：{choices}",
    "train.diverged": "训练在第 {epoch} 轮发散：损失为 {loss}；请调低学习率 --lr（现在是 {lr:g}），"
                      "例如缩小到 1/10",
    "train.epoch_bar": "第 {epoch}/{epochs} 轮",
    "train.epoch_bar_unit": "批",
    "train.epoch_line": "第 {epoch}/{epochs} 轮：训练集损失 {train_loss:.4f}，准确率 {train_accuracy:.3f} | "
                        "验证集损失 {val_loss:.4f}，准确率 {val_accuracy:.3f}",
    "train.amp_needs_cuda": "--amp（混合精度）需要 CUDA 设备，现在是 {device}；请去掉 --amp",
    "train.ddp": "DDP：{size} 个进程（{backend}），全局批量 {size} × {batch_size} = {global_batch}",
    "train.data": "数据：{source}：训练集 {train} 张、验证集 {val} 张图像，{classes} 个类别",
    "train.resume_world_size": "{checkpoint} 是由 {saved} 个进程训练的，本次有 {now} 个：它的 one-cycle "
                               "学习率调度按全局批量计步；请用 {saved} 个进程继续训练，"
                               "或者用 --schedule constant 训练",
    "train.resume_epochs": "{checkpoint} 的 one-cycle 学习率调度是按 {saved} 轮规划的，不是 {now} 轮；"
                           "请用 --epochs {saved} 继续训练，或者用 --schedule constant 训练",
    "train.resumed": "已从 {checkpoint} 恢复：已完成 {epoch} 轮，继续训练",
    "train.tensorboard_run": "TensorBoard 运行记录：{run_dir}（查看：tensorboard --logdir {logdir}）",

    # gdlab.cli.train：`gdlab train` 及其最后几行
    "cli.torchrun_without_ddp": "torchrun 启动了 {processes} 个进程，但缺少 --ddp：每个进程会各自单独训练，"
                                "并覆盖其他进程的日志；请加上 --ddp",
    "cli.result": "第 {epoch} 轮后：验证集准确率 {accuracy:.4f}，验证集损失 {loss:.4f}"
                  "（本次训练 {run} 轮，用时 {seconds:.1f} s，设备 {device}{processes}）",
    "cli.result_processes": " × {count} 个进程",
    "cli.checkpoint": "检查点：{path}",

    # gdlab.cnn.distributed：在 torchrun 下数据并行训练
    "distributed.launch_hint": "请用 torchrun 启动，例如 torchrun --nproc-per-node 2 -m gdlab train "
                               "--ddp --device cpu",
    "distributed.missing_variables": "--ddp 需要 torchrun 设置的环境变量（缺少 {missing}）；{hint}",
    "distributed.not_whole_numbers": "RANK、LOCAL_RANK 和 WORLD_SIZE 必须是整数，现在是 {rank!r}、"
                                     "{local_rank!r}、{world_size!r}；{hint}",
    "distributed.no_gpu_for_rank": "local rank {local_rank} 没有 GPU：本机只有 {count} 块；每个节点最多启动 "
                                   "{count} 个进程（torchrun --nproc-per-node {count}）",
    "distributed.unsupported_device": "--ddp 只能在 CUDA GPU（NCCL）或 CPU（gloo）上运行，不能在 {device} 上；"
                                      "请加上 --device cpu 或 --device cuda",
    "distributed.bad_timeout": "--ddp-timeout 必须是正的秒数，现在是 {value!r}；可以试试 120",
    "distributed.join_failed": "rank {rank}：在 {timeout:g} s 内没能在 {address} 与其他 {others} 个进程会合"
                               "（{error}）；请检查 rendezvous 参数，并确认每个节点运行的是同一条命令",
    "distributed.lost_peers": "rank {rank}：与其他进程失去联系（{error}）：另一个 rank 出错了，"
                              "或者在 --ddp-timeout {timeout:g} s 内没有响应；请看上面它的错误信息",
    "distributed.rank_error": "进程 rank {rank}：{error}",
    "distributed.too_few_val": "{count} 张验证集图像无法分给 {size} 个进程：每个进程至少需要一张；"
                               "请使用更多图像（--max-images）或更少的进程",
    "distributed.equivalence_arguments": "equivalence_check 需要 steps >= 1、batch_size >= 1 且 "
                                         "world_size >= 2，现在是 {steps}、{batch_size}、{world_size}",
    "distributed.join_timeout": "{count} 个 gloo 进程没有在 {timeout:g} s 内结束；已将它们停止",
    "distributed.process_failed": "一个 gloo 进程出错：{error}",
    "distributed.explanation": (
        "{k} 个进程各自计算自己那 {b} 张图像的平均梯度；DistributedDataParallel 再对这 {k} 个梯度取平均，"
        "结果就是全局批量中全部 {kb} 张图像的平均梯度。所以 {k} 个进程 × 批量 {b} 的一步，"
        "就是单个进程用批量 {kb} 走的一步小批量梯度下降法（MBGD）：参数只差浮点舍入误差"
        "（{steps} 步后最大 {diff:.1e}）。因此学习率对应的是全局批量 {kb}，而不是每个进程的 {b}。"
        "从 1 个进程、批量 {b} 变成 {k} 个进程、每个批量 {b}，相当于把批量扩大到 {k} 倍："
        "梯度噪声的方差缩小为 1/{k}，每轮的步数也减少为 1/{k}，所以通常的做法是让 lr 随全局批量缩放"
        "（线性缩放：lr × {k}，并配合预热，例如 one-cycle 学习率调度）。"
        "若想保持已经调好的 lr 不变，就保持全局批量不变：每个进程的批量 = 全局批量 / {k}。"),

    # gdlab.cnn.tensorboard：误分类图像旁的文字
    "tensorboard.misclassified": "真实类别 -> 预测类别，逐行列出：{pairs}",
}
