"""check() 在笔记本练习旁打印的文字。"""
MESSAGES = {
    "right": "正确",
    "wrong": "错误",
    "not_done": "还没做",
    "still_ellipsis": "请在上面的单元格里写出你的答案（它现在还是 `...`）",
    "still_raises": "你的函数还在抛出 NotImplementedError：请写出函数体",
    "raised": "你的答案抛出了 {error}：{message}",

    # gdlab.exercises.exercise：编号对应不到练习
    "no_exercises": "笔记本 {notebook} 没有练习；练习编号形如 '02.1'",
    "bad_key": "练习编号 {key} 的格式不是 'NN.k'（例如 '02.1'）",
    "no_such_exercise": "没有练习 {key}；笔记本 {notebook} 的练习是：{keys}",
}
