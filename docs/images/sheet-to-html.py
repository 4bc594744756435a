# Renders one sheet of an .xlsx workbook as an HTML page that looks like a spreadsheet (the README's picture of the
# workbook): read with openpyxl (values, number formats, column widths, the frozen header and the filter), drawn as a
# table with column letters, row numbers and filter buttons. Usage: python3 sheet-to-html.py BOOK.xlsx SHEET OUT.html
import html
import sys

import openpyxl
from openpyxl.utils import get_column_letter

book = openpyxl.load_workbook(sys.argv[1])
ws = book[sys.argv[2]]
tabs = "".join(f'<span class="tab{" on" if s.title == ws.title else ""}">{html.escape(s.title)}</span>' for s in book.worksheets)


def shown(cell):
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, (int, float)) and "%" in cell.number_format:
        return f"{v * 100:.1f}%"
    if hasattr(v, "strftime"):
        return v.strftime("%Y-%m-%d")
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


cols = ws.max_column
widths = [ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(1, cols + 1)]
out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>',
       'body{margin:0;font:13px "WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;background:#fff}',
       'table{border-collapse:collapse;table-layout:fixed}td,th{border:1px solid #d4d4d4;padding:2px 4px;white-space:nowrap;overflow:hidden}',
       'th.c{background:#f3f3f3;color:#555;font-weight:400;text-align:center}th.r{background:#f3f3f3;color:#555;font-weight:400;width:28px}',
       'td.h{background:#dde4ee;font-weight:700;position:relative;padding-right:18px}td.h:after{content:"\\25BE";position:absolute;right:3px;',
       'top:2px;border:1px solid #aaa;background:#fff;font-size:10px;line-height:12px;width:12px;text-align:center}',
       'td.n{text-align:right}tr.frozen td{border-bottom:2px solid #888}',
       '.bar{background:#217346;color:#fff;padding:6px 10px;font-weight:700}.tabs{border-top:1px solid #ccc;padding:4px 8px;background:#f3f3f3}',
       '.tab{display:inline-block;padding:3px 12px;margin-right:2px;color:#333}.tab.on{background:#fff;border-bottom:2px solid #217346;font-weight:700}',
       '</style></head><body>', f'<div class="bar">{html.escape(sys.argv[1].split("/")[-1])}</div>', '<table><tr><th class="r"></th>']
for c in range(cols):
    out.append(f'<th class="c" style="width:{widths[c] * 7.5:.0f}px">{get_column_letter(c + 1)}</th>')
out.append('</tr>')
for r, row in enumerate(ws.iter_rows(), start=1):
    out.append(f'<tr class="{"frozen" if r == 1 else ""}"><th class="r">{r}</th>')
    for cell in row:
        cls = "h" if r == 1 else ("n" if isinstance(cell.value, (int, float)) else "")
        out.append(f'<td class="{cls}">{html.escape(shown(cell))}</td>')
    out.append('</tr>')
out.append(f'</table><div class="tabs">{tabs}</div></body></html>')
open(sys.argv[3], "w", encoding="utf-8").write("".join(out))
