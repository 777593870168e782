package org.nianbao.importing;

import org.nianbao.model.BadInputException;

/**
 * A file without the headings of a report (no 一、): refused by the import, which must rebuild an
 * outline, but still readable as material whose figures can be checked
 * ({@link ReportImporter#readMaterial}).
 */
public final class UnstructuredTextException extends BadInputException {

    UnstructuredTextException(String chinese, String english) {
        super(chinese, english);
    }
}
