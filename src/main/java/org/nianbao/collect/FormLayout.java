package org.nianbao.collect;

/**
 * Where things are in a department's form; the writer and the reader share it, so a form made by
 * one version is read by the same rules.
 */
final class FormLayout {

    /** Bumped when the layout changes in a way an older reader could not follow. */
    static final int VERSION = 1;
    static final String MARK = "nianbao-collect-form";

    static final String METRICS_SHEET = "指标";
    static final String MATERIAL_SHEET = "素材";
    static final String INSTRUCTIONS_SHEET = "填表说明";
    /** Hidden: the form's identity (report, department, metric ids, version). */
    static final String IDENTITY_SHEET = "表格信息";

    /** Row 1 (index 0): the title naming the department and the report; row 2 a note; row 3 the header. */
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 2;
    static final int FIRST_METRIC_ROW = 3;

    static final int COL_NUMBER = 0;
    static final int COL_NAME = 1;
    static final int COL_UNIT = 2;
    static final int COL_DEFINITION = 3;
    static final int COL_PRIOR = 4;
    static final int COL_VALUE = 5;
    static final int COL_NOTE = 6;
    /** Hidden and locked: the metric's id, so a moved row still finds its metric. */
    static final int COL_ID = 7;

    static final String[] HEADERS = {"序号", "指标名称", "单位", "口径说明", "上年数值", "本年数值（请填写）", "备注", "指标编号"};

    /** Material sheet: a heading row, then one paragraph per cell in column A from this row. */
    static final int FIRST_MATERIAL_ROW = 2;
    static final int MATERIAL_ROWS = 20;

    private FormLayout() {
    }

    /** The cell address as Excel shows it (F12). */
    static String address(int row, int col) {
        return new org.apache.poi.ss.util.CellReference(row, col).formatAsString();
    }
}
