package org.nianbao.model;

import java.time.LocalDate;

/**
 * 版记: the end block.
 *
 * @param copyTo     抄送 organizations, e.g. "市司法局，区人大常委会办公室"
 * @param printedBy  印发机关
 * @param printDate  印发日期
 */
public record EndBlock(String copyTo, String printedBy, LocalDate printDate) {
    public static EndBlock none() {
        return new EndBlock("", "", null);
    }
}
