package org.nianbao.importing;

import java.nio.file.Path;
import org.nianbao.model.BadInputException;

/** The messages an officer sees when a file cannot be imported; each names the file. */
final class ImportErrors {

    private ImportErrors() {
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static BadInputException missing(Path file) {
        return new BadInputException("找不到文件“" + file + "”，请检查文件路径是否正确。",
                "File not found: " + file);
    }

    static BadInputException notAFile(Path file) {
        return new BadInputException("“" + file + "”是文件夹，不是文件，请选择一个 .txt 或 .docx 报告文件。",
                "Not a regular file: " + file);
    }

    static BadInputException unreadable(Path file, Exception cause) {
        return new BadInputException("无法读取文件“" + name(file) + "”：没有读取权限，或文件正被其他程序占用。",
                "Cannot read " + file + ": " + cause.getMessage(), cause);
    }

    static BadInputException empty(Path file) {
        return new BadInputException("文件“" + name(file) + "”是空的，没有可导入的内容。",
                "The file " + file + " is empty");
    }

    static BadInputException tooLarge(Path file, long size, long limit) {
        return new BadInputException("文件“" + name(file) + "”过大（" + size / (1024 * 1024) + " MB），超过年度报告的合理大小（"
                + limit / (1024 * 1024) + " MB），请确认选择了正确的文件。",
                "The file " + file + " is too large (" + size + " bytes, limit " + limit + ")");
    }

    static BadInputException binary(Path file) {
        return new BadInputException("文件“" + name(file) + "”不是文本文件（含有二进制数据），无法作为 .txt 报告导入。"
                + "请导入 .txt 纯文本或 .docx 文档。",
                "The file " + file + " is not a text file (it holds binary data)");
    }

    static BadInputException knownBinaryFormat(Path file, String kind) {
        return new BadInputException("文件“" + name(file) + "”实际是" + kind + "文件，不是报告文本，无法导入。"
                + "请导入 .txt 纯文本或 .docx 文档。",
                "The file " + file + " is a " + kind + " file, not a report");
    }

    static BadInputException undecodable(Path file) {
        return new BadInputException("无法识别文件“" + name(file) + "”的文字编码（既不是 UTF-8，也不是 GBK/GB18030），"
                + "请用记事本“另存为”UTF-8 编码后再导入。",
                "Cannot decode " + file + ": neither UTF-8 nor GB18030");
    }

    static BadInputException textNamedWord(Path file, String extension) {
        return new BadInputException("文件“" + name(file) + "”扩展名是 ." + extension + "，但内容是纯文本，不是 Word 文档。"
                + "请把扩展名改为 .txt 后再导入。",
                "The file " + file + " is named ." + extension + " but holds plain text; rename it to .txt");
    }

    static BadInputException docxNotZip(Path file) {
        return new BadInputException("文件“" + name(file) + "”不是有效的 Word（.docx）文档：文件已损坏或并非 .docx 格式。"
                + "请用 Word 或 WPS 打开后“另存为”.docx 再导入。",
                "The file " + file + " is not a valid .docx (not a zip package)");
    }

    static BadInputException zipNamedTxt(Path file) {
        return new BadInputException("文件“" + name(file) + "”扩展名是 .txt，但内容是 Word 文档（压缩包）。"
                + "请把扩展名改为 .docx 后再导入。",
                "The file " + file + " is named .txt but holds a zip package (a Word document?); rename it to .docx");
    }

    static BadInputException passwordProtected(Path file) {
        return new BadInputException("文件“" + name(file) + "”设置了打开密码（已加密），无法读取。"
                + "请在 Word 或 WPS 中取消密码后另存为 .docx 再导入。",
                "The file " + file + " is password-protected (encrypted); save it without a password and retry");
    }

    static BadInputException legacyDoc(Path file) {
        return new BadInputException("文件“" + name(file) + "”是旧版 Word 97-2003（.doc）或 WPS（.wps）格式，暂不支持。"
                + "请在 Word 或 WPS 中“另存为”.docx 后再导入。",
                "The file " + file + " is an old Word 97-2003 .doc or WPS .wps; save it as .docx and retry");
    }

    static BadInputException notWordDocument(Path file) {
        return new BadInputException("文件“" + name(file) + "”不是 Word 文档（可能是 Excel、PowerPoint 或其他压缩包，或文件已损坏），无法导入。",
                "The file " + file + " is not a Word document");
    }

    static BadInputException damagedDocx(Path file, Exception cause) {
        return new BadInputException("文件“" + name(file) + "”已损坏，无法作为 Word 文档读取。"
                + "请用 Word 或 WPS 打开并“另存为”.docx 后再导入。",
                "The file " + file + " is damaged and cannot be read as .docx: " + cause.getMessage(), cause);
    }

    static BadInputException zipBomb(Path file, Exception cause) {
        return new BadInputException("文件“" + name(file) + "”解压后的内容异常巨大（疑似“压缩炸弹”），为安全起见已拒绝导入。"
                + "请确认文件来源，或在 Word 中重新另存后再试。",
                "The file " + file + " expands to an abnormal size (zip bomb suspected); refused", cause);
    }

    static UnstructuredTextException noStructure(Path file) {
        return new UnstructuredTextException("文件“" + name(file) + "”中没有找到“一、”这样的一级标题，无法识别报告结构。"
                + "请确认各部分标题以“一、”“二、”编号（或在 Word 中使用“标题 1”样式）后再导入。",
                "No level-1 heading (一、) found in " + file + "; the report structure cannot be recognized");
    }
}
