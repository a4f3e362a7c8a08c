"""`gdlab` 命令本身输出的文字：错误、fit 的摘要、plot 的检查、crosscheck 的表格。
（argparse 的帮助文字在 cli_help 领域；各命令的课程内容和页面有各自的领域。）"""
MESSAGES = {
    # gdlab.cli：每个命令报告需要用户自己改正的错误
    "error": "gdlab {command}：错误：{error}",
    "os_error": "gdlab {command}：错误：{reason}；请检查路径及其权限",
    "os_error_file": "gdlab {command}：错误：{reason}：{path}；请检查路径及其权限",
    "interrupted": "gdlab {command}：已中断",

    # gdlab fit：--option 与摘要（describe）
    "fit.bad_option": "--option 需要 NAME=VALUE 的形式，实际为 {pair!r}；例如 --option momentum=0.5",
    "fit.bad_value": "--option {name}={value!r}：值必须是一个数、true/false，"
                     "或用逗号分隔的几个数（betas=0.9,0.999）",
    "fit.header": "{source}：{n} 个样本，{line}，{method}（每批 {batch_size} 个样本），{optimizer}，"
                  "lr={lr:g}，{backend}",
    "fit.result": "{params}   代价 J = {cost:.6g}",
    "fit.stopped": "共 {steps} 步（{epochs} 轮）后停止：{reason}",
    "fit.least_squares": "最小二乘解：{best}   J = {cost:.6g}",

    # gdlab plot
    "plot.bad_format": "--out 必须以 .png 或 .svg 结尾，实际为 {name!r}",
    "plot.bad_dpi": "--dpi 至少为 10，实际为 {dpi}",

    # gdlab crosscheck：表格（gdlab.crosscheck.Report.table）
    "crosscheck.case": "情形",
    "crosscheck.params": "参数",
    "crosscheck.cost": "代价",
    "crosscheck.grad": "梯度",
    "crosscheck.ok": "通过",
    "crosscheck.yes": "是",
    "crosscheck.no": "否",
    "crosscheck.stepwise": "与 torch.optim 逐步对比：{label}",
    "crosscheck.summary_ok": "共 {count} 项对比，最大相对差 {worst:.1e}：全部在容差 {tol:.0e} 以内",
    "crosscheck.summary_bad": "共 {count} 项对比，最大相对差 {worst:.1e}：并非全部在容差 {tol:.0e} 以内",
}
