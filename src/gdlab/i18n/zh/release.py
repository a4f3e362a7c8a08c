"""学生版：`gdlab labs release`（gdlab.grading.release，以及 gdlab.grading.solutions 的答案标记）、
`gdlab release`（gdlab.exercises.release，以及 gdlab.exercises.student_edition 为笔记本生成的占位代码），
它们的泄漏扫描，以及发布出去的文件里写的话。"""
MESSAGES = {
    # gdlab.grading.release：实验的学生版可以写到哪里，以及泄漏扫描
    "labs.target_is_lab": "发布文件夹 {target} 就是实验 {lab} 的源文件夹（{path}）；在那里发布会覆盖教师的实验；"
                          "请用 --out 指定实验文件夹之外的文件夹",
    "labs.target_contains_lab": "发布文件夹 {target} 包含实验 {lab} 的源文件夹（{path}）；在那里发布会覆盖教师的实验；"
                                "请用 --out 指定实验文件夹之外的文件夹",
    "labs.target_inside_lab": "发布文件夹 {target} 位于实验 {lab} 的源文件夹（{path}）之内；在那里发布会覆盖教师的实验；"
                              "请用 --out 指定实验文件夹之外的文件夹",
    "labs.out_is_lab": "发布文件夹 {target} 就是实验 {lab} 的源文件夹（{path}）；在那里发布会写进教师的实验；"
                       "请用 --out 指定实验文件夹之外的文件夹",
    "labs.out_inside_lab": "发布文件夹 {target} 位于实验 {lab} 的源文件夹（{path}）之内；在那里发布会写进教师的实验；"
                           "请用 --out 指定实验文件夹之外的文件夹",
    "not_a_folder": "{target} 已经存在，而且不是文件夹；请把它移走，或用 --out 指定另一个位置",
    "labs.not_ours": "{target} 不是空的，也不是 `gdlab labs release` 写出的（里面没有 {marker}）；什么都没有改动；"
                     "请把它移走，或用 --out 指定另一个位置",
    "labs.cannot_write": "无法写入发布文件夹 {folder}：{reason}",
    "labs.cannot_place": "无法把 {lab} 的发布版放到 {target}：{reason}",
    "labs.leak": "{lab} 的发布版会泄漏 {count} 行参考答案或隐藏测试（{shown}）；这个实验什么都没有写出",
    "labs.marker": "由 `gdlab labs release` 从 {path} 写出；下一次发布会替换这个文件夹",

    # gdlab.grading.solutions：教师源文件中写错的答案标记
    "markers.syntax": "{filename} 第 {line} 行：{what}（{error}）",
    "markers.source_invalid": "教师的源文件不是合法的 Python 代码",
    "markers.edition_invalid": "生成的学生版不是合法的 Python 代码；请检查答案标记和 STUDENT 段的缩进",
    "markers.outside_function": "{filename} 第 {line} 行：答案块必须位于函数体内，学生版才能在那里抛出 "
                                "NotImplementedError（或者在 {student} 段中写明学生版用什么代替）",
    "markers.not_commented": "{filename} 第 {line} 行：{student} 之后的每一行都必须注释掉（`# code`），"
                             "这样教师的源文件运行的才是参考答案；这一行没有注释掉",
    "markers.no_begin": "{filename} 第 {line} 行：{marker} 之前没有 {begin}",
    "markers.hint_not_before": "{filename} 第 {line} 行：{hint} 必须紧挨在 {begin} 之前",
    "markers.nested": "{filename} 第 {line} 行：{begin} 出现在另一个答案块之内（该块从第 {start} 行开始）；"
                      "请先用 {end} 结束那个块",
    "markers.second_student": "{filename} 第 {line} 行：从第 {start} 行开始的答案块里出现了第二个 {student}",
    "markers.never_closed": "{filename} 第 {line} 行：{begin} 始终没有用 {end} 结束",

    # gdlab.exercises.release：笔记本的学生版
    "notebooks.overlap": "发布文件夹 {target} 与教师的笔记本文件夹（{source}）重叠；请用 --out 指定仓库 notebooks/ "
                         "之外的文件夹",
    "notebooks.not_ours": "{target} 不是空的，也不是 `gdlab release` 写出的（里面没有 {marker}）；什么都没有改动；"
                          "请把它移走，或用 --out 指定另一个位置",
    "notebooks.unreadable": "{path} 不是可读取的笔记本（{error}）；什么都没有发布",
    "notebooks.leak": "学生版笔记本会泄漏 {count} 行答案（{shown}）；什么都没有写出",
    "notebooks.none": "{folder} 里没有笔记本；请用 --notebooks-dir 指定存放笔记本的文件夹",
    "notebooks.marker": "由 `gdlab release` 从 {path} 写出；下一次发布会替换这个文件夹",

    # gdlab.exercises.student_edition：答案单元格的占位代码（这些注释会出现在笔记本里）
    "stub.a_solution_cell": "一个答案单元格",
    "stub.cell": "{notebook} 的单元格 {index}",
    "stub.not_python": "{where} 不是合法的 Python 代码（第 {line} 行：{error}）",
    "stub.empty": "{where} 既没有给答案赋值，也没有定义函数，生成的占位代码会是空的：请给答案起个名字（my_lr = ...）",
    "stub.header": "# 你的答案（下一个单元格里的检查会告诉你是否正确）：",
    "stub.your_answer": "# 你的答案",
    "stub.write_it_here": "{function}：请在这里写代码",

    # gdlab.cli.labs 和 gdlab.cli.release：发布的结果
    "labs.released": "已发布 {lab}：{count} 个文件，参考答案已替换，隐藏测试未包含",
    "labs.done": "学生版在 {out}（每个 .py 都能解析，泄漏扫描通过）",
    "course.labs": "已发布 {count} 个实验：参考答案已替换，隐藏测试未包含",
    "course.notebooks": "已发布 {count} 个笔记本：答案单元格已换成占位代码，讲解答案已删除，输出已清空",
    "course.done": "课程的学生版在 {out}（泄漏扫描通过）",
}
