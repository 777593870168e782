package org.nianbao.layout.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.nianbao.layout.FontRole;

/**
 * The fonts installed on this computer, found by family name in the font folders of Windows, Linux
 * and macOS (and in the folders the system property {@code nianbao.fonts} lists first), and the face
 * each role of the official format prints in: the font the standard names where it is installed,
 * else the closest installed Chinese face of the same kind (宋/仿宋 → a serif, 黑体 → a sans, 楷体 →
 * a kai or a serif), which {@link Choice#substituted()} reports.
 */
public final class InstalledFonts {

    /** Installed Chinese faces by kind, the likeliest first: Windows, then Linux distributions. */
    private static final Map<FontRole.Kind, List<String>> SUBSTITUTES = Map.of(
            FontRole.Kind.SERIF, List.of("仿宋", "FangSong", "宋体", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC",
                    "Source Han Serif CN", "思源宋体", "AR PL UMing CN", "AR PL SungtiL GB", "Noto Serif CJK"),
            FontRole.Kind.SANS, List.of("黑体", "SimHei", "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", "Source Han Sans SC",
                    "思源黑体", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback"),
            FontRole.Kind.KAI, List.of("楷体", "KaiTi", "AR PL UKai CN", "AR PL KaitiM GB", "Noto Serif CJK SC",
                    "Source Han Serif SC", "AR PL UMing CN"),
            FontRole.Kind.LATIN, List.of("Times New Roman", "Liberation Serif", "Tinos", "Nimbus Roman", "DejaVu Serif"));

    /** The face a role prints in. */
    public record Choice(FontRole role, FontFace face, boolean substituted) {
    }

    private static volatile InstalledFonts system;

    private final List<FontFace> faces;
    private final Map<FontRole, Optional<Choice>> choices = new EnumMap<>(FontRole.class);
    private final Map<FontFace, TrueTypeFont> loaded = new ConcurrentHashMap<>();

    public InstalledFonts(List<FontFace> faces) {
        this.faces = List.copyOf(faces);
        for (FontRole role : FontRole.values()) {
            choices.put(role, choose(role));
        }
    }

    /** The fonts of this computer, scanned once. */
    public static InstalledFonts system() {
        InstalledFonts fonts = system;
        if (fonts == null) {
            synchronized (InstalledFonts.class) {
                fonts = system;
                if (fonts == null) {
                    fonts = new InstalledFonts(scan(folders()));
                    system = fonts;
                }
            }
        }
        return fonts;
    }

    /** The faces in the font files under these folders. */
    public static List<FontFace> scan(List<Path> folders) {
        List<FontFace> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, 6)) {
                files.filter(InstalledFonts::isFontFile).sorted().forEach(file -> {
                    try {
                        found.addAll(SfntNames.read(file));
                    } catch (IOException | RuntimeException e) {
                        // not a font we can read: skip it, as the system does
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // an unreadable folder holds no font we can use
            }
        }
        return found;
    }

    private static boolean isFontFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc") || name.endsWith(".otc");
    }

    /** Where fonts are installed: the folders of nianbao.fonts, then those of the system and the user. */
    static List<Path> folders() {
        List<Path> out = new ArrayList<>();
        String extra = System.getProperty("nianbao.fonts");
        if (extra != null && !extra.isBlank()) {
            for (String p : extra.split(java.io.File.pathSeparator)) {
                out.add(Path.of(p));
            }
        }
        String home = System.getProperty("user.home", "");
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            out.add(Path.of(windir, "Fonts"));
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            out.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        out.add(Path.of("/usr/share/fonts"));
        out.add(Path.of("/usr/local/share/fonts"));
        out.add(Path.of(home, ".fonts"));
        out.add(Path.of(home, ".local", "share", "fonts"));
        out.add(Path.of("/Library/Fonts"));
        out.add(Path.of("/System/Library/Fonts"));
        out.add(Path.of(home, "Library", "Fonts"));
        return out;
    }

    private Optional<Choice> choose(FontRole role) {
        for (String name : role.names()) {
            Optional<FontFace> face = byFamily(name, role.chinese());
            if (face.isPresent()) {
                return Optional.of(new Choice(role, face.get(), false));
            }
        }
        for (String name : SUBSTITUTES.get(role.kind())) {
            Optional<FontFace> face = byFamily(name, role.chinese());
            if (face.isPresent()) {
                return Optional.of(new Choice(role, face.get(), true));
            }
        }
        if (role.chinese()) {
            return faces.stream().filter(FontFace::chinese).max(java.util.Comparator.comparingInt(InstalledFonts::rank))
                    .map(f -> new Choice(role, f, true));
        }
        return Optional.empty();
    }

    /**
     * A face of that family: the regular one, and of two regular ones the one with TrueType outlines
     * (it can be subset everywhere).
     */
    private Optional<FontFace> byFamily(String name, boolean chinese) {
        FontFace best = null;
        for (FontFace face : faces) {
            if (face.hasFamily(name) && (!chinese || face.chinese())) {
                if (best == null || rank(face) > rank(best)) {
                    best = face;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int rank(FontFace face) {
        return (face.regular() ? 2 : 0) + (face.cff() ? 0 : 1);
    }

    /** The face a role prints in; empty when no Chinese face (or, for Latin, no serif) is installed. */
    public Optional<Choice> choice(FontRole role) {
        return choices.get(role);
    }

    /** Whether any Chinese face is installed at all. */
    public boolean hasChinese() {
        return faces.stream().anyMatch(FontFace::chinese);
    }

    /** The roles printed in another face than the one the standard names, as "仿宋_GB2312 → Noto Serif CJK SC". */
    public List<String> substitutions() {
        List<String> out = new ArrayList<>();
        for (FontRole role : FontRole.values()) {
            choice(role).filter(Choice::substituted)
                    .ifPresent(c -> out.add(role.wordName() + " → " + c.face().family()));
        }
        return out;
    }

    /** The face parsed by fontbox, once: its metrics, cmap and outlines. */
    public TrueTypeFont load(FontFace face) {
        return loaded.computeIfAbsent(face, f -> {
            try {
                String name = f.file().getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".ttc") || name.endsWith(".otc")) {
                    // the collection stays open: the font reads its tables from it as they are needed
                    TrueTypeCollection collection = new TrueTypeCollection(f.file().toFile());
                    TrueTypeFont font = collection.getFontByName(f.postScriptName());
                    if (font == null) {
                        throw new IOException("no face " + f.postScriptName() + " in " + f.file());
                    }
                    return font;
                }
                RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(f.file().toFile());
                return f.cff() ? new OTFParser().parse(in) : new TTFParser().parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public List<FontFace> faces() {
        return faces;
    }
}
