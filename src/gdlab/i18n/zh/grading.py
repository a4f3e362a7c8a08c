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

    # gdlab.grading.grade：学生的代码没有给出答案时测试的结局，以及提交中的问题
    "grade.timed_out": "超时：这个测试运行超过了 {seconds} 秒（是不是死循环？）；这个测试得 0 分，其他测试照常计分",
    "grade.budget_ran_out": "超时：这个测试运行期间，总的时间预算用完了",
    "grade.crashed": "崩溃：测试进程在这个测试中{how}；这个测试得 0 分，其他测试照常计分",
    "grade.idle_outside_test": "测试进程在任何测试之外 {seconds} 秒没有动静（是不是导入时有死循环？）",
    "grade.process_ended": "测试进程{how}",
    "grade.stopped_importing": "测试进程在导入你的代码时、还没运行任何测试就停止了：它{how}{called}",
    "grade.called_sys_exit": "（你的代码在被导入时调用了 sys.exit()）",
    "grade.never_ran": "没能运行：{reason}",
    "grade.never_ran_import": "没能运行：用你的代码无法导入 {test_file}：\n{message}",
    "grade.never_ran_budget": "没能运行：总的时间预算 {seconds} 秒已经用完",
    "grade.never_ran_stopped": "没能运行：pytest 在这个测试之前就停止了（请看其他测试的信息）",
    "grade.no_submission": "没能运行：没有可评分的提交",
    "grade.submission_missing": "提交 {submission} 不存在；所有测试得 0 分",
    "grade.not_graded": "未评分：{why}",
    "grade.tests_status": "{count} 个测试{status}：{names}{more}",
    "grade.more": " ……",
    "grade.missing_file": "缺少文件：提交中没有 {name}（本实验需要 {files}）；它的测试得 0 分",
    "grade.file_separator": "、",
    "grade.link_or_large": "{name} 是链接或大于 {mib} MiB：不予评分",
    "grade.not_utf8": "{name} 不是 UTF-8 文本（第 {byte} 个字节）：请以 UTF-8 编码保存",
    "grade.unreadable": "无法读取 {name}（{reason}）：不予评分",
    "grade.does_not_parse": "{name} 无法解析：第 {line} 行：{error}；导入它的测试得 0 分",
    "grade.not_python": "{name} 无法作为 Python 源代码读取（{error}）；导入它的测试得 0 分",

    # 进程是怎样结束的
    "exit.was_stopped": "被停止了",
    "exit.stopped": "停止了",
    "exit.crashed_with": "因{what}而崩溃（{name}）",
    "exit.signal_number": "信号 {number}",
    "exit.interrupted": "被中断了（代码里有 KeyboardInterrupt 或 pytest.exit()？）",
    "exit.code": "以退出码 {code} 退出（代码里有 os._exit() 或 sys.exit()？）",
    "exit.student_code": "以退出码 {code} 退出（代码里有 os._exit()？）",
    "exit.lock_down_failed": "以退出码 {code} 退出：它无法被锁定（评分机器的问题），或者代码调用了 os._exit({code})",
    "exit.SIGSEGV": "段错误",
    "exit.SIGABRT": "中止",
    "exit.SIGBUS": "总线错误",
    "exit.SIGFPE": "浮点异常",
    "exit.SIGKILL": "被杀死（内存不足？）",
    "exit.SIGKILL_limit": "被杀死（内存不足，或超出了某个限制？）",
    "exit.SIGXCPU": "超出 CPU 时间限制",
    "exit.SIGXFSZ": "超出文件大小限制",

    # gdlab.grading.student_errors
    "errors.in_your_code": "\n（出错处在你的代码中：\n{traceback}）",

    # gdlab.grading.points
    "points.test": "测试",
    "points.earned": "得分",
    "points.possible": "满分",
    "points.status": "状态",
    "points.lab_total": "实验 {lab}：{earned} / {possible}{note}",
    "points.public_only": "  （只有公开测试：隐藏测试没有运行）",
}
