"""check() 在笔记本练习旁打印的文字。"""
MESSAGES = {
    "right": "正确",
    "wrong": "错误",
    "not_done": "还没做",
    "still_ellipsis": "请在上面的单元格里写出你的答案（它现在还是 `...`）",
    "still_raises": "你的函数还在抛出 NotImplementedError：请写出函数体",
    "raised": "你的答案抛出了 {error}：{message}",
}
