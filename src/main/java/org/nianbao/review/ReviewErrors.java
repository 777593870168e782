package org.nianbao.review;

import java.nio.file.Path;
import org.nianbao.model.BadInputException;

/** What the officer reads when a returned file cannot be used; each message names the file. */
public final class ReviewErrors {

    private ReviewErrors() {
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static BadInputException notDocx(Path file) {
        return new BadInputException("审阅文件“" + name(file) + "”不是 Word（.docx）文档，无法读取审阅意见。"
                + "请选择审阅人发回的 .docx 文件。", "The returned file " + file + " is not a .docx");
    }

    static BadInputException encrypted(Path file) {
        return new BadInputException("审阅文件“" + name(file) + "”设置了打开密码（已加密），无法读取审阅意见。"
                + "请在 Word 或 WPS 中取消密码后另存为 .docx 再导入。",
                "The returned file " + file + " is password-protected");
    }

    static BadInputException legacyDoc(Path file) {
        return new BadInputException("审阅文件“" + name(file) + "”是旧版 .doc 或 .wps 格式，无法读取修订。"
                + "请在 Word 或 WPS 中“另存为”.docx 后再导入。", "The returned file " + file + " is a legacy .doc/.wps");
    }

    static BadInputException zipBomb(Path file) {
        return new BadInputException("审阅文件“" + name(file) + "”解压后的内容异常巨大（疑似“压缩炸弹”），为安全起见已拒绝读取。",
                "The returned file " + file + " expands to an abnormal size (zip bomb suspected); refused");
    }

    static BadInputException damaged(Path file, Exception cause) {
        return new BadInputException("审阅文件“" + name(file) + "”已损坏，无法读取。请用 Word 或 WPS 打开并另存为 .docx 后再导入。",
                "The returned file " + file + " is damaged: " + cause.getMessage(), cause);
    }

    static BadInputException unreadable(Path file, Exception cause) {
        return new BadInputException("无法读取审阅文件“" + file + "”：文件不存在、没有读取权限，或正被其他程序占用。",
                "Cannot read " + file + ": " + cause.getMessage(), cause);
    }

    static BadInputException tooLarge(Path file) {
        return new BadInputException("审阅文件“" + name(file) + "”过大，超过年度报告的合理大小，请确认选择了正确的文件。",
                "The returned file " + file + " is too large");
    }

    public static BadInputException otherReport(Path file, String fileReport, long expected) {
        return new BadInputException("审阅文件“" + name(file) + "”是从另一份报告（编号 " + fileReport + "）导出的，"
                + "不是报告 " + expected + "，未做任何改动。",
                "The returned file " + file + " was exported from report " + fileReport + ", not " + expected);
    }

    public static BadInputException unknownExport(Path file) {
        return new BadInputException("审阅文件“" + name(file) + "”不是从本数据库导出的（找不到对应的导出记录），未做任何改动。"
                + "请确认文件来源，或用 --report 指定报告。",
                "The returned file " + file + " was not exported from this database");
    }
}
