package org.nianbao.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.files.AtomicFileWriter;
import org.nianbao.model.BadInputException;
import org.nianbao.testing.ReadOnlyFiles;
import org.nianbao.model.Report;

/** Writing the file: whole or not at all, and a clear message when the target cannot be written. */
class ExportTargetTest {

    @TempDir
    Path dir;

    private final Report report = ExportFixtures.small();

    @Test
    void exportReplacesAnEarlierFileAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("report.docx");
        Files.writeString(target, "old");
        ExportedDocx.exporter().export(report, target);
        assertThat(Files.size(target)).isGreaterThan(1000);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void failureMidwayLeavesThePreviousFileIntact() throws Exception {
        Path target = dir.resolve("report.docx");
        ExportedDocx.exporter().export(report, target);
        byte[] before = Files.readAllBytes(target);
        DocxExporter failing = new DocxExporter(Clock.systemUTC(), out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 2000) {
                    throw new IOException("disk full (injected)");
                }
                out.write(b, off, len);
            }
        });
        Report longer = report.withTitle("示例区人民政府关于2020年度法治政府建设工作情况的报告（修订）");
        assertThatThrownBy(() -> failing.export(longer, target))
                .isInstanceOf(BadInputException.class).hasMessageContaining("disk full");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void missingFolderIsRefused() {
        Path target = dir.resolve("no-such-folder").resolve("report.docx");
        assertThatThrownBy(() -> ExportedDocx.exporter().export(report, target))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("文件夹不存在").hasMessageContaining("folder does not exist");
    }

    @Test
    void folderThatIsAFileIsRefused() throws Exception {
        // cannot be written even by root: the parent is a regular file (ENOTDIR)
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> ExportedDocx.exporter().export(report, file.resolve("report.docx")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("不是文件夹");
    }

    @Test
    void targetThatIsAFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("report.docx"));
        assertThatThrownBy(() -> ExportedDocx.exporter().export(report, folder))
                .isInstanceOf(BadInputException.class).hasMessageContaining("这是一个文件夹");
    }

    @Test
    void folderOnAFileSystemThatRefusesNewFilesIsRefused() {
        // /proc refuses new files even to root: the read-only folder a root test can rely on
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc) && !Files.exists(proc.resolve("report.docx")), "needs Linux /proc");
        assertThatThrownBy(() -> ExportedDocx.exporter().export(report, proc.resolve("report.docx")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("无法写入")
                .hasMessageContaining("不允许新建文件");
    }

    @Test
    void fileOpenInWordOnWindowsGetsAMessageThatSaysSo() {
        // what Files.move reports on Windows when Word holds the target open
        var e = new java.nio.file.FileSystemException("C:\\报告\\report.docx", null,
                "The process cannot access the file because it is being used by another process");
        assertThat(AtomicFileWriter.unwritable(Path.of("report.docx"), e).chinese()).contains("正被其他程序占用")
                .contains("Word");
        var readOnly = new java.nio.file.FileSystemException("/mnt/cd/report.docx", null, "Read-only file system");
        assertThat(AtomicFileWriter.unwritable(Path.of("report.docx"), readOnly).chinese()).contains("只读");
    }

    @Test
    void readOnlyFolderIsRefusedForAnOrdinaryUser() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root ignores permission bits (CI runs as root); an immutable folder refuses new files to root too
        boolean immutable = Files.isWritable(folder) && ReadOnlyFiles.makeImmutable(folder);
        try {
            assumeTrue(!Files.isWritable(folder), "cannot make a read-only folder for this user (see the /proc test)");
            assertThatThrownBy(() -> ExportedDocx.exporter().export(report, folder.resolve("report.docx")))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("无法写入");
            try (Stream<Path> left = Files.list(folder)) {
                assertThat(left).isEmpty();
            }
        } finally {
            if (immutable) {
                ReadOnlyFiles.undoImmutable(folder);
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
