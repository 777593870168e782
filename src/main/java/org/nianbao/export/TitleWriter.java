package org.nianbao.export;

/** 标题: 2号 小标宋 centred, in lines broken between words, then the blank line before what follows. */
final class TitleWriter implements DocumentBlock {

    private final String title;

    /** @param title the title as it prints (references resolved) */
    TitleWriter(String title) {
        this.title = title;
    }

    @Override
    public void write(BodyWriter body) {
        body.title(GongwenStyle.TITLE, title);
        body.blankLines(1);
    }
}
