package org.nianbao.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: the last report opened in each database, and the recent
 * database files. Kept in the user's Java preferences, so nothing is written next to the reports.
 */
public final class UserSettings {

    private static final int RECENT_MAX = 8;
    private static final String RECENT = "recent";
    private static final String LANGUAGE = "language";
    private static final String COLUMNS = "columns.";

    private final Preferences node;

    public UserSettings(Preferences node) {
        this.node = node;
    }

    public static UserSettings forUser() {
        return new UserSettings(Preferences.userRoot().node("org/nianbao/ui"));
    }

    /** The UI language the user chose (a language tag, "en"), or null for the default Chinese. */
    public String language() {
        String tag = node.get(LANGUAGE, "");
        return tag.isBlank() ? null : tag;
    }

    public void setLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            node.remove(LANGUAGE);
        } else {
            node.put(LANGUAGE, tag);
        }
    }

    public OptionalLong lastReport(Path database) {
        long id = node.getLong(key(database), -1);
        return id < 0 ? OptionalLong.empty() : OptionalLong.of(id);
    }

    public void rememberReport(Path database, long reportId) {
        node.putLong(key(database), reportId);
        List<String> recent = new ArrayList<>(recentDatabases().stream().map(Path::toString).toList());
        String file = database.toAbsolutePath().toString();
        recent.remove(file);
        recent.add(0, file);
        node.put(RECENT, String.join("\n", recent.subList(0, Math.min(RECENT_MAX, recent.size()))));
    }

    public List<Path> recentDatabases() {
        String stored = node.get(RECENT, "");
        return stored.isBlank() ? List.of() : Arrays.stream(stored.split("\n")).map(Path::of).toList();
    }

    /** The column widths the officer gave a table (by its id), if any. */
    public java.util.Optional<double[]> columnWidths(String table) {
        return numbers(COLUMNS + table);
    }

    public void rememberColumnWidths(String table, double[] widths) {
        rememberNumbers(COLUMNS + table, widths);
    }

    /** Numbers kept under a key (a window's place, a table's widths), if any. */
    public java.util.Optional<double[]> numbers(String key) {
        String stored = node.get(key, "");
        if (stored.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Arrays.stream(stored.split(",")).mapToDouble(Double::parseDouble).toArray());
        } catch (NumberFormatException e) {
            return java.util.Optional.empty(); // written by another version: the default widths do
        }
    }

    public void rememberNumbers(String key, double[] numbers) {
        node.put(key, String.join(",", Arrays.stream(numbers).mapToObj(String::valueOf).toList()));
    }

    /** The folder the report was last exported to, else the user's documents folder. */
    public Path exportFolder(Path database, long reportId) {
        String stored = node.get(exportKey(database, reportId), "");
        if (!stored.isBlank() && java.nio.file.Files.isDirectory(Path.of(stored))) {
            return Path.of(stored);
        }
        Path home = Path.of(System.getProperty("user.home"));
        return java.util.stream.Stream.of("Documents", "文档", "My Documents").map(home::resolve)
                .filter(java.nio.file.Files::isDirectory).findFirst().orElse(home);
    }

    public void rememberExportFolder(Path database, long reportId, Path folder) {
        node.put(exportKey(database, reportId), folder.toAbsolutePath().toString());
    }

    private static String exportKey(Path database, long reportId) {
        return "export." + Integer.toHexString(database.toAbsolutePath().normalize().toString().hashCode()) + "." + reportId;
    }

    private static String key(Path database) {
        // Preferences keys are at most 80 characters: a hash of the path names the database.
        return "last." + Integer.toHexString(database.toAbsolutePath().normalize().toString().hashCode());
    }
}
