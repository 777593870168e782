package org.nianbao.importing;

import java.util.Optional;
import org.apache.poi.poifs.filesystem.FileMagic;

/** Names the kind of a file officers pick by mistake (a PDF, a scan), so the message can say so. */
final class KnownBinaryFormats {

    private KnownBinaryFormats() {
    }

    static Optional<String> identify(byte[] bytes) {
        if (bytes.length < 8) {
            return Optional.empty();
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        return Optional.ofNullable(switch (magic) {
            case PDF -> "PDF";
            case PNG -> "PNG 图片";
            case JPEG -> "JPEG 图片";
            case GIF -> "GIF 图片";
            case BMP -> "BMP 图片";
            case TIFF -> "TIFF 图片";
            case RTF -> "RTF";
            default -> null;
        });
    }
}
