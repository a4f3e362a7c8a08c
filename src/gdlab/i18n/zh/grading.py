"""评分器自己的话（gdlab.grading）：比较的提示、成绩报告和 Gradescope results.json 里的状态与说明、
发布给学生的练习中代替答案的那一行。代码内部比较的状态（"passed" 等）仍是英文，这里只是显示的文字。"""
MESSAGES = {
    "process.timed_out": "超时",
    "process.printed_too_much": "你的代码打印了超过 {limit} 字节的输出（输出上限）",
    "process.exited": "学生进程{how}",
    "process.ended": "学生进程已结束",
    "process.protocol": "学生进程违反了评分协议：{what}",
    "process.gone": "这个对象所在的学生进程已经结束",
    "process.restarted": "学生进程已经重启了 {count} 次，不再重启",
    "process.missing_module": "提交里没有 {module}.py",
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

    # gdlab.grading.lab：实验文件夹或它的 lab.toml 有什么问题（给教师看）
    "lab.not_a_lab": "{path} 不是一个实验：里面没有 {manifest}",
    "lab.not_toml": "{manifest} 不是合法的 TOML：{error}",
    "lab.no_files": "{manifest} 必须列出学生要提交的文件，例如 files = [\"lab_cost.py\"]",
    "lab.files_not_plain": "{manifest}：files 必须是实验文件夹里的普通文件名（不能是 conftest.py 或 pytest.ini），"
                           "实际是 {bad}",
    "lab.bad_timeout": "{manifest}：timeout 必须是正的秒数，实际是 {timeout}",
    "lab.bad_visibility": "{manifest}：hidden_visibility 必须是 {choices} 之一，实际是 {visibility}",
    "lab.bad_given": "{manifest}：given 必须列出实验文件夹里学生不用提交的 .py 文件，例如 given = [\"linefit.py\"]，"
                     "实际是 {given}",
    "lab.bad_language": "{manifest}：language 必须是 {choices} 之一，实际是 {language}",
    "lab.bad_limits": "{manifest}：[limits] 只能设置 {names}，实际是 {table}",
    "lab.bad_limit": "{manifest}：limits.{name} 必须是正整数，实际是 {value}",
    "lab.no_labs_dir": "{path} 处没有实验文件夹；请用 --labs-dir DIR 指定",
    "lab.no_such_lab": "没有名为 {name} 的实验；现有的实验是：{known}（也可以给出实验文件夹的路径）",
    "lab.no_labs": "无",

    # gdlab.grading.grade：教师的测试，以及过长的信息如何截断
    "grade.no_such_file": "实验 {lab} 在 {manifest} 里列出了 {name}，但文件夹里没有这个文件",
    "grade.collect_timeout": "收集实验 {lab} 的测试用了超过 {seconds} 秒",
    "grade.collect_failed": "用教师的参考答案无法收集实验 {lab} 的教师测试：\n{detail}",
    "grade.no_points": "实验 {lab} 没有任何测试标了 @pytest.mark.points(n)：没有可评分的内容",
    "grade.cut": "\n……［截去了 {count} 个字符］……\n",
    "grade.printed": "\n--- 你的代码打印的内容 ---\n{output}",

    # gdlab.grading.points：points 标记写错了（给教师看）
    "points.one_number": "{nodeid}：请写成 @pytest.mark.points(n)，只带一个数 n，实际是 points{args}{kwargs}",
    "points.not_positive": "{nodeid}：分数必须是正数，实际是 {n}",
    "plugin.score_title": "gdlab 得分",

    # gdlab.grading.runner 和 template：评分机器的预热进程
    "runner.no_run": "预热的测试运行器没能启动一次运行：{error}",
    "runner.no_start": "预热的测试运行器没能启动（python -m gdlab.grading.runner）",
    "template.no_start": "学生模板进程没能启动：{error}",
    "template.no_answer": "没有应答",

    # gdlab.grading.student_process：评分器眼中的学生进程
    "process.not_answering": "学生模板进程没有应答（{error}）",
    "process.not_locked_down": "评分器无法锁定学生进程：{error}",
    "process.answer_too_large": "一个 {length} 字节的答复，超过了 {limit} 字节的上限",
    "process.answers_over_budget": "一个测试中的答复超过了 {mib} MiB",
    "process.handle_to_grader": "把一个句柄传给了评分器的函数（只能传数据）",
    "process.no_hello": "没有收到 hello 消息",
    "process.unknown_frame": "一个无法识别的帧",
    "process.not_data": "{type} 不能发送给学生进程：只能发送数、字符串、数组、张量，由它们组成的 list/tuple/dict，"
                        "或者普通函数",
    "process.import_timed_out": "导入你的代码所用的时间超过了测试的时间限制（是不是导入时有死循环？）",
    "process.import_crashed": "导入你的代码时出了问题：{error}",
    "process.import_failed": "无法导入 {name}.py：{type}：{error}{why}",
    "process.bad_len": "学生对象的 len() 不是一个非负整数",
    "process.bad_iter": "学生对象的 iter() 没有返回迭代器",
    "process.remote": "<学生的 {type} 对象>",

    # 在学生进程中说的话（student_server.py 不能导入 gdlab：评分器每次请求学生进程时，
    # 把这些话按它的语言一并交过去）
    "student.blocked": "评分时不能使用 gdlab 的参考代码：请自己写",
    # gdlab.grading.wire：一次答复能包含多少内容
    "wire.nested_too_deep": "一个嵌套超过 {depth} 层的值",
    "wire.header_too_large": "一个 {size} 字节的帧头，超过了 {limit} 字节的上限（请把大量的数放进一个数组发送，"
                             "不要用 list）",
    "wire.too_many_numbers": "一次答复中的数超过了 {limit} 个",

    # gdlab.grading.report：写不了的文件，以及隔离情况那一行
    "report.cannot_write_results": "无法把结果写入 {path}：{reason}；请选择一个你能写入的文件夹",
    "report.cannot_write_grades": "无法把成绩写入 {path}：{reason}；请选择一个你能写入的文件夹",
    "isolation.line": "隔离：学生代码在独立进程中以 {user} 身份运行；{view}；限制：{limits}",
    "isolation.namespaces": "独立的 mount、PID、网络、IPC 和 UTS 命名空间，私有的只读文件视图，没有任何特权（capabilities）",
    "isolation.no_namespaces": "没有命名空间（学生进程能读到评分器所用用户能读的一切）",
    "isolation.own_user": "评分器自己的用户（不是 root：无法切换到其他用户）",

    # gdlab.grading.bundle：Gradescope 的 zip 包（not_graded 是 run_autograder 告诉学生的话；
    # 它会放进 shell 字符串和 JSON：不能有引号、反斜杠、$ 或反引号）
    "bundle.no_checkout": "gdlab 不是从源码仓库运行的（{root}）；`gdlab labs bundle` 需要源码仓库，"
                          "才能把 gdlab 的源码打包进 zip",
    "bundle.out_in_lab": "--out {out} 位于实验 {lab} 自己的文件夹里，可能会覆盖它的源文件；请把 zip 写到实验文件夹之外，"
                         "例如 --out autograder.zip",
    "bundle.out_exists": "--out {out} 已经存在，而且不是 gdlab 可能写出的 zip；请换一个以 .zip 结尾的新文件名",
    "bundle.cannot_write": "无法写入自动评分 zip {out}：{reason}",
    "bundle.not_graded": "未评分：自动评分程序无法安全地评判这份提交（gdlab grade 的退出状态是 {status}），"
                         "所以记 0 分。这是自动评分程序的问题，不是你的提交的问题：请告诉你的老师。",

    # gdlab.cli.grade：`gdlab grade`
    "cli.bad_timeout": "--timeout 必须是正的秒数，实际是 {value}",
    "cli.bad_budget": "--budget 必须是正的秒数，实际是 {value}",
    "cli.jobs_hint": "；例如 --jobs 2 或 --jobs auto",
    "cli.no_hide_folder": "--hide {folder}：没有这个文件夹；请给出要对学生隐藏的文件夹",
    "cli.not_isolated": "--require-isolation：不评分，因为{reasons}",
    "cli.not_root": "评分器不是 root，无法让学生代码以另一个用户身份运行",
    "cli.no_user": "没有可供学生代码使用的非特权用户",
    "cli.no_namespaces": "这个内核拒绝创建新的 mount、PID 和网络命名空间",
    "cli.separator": "；",
    "cli.wrote": "已写入 {path}",
    "cli.submission": "{name}：{score} / {max_score}{problems}",
    "cli.problems": "  （{count} 个问题）",
    "cli.wrote_csv": "已写入 {path}（{count} 份提交）",
    "cli.wrote_results": "已把 {count} 个结果文件写入 {path}",

    # gdlab.cli.labs：`gdlab labs list` 和 `gdlab labs bundle`
    "labs.public_and_hidden": "公开测试 + 隐藏测试",
    "labs.public_only": "只有公开测试",
    "labs.bundled": "已写入 {path}：请把它上传为 Gradescope 编程作业的自动评分程序",

    # gdlab.grading.notebook_submission：代替实验 .py 文件提交的 notebook
    "lab.bad_notebooks": "{manifest}：notebooks 必须是 .ipynb 文件名的列表；实验有多个文件时，每个名字要与其中"
                         "一个文件同名（例如 notebooks = [\"lab_cost.ipynb\"]），实际是 {notebooks}",
    "notebook.or_notebooks": "{file} 或 notebook {notebooks}",
    "notebook.too_large": "{name} 大于 {mib} MiB（输出和图片也算在内）：不予评分；请在 Jupyter 中清除所有输出"
                          "（Edit > Clear Outputs of All Cells），保存后重新提交",
    "notebook.not_json": "{name} 不是 notebook：它不是有效的 JSON（{error}）；请在 Jupyter 中重新另存为 .ipynb，"
                         "或者改为提交实验的 .py 文件",
    "notebook.not_notebook": "{name} 不是 Jupyter notebook（第 4 版，带有单元格列表）：请在 Jupyter 中重新另存为 "
                             ".ipynb，或者改为提交实验的 .py 文件",
    "notebook.invalid": "{name} 不是有效的 Jupyter notebook（{error}）：请在 Jupyter 中重新另存为 .ipynb，"
                        "或者改为提交实验的 .py 文件",
    "notebook.magic": "{name} 第 {cell} 个单元格：第 {line} 行是 IPython 魔法命令或 shell 命令（{code}），评分时"
                      "不运行它：这一行被略去，这个单元格的其余部分照常评分",
    "notebook.does_not_parse": "{name} 第 {cell} 个单元格无法解析：第 {line} 行：{error}；请修正这个单元格。在此"
                               "之前用到 {names} 的测试得 0 分（其他单元格照常评分）",
    "notebook.no_answers": "{name}：没有单元格定义本实验的名字（{names}），也没有单元格带 {tag} 标签：其中没有"
                           "任何内容被评分；请在 notebook 的代码单元格中定义实验的函数",
    "self_check.no_tests": "{folder} 下没有 {tests}/ 文件夹：请在实验文件夹（含 lab.toml 和 {tests}/ 的那个）中"
                           "打开这个 notebook，或者调用 check(folder=...)",
    "self_check.summary": "{total} 个公开测试中通过 {passed} 个（隐藏测试在评分时运行）",
    "lab_notebook.intro": "# {title}\n\n在下面的代码单元格中写出你的答案，替换每一处 `raise NotImplementedError`。"
                          "随时可以运行最后的 **检查** 单元格：它用本实验的公开测试（这个 notebook 旁边的 `{tests}/` "
                          "文件夹）检查你的答案，和评分时一样。交作业时提交这个 notebook，文件名为 `{name}`"
                          "（也可以改交 `.py` 文件）。\n\n只用来打印、画图或演示训练的单元格，评分时从不运行。",
    "lab_notebook.check": "## 检查你的答案\n\n用本实验的公开测试检查上面的答案，和评分时一样。",
    "notebook.instead_of_stub": "{name} 是发布时的原样、没有改动：评分的是代替它的 {notebook}",
    "notebook.not_graded": "{notebook} 没有评分：和它一起交的 {name} 改动过，所以评分的是 {name}；两者只交一个即可",
}
