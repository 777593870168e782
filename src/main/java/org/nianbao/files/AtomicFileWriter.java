package org.nianbao.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.nianbao.model.BadInputException;

/**
 * Writes a file so that it is either the whole new file or the untouched old one: the content goes to
 * a temporary file in the target's folder (same file system, so the move is a rename), is forced to
 * disk, and is then moved onto the target in one step. A crash, a kill or an exception midway leaves
 * the previous file as it was. The .docx, PDF and OFD exports all write through it.
 */
public final class AtomicFileWriter {

    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    public static void write(Path target, Content content) {
        Path absolute = ExportTarget.replaceable(target.toAbsolutePath().normalize());
        Path folder = absolute.getParent();
        if (folder == null || !Files.exists(folder)) {
            throw new BadInputException("无法写入 " + absolute + "：文件夹不存在",
                    "cannot write " + absolute + ": the folder does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("无法写入 " + absolute + "：" + folder + " 不是文件夹",
                    "cannot write " + absolute + ": " + folder + " is not a folder");
        }
        if (Files.isDirectory(absolute)) {
            throw new BadInputException("无法写入 " + absolute + "：这是一个文件夹，请给出文件名",
                    "cannot write " + absolute + ": it is a folder, give a file name");
        }
        Path temp = null;
        try {
            // created like any new file (permissions from the umask), hidden, removed at exit if a
            // kill stops us before the move; CREATE_NEW makes a clash with another writer an error
            temp = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                temp.toFile().deleteOnExit();
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(temp, absolute);
            temp = null;
        } catch (IOException e) {
            throw unwritable(absolute, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and removed at exit; the target is untouched
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some network shares cannot rename over a file: replacing is the best they allow
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static BadInputException unwritable(Path target, IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        if (reason.contains("another process") || reason.contains("locked")) {
            // Windows: the file is open in Word or WPS
            return new BadInputException("无法写入 " + target + "：文件正被其他程序占用（是否正在 Word 或 WPS 中打开？请关闭后重试）",
                    "cannot write " + target + ": the file is in use (open in Word or WPS? close it and retry)", e);
        }
        if (reason.contains("No space left")) {
            return ExportTarget.diskFull(target, e);
        }
        if (reason.contains("Read-only file system")) {
            return new BadInputException("无法写入 " + target + "：文件夹是只读的",
                    "cannot write " + target + ": the folder is read-only", e);
        }
        if (e instanceof AccessDeniedException) {
            return new BadInputException("无法写入 " + target + "：没有写入权限，或文件正在 Word 或 WPS 中打开（请关闭后重试）",
                    "cannot write " + target + ": access denied, or the file is open in Word or WPS (close it and retry)", e);
        }
        if (e instanceof NoSuchFileException) {
            // the folder exists (checked before), yet a file cannot be made in it
            return new BadInputException("无法写入 " + target + "：该文件夹不允许新建文件",
                    "cannot write " + target + ": the folder does not allow new files", e);
        }
        return new BadInputException("无法写入 " + target + "：" + reason, "cannot write " + target + ": " + reason, e);
    }
}
