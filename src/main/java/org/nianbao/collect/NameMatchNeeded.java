package org.nianbao.collect;

import org.nianbao.model.BadInputException;

/**
 * A returned form whose hidden identity sheet was deleted: it can be matched by the department's and
 * the metrics' names, but only once the officer confirms (the command line's --match-by-name, a
 * question in the window).
 */
public final class NameMatchNeeded extends BadInputException {

    private final String department;

    NameMatchNeeded(String file, String department) {
        super("“" + file + "”的表格信息页已被删除：可以按部门名称“" + department
                        + "”和指标名称对应导入，请确认无误后再导入（命令行加 --match-by-name）",
                file + ": the identity sheet was deleted; confirm matching by names (--match-by-name)");
        this.department = department;
    }

    /** The department the form's title names. */
    public String department() {
        return department;
    }
}
