"""gdlab 各处通用的词语。"""
MESSAGES = {
    "language_name": "中文",
}

# What the code cells that every notebook shares say (gdlab.i18n.code_lines): the first cell's check.
CODE_LINES = {
    "# Is gdlab importable in this kernel? If not, this cell says how to fix it.":
        "# 这个内核能导入 gdlab 吗？不能的话，本单元格会说明如何解决。",
    'raise ImportError("gdlab is not installed in this Jupyter kernel. From the project folder run "':
        'raise ImportError("这个 Jupyter 内核里没有安装 gdlab。请在项目文件夹中运行 "',
    '"`make lab` (it installs gdlab into .venv and opens JupyterLab), or "':
        '"`make lab`（它把 gdlab 安装到 .venv 并打开 JupyterLab），或者在这个内核的环境中运行 "',
    '"`pip install -e .` in the environment of this kernel, then restart the kernel.") from None':
        '"`pip install -e .`，然后重启内核。") from None',
}
