package org.nianbao.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's database lives when nothing else is said: the per-user data folder of the
 * platform, so a backup of the profile takes the reports along. {@code --db} and the environment
 * variable {@value #ENV_VARIABLE} choose another.
 */
public final class DatabaseLocation {

    public static final String ENV_VARIABLE = "NIANBAO_DB";
    public static final String FILE_NAME = "nianbao.db";

    private DatabaseLocation() {
    }

    /** The database to use: the explicit path, else {@value #ENV_VARIABLE}, else the default. */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return dataFolder(env, osName, home).resolve(FILE_NAME);
    }

    static Path dataFolder(Map<String, String> env, String osName, String home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Nianbao");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Nianbao");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("nianbao");
    }
}
