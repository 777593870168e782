package org.nianbao.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.nianbao.model.BadInputException;

/**
 * What an export may replace. The write renames a new file over the target, which would silently
 * turn a device into a file, a link into a copy, or undo a file the officer protected; so only a
 * regular file (or a link to one in the same folder, written through) is replaced, and a read-only
 * one only when the officer asks for it.
 */
public final class ExportTarget {

    private ExportTarget() {
    }

    /**
     * The file to write for {@code absolute}: itself, or the file a link in the same folder points to.
     *
     * @throws BadInputException for a device, a pipe, a dangling link or a link out of the folder
     */
    public static Path replaceable(Path absolute) {
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return absolute;
        }
        if (Files.isSymbolicLink(absolute)) {
            Path real;
            try {
                real = absolute.toRealPath();
            } catch (IOException e) {
                throw link(absolute);
            }
            Path folder = absolute.getParent();
            try {
                folder = folder.toRealPath();
            } catch (IOException e) {
                throw link(absolute);
            }
            if (!Files.isRegularFile(real) || !folder.equals(real.getParent())) {
                throw link(absolute);
            }
            return real;
        }
        if (!Files.isDirectory(absolute) && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException("无法写入 " + absolute + "：这不是普通文件（可能是设备或管道），为安全起见不会替换，请另选文件名",
                    "cannot write " + absolute + ": not a regular file (a device or a pipe); it is never replaced");
        }
        return absolute;
    }

    private static BadInputException link(Path absolute) {
        return new BadInputException("无法写入 " + absolute + "：这是指向其他文件夹（或不存在的文件）的链接，不是普通文件，"
                + "为安全起见不会替换，请另选文件名",
                "cannot write " + absolute + ": a link out of its folder (or to nothing), not a regular file; it is never replaced");
    }

    /**
     * True when the file exists and is marked read-only: no write permission for its owner (checked on
     * the bits, since root ignores them), or the read-only attribute on Windows.
     */
    public static boolean isProtected(Path target) {
        Path file = target.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                return !permissions.contains(PosixFilePermission.OWNER_WRITE) || !Files.isWritable(file);
            }
            DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
            return dos != null && dos.readAttributes().isReadOnly() || !Files.isWritable(file);
        } catch (IOException e) {
            return !Files.isWritable(file);
        }
    }

    /**
     * Refuses a target the user protected, as the window does: there is no --force there; the user
     * chooses another name or lifts the protection first.
     */
    public static void requireUnprotected(Path target) {
        if (isProtected(target)) {
            throw new BadInputException("“" + target.getFileName() + "”是只读文件（已被保护），未覆盖。"
                    + "请另选文件名，或先在文件属性中取消只读",
                    "the target " + target + " is read-only (protected); not replaced");
        }
    }

    static BadInputException diskFull(Path target, IOException cause) {
        return new BadInputException("无法写入 " + target + "：磁盘空间已满，原有文件未改动。请清理磁盘空间后重试",
                "cannot write " + target + ": the disk is full; the existing file is unchanged", cause);
    }
}
