"""File formats in and out of crmdesk, without Qt and without the database.

The reading half of import is layered so the wizard, the CLI and the import run share it:

1. ``readers.open_source(path) -> source.Workbook`` picks a reader by the file's content
   (xlsx/xlsm/xlsb/xls/ods via python-calamine with openpyxl/xlrd fallbacks, csv/tsv with
   encoding and delimiter detection, vCard as one synthetic sheet) and turns every bad file into
   a ``ValidationError`` with a sentence for the user.
2. ``layout.read_table(workbook, sheet=..., header_row=...) -> layout.Table`` understands a sheet:
   the default sheet, the header row under titles and blank rows, merged header cells, empty
   rows and columns; ``Table.rows()`` streams ``Row`` values with the row numbers users see.
3. ``mapping.guess_mapping(headers, sample, entity=...) -> mapping.Mapping`` guesses which column
   feeds which field (``fields.target_fields(entity)``); unmapped columns become custom fields.
   A mapping round-trips through JSON (``--mapping MAP.json``).
4. ``values`` turns cells into field values (dates, money, booleans, tags, phones, emails) and
   detects columns whose dates are ambiguous between day-first and month-first.

Heavy libraries (calamine, openpyxl, vobject) are imported by the readers only, so importing this
package costs nothing at start-up.
"""
