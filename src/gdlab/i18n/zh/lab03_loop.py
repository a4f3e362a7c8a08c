"""实验 3（labs/03_loop）：指出错误的提示，以及测试给学生看的文字。"""
MESSAGES = {
    # epoch_batches：一轮（epoch）的样本顺序
    "order.not_shuffled": "顺序是 0..n-1，没有打乱：batch_size < n 时要先打乱",
    "order.seed_ignored": "两个种子给出了同样的顺序：种子被忽略了；请用 seed 和 epoch 两者作为生成器的种子，"
                          "np.random.default_rng([seed, epoch])",
    "order.same_every_epoch": "两轮的顺序相同：每一轮都要重新打乱，生成器的种子同时用 seed 和 epoch，"
                              "np.random.default_rng([seed, epoch])",
    "order.global_state": "顺序只能取决于 (seed, epoch)：要从用这两者做种子的生成器里抽取，"
                          "np.random.default_rng([seed, epoch])，而不是用 np.random 的全局状态",
    # epoch_batches：一轮的各个批次
    "batches.bgd_one_batch": "批量梯度下降法（BGD）：只有一个批次，包含全部数据",
    "batches.bgd_keeps_order": "批量梯度下降法（BGD）保持数据的顺序 0..n-1：只有 batch_size < n 时才打乱",
    "batches.keep_the_last": "最后一个批次可以小一些：要保留它",
    "batches.how_many": "共 ceil(n / batch_size) 个大小为 batch_size 的批次，最后一个小一些",
    "batches.how_many_keep_the_last": "共 ceil(n / batch_size) 个批次；最后一个批次可以小一些：要保留它",
    "batches.every_index_once": "每一轮里每个下标 0..n-1 恰好出现一次：把一个排列切成若干段",
    # descend
    "descend.never_called": "descend 从没调用 make_batches：每一轮的批次要从 "
                            "make_batches(n, batch_size, epoch, seed) 取得",
    "descend.first_cost_missing": "costs 每一步一项：第一步之前的代价也要记录（共 steps + 1 项）",
    "descend.once_per_epoch": "costs 每一轮一项：每一步之后都要记录代价（共 steps + 1 项）",
    "descend.full_gradient": "每一步用的都是全部数据的梯度：只在这个批次上求梯度，"
                             "cost_and_grad(x[batch], y[batch], w, b)",
    "descend.otherwise": "每个批次一步，按 make_batches 给出的顺序；第一步之前和每一步之后记录全部数据上的代价",
    # 测试检查的是什么（失败信息的开头）
    "what.bgd_batch_count": "batch_size == n 时的批次数",
    "what.bgd_batch": "批量梯度下降法（BGD）的那一个批次",
    "what.batch_count": "n={n}, batch_size={batch_size} 时的批次数",
    "what.batch_sizes": "各批次的大小",
    "what.batch_sizes_for": "n={n}, batch_size={batch_size} 时各批次的大小",
    "what.sorted_indices": "一轮中排好序的下标",
    "what.epochs_shuffled": "12 个样本、batch_size 为 4 的第 0..3 轮：{hint}",
    "what.later_epochs_shuffled": "15 个样本的第 0..7 轮：{hint}",
    "what.same_order_twice": "第 2 轮、种子 5 的顺序，取了两次",
    "what.two_seeds": "第 1 轮，种子 0 和 1：{hint}",
    "what.run": "{method}，lr={lr}，{epochs} 轮",
    "what.full_costs": "{run} 在全部数据上的代价",
    "what.final_parameters": "{run} 之后的 (w, b)",
}
