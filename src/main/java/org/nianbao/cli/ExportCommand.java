package org.nianbao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.files.ExportTarget;
import org.nianbao.model.BadInputException;
import org.nianbao.model.ExportSettings;
import org.nianbao.model.FontScheme;
import org.nianbao.model.HeaderBlock;
import org.nianbao.model.Report;
import org.nianbao.compose.ExportByFormat;
import org.nianbao.store.ReportStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export",
        description = "按 GB/T 9704-2012 公文格式导出 .docx (export to Word in the official format)")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    ReportArgument report;

    @Option(names = "--out", required = true, paramLabel = "OUT.docx", description = "导出的文件 (the .docx to write)")
    Path out;

    @Option(names = "--template", paramLabel = "T.docx",
            description = "按本地要求修改过的公文模板 (a Word template adapted to local rules)")
    Path template;

    @Option(names = "--red-header", description = "加版头：红色发文机关标志、发文字号、分隔线；给出 --issuer-mark、--doc-number 或 --signer 时自动加版头 (print the header block)")
    boolean redHeader;

    @Option(names = "--issuer-mark", paramLabel = "TEXT",
            description = "版头的发文机关标志，如“示例区人民政府文件”（默认：第一个发文机关加“文件”）(the red issuer mark)")
    String issuerMark;

    @Option(names = "--doc-number", paramLabel = "NUMBER",
            description = "发文字号，如“示政〔2024〕3号”；不给则不印此行 (the document number; left out when not given)")
    String documentNumber;

    @Option(names = "--signer", paramLabel = "NAME", description = "签发人（上行文）(the signer, for a report sent upward)")
    String signer;

    @Option(names = "--sealed", description = "加盖印章的落款版式 (sealed layout of issuer and date)")
    boolean sealed;

    @Option(names = "--force", description = "覆盖只读（受保护）的目标文件 (overwrite a read-only target file)")
    boolean force;

    @Option(names = "--fonts", paramLabel = "SCHEME",
            description = "字体方案：GB2312（默认，仿宋_GB2312 等）、WINDOWS（仿宋、楷体、黑体、宋体）、TEMPLATE（模板自带） "
                    + "(font scheme: ${COMPLETION-CANDIDATES})")
    FontScheme fonts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // before the report is read: a wrong target costs nothing (a device is named as such, not by its extension)
        ExportTarget.replaceable(out.toAbsolutePath().normalize());
        ExportByFormat.Format.of(out);
        return report.with(this::export);
    }

    private int export(ReportStore store, Report r) {
        if (!force && ExportTarget.isProtected(out)) {
            throw new BadInputException("“" + out + "”是只读文件（已被保护），未覆盖。如确需覆盖，请加 --force",
                    "the target " + out + " is read-only (protected); not replaced; add --force to overwrite it");
        }
        ExportSettings settings = r.settings();
        if (template != null) {
            settings = settings.withTemplatePath(template.toString());
        }
        if (issuerMark != null || documentNumber != null || signer != null) {
            HeaderBlock stored = settings.header();
            settings = settings.withHeader(new HeaderBlock(
                    issuerMark != null ? issuerMark : stored.issuerMark(),
                    documentNumber != null ? documentNumber : stored.documentNumber(),
                    signer != null ? signer : stored.signer(),
                    stored.letterheadPaper()));
        }
        if (redHeader || issuerMark != null || documentNumber != null || signer != null) {
            settings = settings.withHeaderEnabled(true);
        }
        if (sealed) {
            settings = settings.withSealed(true);
        }
        if (fonts != null) {
            settings = settings.withFontScheme(fonts);
        }
        // a stored report's .docx leaves the reviewers' way back (review); a file given on the command line has none
        ExportByFormat.Result result = new ExportByFormat(report.isId() ? store : null).export(r.withSettings(settings), out);
        for (String substitution : result.substitutions()) {
            spec.commandLine().getOut().println("字体替换 (font substituted)：" + substitution);
        }
        if (result.format() != ExportByFormat.Format.DOCX) {
            spec.commandLine().getOut().println("共 " + result.pages() + " 页 (pages)");
        }
        spec.commandLine().getOut().println("已导出 (exported)：" + out.toAbsolutePath());
        return ExitCode.OK;
    }
}
