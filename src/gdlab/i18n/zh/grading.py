"""评分器自己的话（gdlab.grading）：比较的提示、成绩报告和 Gradescope results.json 里的状态与说明、
发布给学生的练习中代替答案的那一行。代码内部比较的状态（"passed" 等）仍是英文，这里只是显示的文字。"""
MESSAGES = {
    # gdlab.grading.compare
    "compare.the_result": "结果",
    "compare.wrong": "「{what}」不对",
    "compare.wrong_because": "「{what}」不对：{detail}",
    "compare.expected": "  期望：{value}",
    "compare.got": "  得到：{value}",
    "compare.hint": "  提示：{hint}",
    "compare.wrong_type": "类型不对",
    "compare.a_kind": "{kind}",
    "compare.a_kind_shown": "{kind}（{value}）",
    "compare.kind.number": "数",
    "compare.kind.array": "NumPy 数组",
    "compare.kind.tensor": "张量",
    "compare.kind.bool": "布尔值",
    "compare.wrong_shape": "形状不对",
    "compare.shape": "形状 {shape}",
    "compare.shape_hint": "检查你是沿哪个轴求和的，以及是否为每个样本保留了一个值",
    "compare.not_finite": "不是有限数",
    "compare.finite_numbers": "有限的数",
    "compare.finite_hint": "出现 NaN 或 inf，通常是除以了零、对 0 取了对数，或者某一步发散了",
    "compare.values_differ": "{size} 个值中有 {count} 个不同，第一个在下标 {index}：期望 {expected}，"
                             "得到 {got}；形状 {shape}",

    # 学生看到的测试状态
    "status.passed": "通过",
    "status.failed": "未通过",
    "status.skipped": "跳过",
    "status.not_run": "未运行",
    "status.not_implemented_yet": "尚未实现",
    "status.timed_out": "超时",
    "status.crashed": "崩溃",
    "status.never_ran": "没能运行",

    # gdlab.grading.plugin
    "plugin.not_implemented_because": "尚未实现：{message}",
    "plugin.withheld": "结果与这个隐藏测试的期望不符（细节不予显示）",
    "plugin.skipped": "跳过：{reason}",
    "plugin.timed_out": "超时：你的代码在这个测试里运行超过了 {seconds} 秒（是不是死循环？）；"
                        "这个测试得 0 分，其他测试照常计分",
    "plugin.crashed": "崩溃：{error}；这个测试得 0 分，其他测试照常计分",
    "plugin.never_ran": "没能运行：{error}",
    "plugin.not_collected": "无法收集",
    "plugin.could_not_collect": "无法收集 {nodeid}：上表缺少它的分数；请看为它报告的错误",

    # gdlab.grading.report
    "report.title": "{submission} 在实验 {lab} 上的成绩",
    "report.test": "测试",
    "report.score": "得分",
    "report.max": "满分",
    "report.status": "状态",
    "report.hidden": "（隐藏）",
    "report.total": "总分：{score} / {max_score}",
    "report.problem": "问题：{problem}",
    "report.points": "{score} / {max_score} 分",

    # gdlab.grading.release
    "release.hint_comment": "# 提示：{hint}",
    "release.write_here": "{function}：请在这里写代码",
    "release.write_here_hint": "{function}：请在这里写代码（提示：{hints}）",
    "release.hint_separator": "；",
}
