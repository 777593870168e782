package org.nianbao.check;

import java.util.Locale;

/** How much a finding matters; JSON writes it in lower case. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 错误 / 警告 / 提示, as the text output says it. */
    public String chinese() {
        return switch (this) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }
}
