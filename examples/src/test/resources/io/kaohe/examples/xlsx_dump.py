# Reads an .xlsx workbook with openpyxl (a reader independent of the writer) and prints it as JSON for XlsxReader:
# per sheet its name, frozen cell, filter range, column widths, number formats of the second row, and every row's values.
import datetime
import json
import sys

import openpyxl


def value(v):
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.date().isoformat() if isinstance(v, datetime.datetime) else v.isoformat()
    return v


book = openpyxl.load_workbook(sys.argv[1], read_only=False)
sheets = []
for ws in book.worksheets:
    rows = [[value(c) for c in row] for row in ws.iter_rows(values_only=True)]
    formats = [c.number_format for c in ws[2]] if ws.max_row >= 2 else []
    widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
    sheets.append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "widths": widths,
                   "formats": formats, "rows": rows})
json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)
