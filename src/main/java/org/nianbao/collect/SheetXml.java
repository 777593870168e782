package org.nianbao.collect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * One worksheet of a form as SpreadsheetML text, its parts written in the order the schema's
 * CT_Worksheet sequence requires (Excel reports a file "damaged" when they are not): page set-up
 * flag, dimension, view, columns, rows, protection, merged cells, validations, margins, page set-up.
 * Rows and cells are added top to bottom and left to right.
 */
final class SheetXml {

    private final SharedStrings strings;
    private final StringBuilder columns = new StringBuilder();
    private final StringBuilder rows = new StringBuilder();
    private final List<String> merged = new ArrayList<>();
    private final StringBuilder validations = new StringBuilder();
    private int validationCount;
    private int row = -1;
    private boolean rowOpen;
    private int lastColumn;
    private boolean selected;
    private int frozenRows;
    private boolean printed;

    SheetXml(SharedStrings strings) {
        this.strings = strings;
    }

    /** The sheet in front when the file opens, with the rows above {@code rows} frozen. */
    SheetXml selected(int rows) {
        this.selected = true;
        this.frozenRows = rows;
        return this;
    }

    /** Printed landscape on A4, as wide as one page. */
    SheetXml printed() {
        this.printed = true;
        return this;
    }

    /** A column's width in characters (Excel's unit), hidden or not. Columns are set left to right. */
    SheetXml column(int col, int width, boolean hidden) {
        columns.append("<col min=\"").append(col + 1).append("\" max=\"").append(col + 1).append("\" width=\"")
                .append(width).append('"').append(hidden ? " hidden=\"1\"" : "").append(" customWidth=\"1\"/>");
        return this;
    }

    /** Starts row {@code r} (0-based), of the given height in points (0 for Excel's own). */
    SheetXml row(int r, float height) {
        closeRow();
        row = r;
        rowOpen = true;
        rows.append("<row r=\"").append(r + 1).append('"');
        if (height > 0) {
            rows.append(" ht=\"").append(number(height)).append("\" customHeight=\"1\"");
        }
        rows.append('>');
        return this;
    }

    SheetXml text(int col, String text, int style) {
        cell(col, style).append(" t=\"s\"><v>").append(strings.index(text)).append("</v></c>");
        return this;
    }

    SheetXml number(int col, BigDecimal value, int style) {
        if (value == null) {
            return blank(col, style);
        }
        cell(col, style).append("><v>").append(value.toPlainString()).append("</v></c>");
        return this;
    }

    SheetXml number(int col, long value, int style) {
        cell(col, style).append("><v>").append(value).append("</v></c>");
        return this;
    }

    SheetXml blank(int col, int style) {
        cell(col, style).append("/>");
        return this;
    }

    SheetXml merge(int r, int firstCol, int lastCol) {
        merged.add(ref(r, firstCol) + ":" + ref(r, lastCol));
        return this;
    }

    /**
     * Excel's data validation of one cell: a whole or decimal number between two bounds, with the
     * prompt shown when the cell is chosen and the message shown when a wrong value is typed.
     * Excel refuses the whole file when a title exceeds 32 characters or a text 255, so they are cut.
     */
    SheetXml validation(int r, int col, boolean whole, String min, String max, String errorTitle, String error,
                        String promptTitle, String prompt) {
        validationCount++;
        validations.append("<dataValidation type=\"").append(whole ? "whole" : "decimal")
                .append("\" errorStyle=\"stop\" operator=\"between\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\"")
                .append(" errorTitle=\"").append(SharedStrings.escape(cut(errorTitle, 32)))
                .append("\" error=\"").append(SharedStrings.escape(cut(error, 255)))
                .append("\" promptTitle=\"").append(SharedStrings.escape(cut(promptTitle, 32)))
                .append("\" prompt=\"").append(SharedStrings.escape(cut(prompt, 255)))
                .append("\" sqref=\"").append(ref(r, col)).append("\"><formula1>").append(min)
                .append("</formula1><formula2>").append(max).append("</formula2></dataValidation>");
        return this;
    }

    /** The worksheet part; every sheet of a form is protected without a password. */
    String xml() {
        closeRow();
        StringBuilder out = new StringBuilder(rows.length() + validations.length() + 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"").append(FormPackage.MAIN_NS).append("\" xmlns:r=\"")
                .append(FormPackage.RELATIONSHIPS_NS).append("\">");
        if (printed) {
            out.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        }
        out.append("<dimension ref=\"A1").append(row > 0 || lastColumn > 0 ? ":" + ref(Math.max(row, 0), lastColumn) : "")
                .append("\"/>");
        out.append("<sheetViews><sheetView");
        if (selected) {
            out.append(" tabSelected=\"1\"");
        }
        out.append(" workbookViewId=\"0\"");
        if (frozenRows > 0) {
            String topLeft = ref(frozenRows, 0);
            out.append("><pane ySplit=\"").append(frozenRows).append("\" topLeftCell=\"").append(topLeft)
                    .append("\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"")
                    .append(topLeft).append("\" sqref=\"").append(topLeft).append("\"/></sheetView>");
        } else {
            out.append("/>");
        }
        out.append("</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (!columns.isEmpty()) {
            out.append("<cols>").append(columns).append("</cols>");
        }
        out.append("<sheetData>").append(rows).append("</sheetData>");
        // protected, but formatting rows and columns and selecting any cell stay allowed
        out.append("<sheetProtection sheet=\"1\" formatColumns=\"0\" formatRows=\"0\" selectLockedCells=\"0\""
                + " selectUnlockedCells=\"0\"/>");
        if (!merged.isEmpty()) {
            out.append("<mergeCells count=\"").append(merged.size()).append("\">");
            merged.forEach(m -> out.append("<mergeCell ref=\"").append(m).append("\"/>"));
            out.append("</mergeCells>");
        }
        if (validationCount > 0) {
            out.append("<dataValidations count=\"").append(validationCount).append("\">").append(validations)
                    .append("</dataValidations>");
        }
        out.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        if (printed) {
            out.append("<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"landscape\"/>");
        }
        return out.append("</worksheet>").toString();
    }

    private StringBuilder cell(int col, int style) {
        if (row < 0) {
            throw new IllegalStateException("a cell before the first row");
        }
        lastColumn = Math.max(lastColumn, col);
        rows.append("<c r=\"").append(ref(row, col)).append('"');
        if (style != 0) {
            rows.append(" s=\"").append(style).append('"');
        }
        return rows;
    }

    private void closeRow() {
        if (rowOpen) {
            rows.append("</row>");
            rowOpen = false;
        }
    }

    static String ref(int r, int col) {
        return CellReference.convertNumToColString(col) + (r + 1);
    }

    private static String number(float f) {
        return f == Math.rint(f) ? String.valueOf((int) f) : String.valueOf(f);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
