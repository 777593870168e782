package org.nianbao.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;

/**
 * Imports a report from a .txt (UTF-8, UTF-8 with BOM, GBK/GB18030, UTF-16 with BOM) or a .docx.
 * The format follows from the content and the extension together: a file whose content
 * contradicts its name is refused with a message saying how to fix it, never guessed at.
 */
public final class ReportImporter {

    /** Far above any annual report (a 100-page .txt is under 1 MB), low enough to never exhaust memory. */
    static final long MAX_TEXT_BYTES = 20L * 1024 * 1024;
    static final long MAX_DOCX_BYTES = 200L * 1024 * 1024;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** Names of Word (and WPS) files: their content must be a Word package, never plain text. */
    private static final Set<String> WORD_EXTENSIONS = Set.of("docx", "docm", "dotx", "dotm", "doc", "dot", "wps");

    private final ImportOptions options;

    public ReportImporter() {
        this(ImportOptions.defaults());
    }

    public ReportImporter(ImportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The report the file holds, with id null and no metrics yet.
     *
     * @throws BadInputException when the file is missing, empty, not a report or damaged
     */
    public Report read(Path file) {
        return ReportStructureParser.parse(lines(file), options, file);
    }

    /**
     * Any text with figures, a department's material or a press release, as one section of
     * paragraphs, one per line: nothing is refused for lack of headings (everything else is refused as
     * by {@link #read}). The title is the file's name.
     */
    public Report readMaterial(Path file) {
        return ReportStructureParser.material(lines(file), options, file);
    }

    private List<SourceLine> lines(Path file) {
        byte[] bytes = readBytes(file);
        String extension = extension(file);
        List<SourceLine> lines;
        if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
            if (extension.equals("txt")) {
                throw ImportErrors.zipNamedTxt(file);
            }
            lines = DocxLineReader.read(bytes, file);
        } else if (startsWith(bytes, OLE2_MAGIC)) {
            throw oleError(bytes, file);
        } else if (WORD_EXTENSIONS.contains(extension)) {
            throw TextDecoder.isText(bytes) ? ImportErrors.textNamedWord(file, extension) : ImportErrors.docxNotZip(file);
        } else {
            KnownBinaryFormats.identify(bytes).ifPresent(kind -> {
                throw ImportErrors.knownBinaryFormat(file, kind);
            });
            lines = TextLines.split(TextDecoder.decode(bytes, file));
        }
        return lines;
    }

    private static byte[] readBytes(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw ImportErrors.missing(file);
        }
        if (!Files.isRegularFile(file)) {
            throw ImportErrors.notAFile(file);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw ImportErrors.empty(file);
            }
            long limit = WORD_EXTENSIONS.contains(extension(file)) ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
            if (size > limit) {
                throw ImportErrors.tooLarge(file, size, limit);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ImportErrors.missing(file);
        } catch (AccessDeniedException e) {
            throw ImportErrors.unreadable(file, e);
        } catch (IOException e) {
            throw ImportErrors.unreadable(file, e);
        }
    }

    /**
     * An OLE2 (compound file) container: Word puts an encrypted .docx in one, and it is also the old
     * .doc format. Which one it is shows in its entries.
     */
    private static BadInputException oleError(byte[] bytes, Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return ImportErrors.passwordProtected(file);
            }
            if (root.hasEntryCaseInsensitive("WordDocument") || extension(file).equals("wps")) {
                return ImportErrors.legacyDoc(file);
            }
            return ImportErrors.notWordDocument(file);
        } catch (IOException | RuntimeException e) {
            return ImportErrors.damagedDocx(file, e);
        }
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
