package org.nianbao.export;

import java.util.List;
import org.nianbao.model.ReportField;

/** 标题: 2号 小标宋 centred, in lines broken between words, then the blank line before what follows. */
final class TitleWriter implements DocumentBlock {

    private final String title;
    private final ReturnPath returnPath;

    /**
     * @param title      the title as it prints (references resolved)
     * @param returnPath the reviewers' comments on the title go back on it
     */
    TitleWriter(String title, ReturnPath returnPath) {
        this.title = title;
        this.returnPath = returnPath;
    }

    @Override
    public void write(BodyWriter body) {
        body.field(GongwenStyle.TITLE, List.of(BodyWriter.titleLines(title)), returnPath, ReportField.TITLE);
        body.blankLines(1);
    }
}
