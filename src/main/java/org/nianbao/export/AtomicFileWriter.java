package org.nianbao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.nianbao.model.BadInputException;

/** The export's name for {@link org.nianbao.files.AtomicFileWriter}, which the PDF and OFD writers share. */
final class AtomicFileWriter {

    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    static void write(Path target, Content content) {
        org.nianbao.files.AtomicFileWriter.write(target, content::writeTo);
    }

    static BadInputException unwritable(Path target, IOException e) {
        return org.nianbao.files.AtomicFileWriter.unwritable(target, e);
    }
}
