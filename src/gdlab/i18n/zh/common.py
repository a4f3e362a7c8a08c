"""gdlab 各处通用的词语。"""
MESSAGES = {
    "language_name": "中文",
}
