package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    @Test
    void linuxUsesTheXdgDataFolder() {
        assertThat(DatabaseLocation.resolve(null, Map.of(), "Linux", "/home/li"))
                .isEqualTo(Path.of("/home/li/.local/share/nianbao/nianbao.db"));
        assertThat(DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/li"))
                .isEqualTo(Path.of("/data/nianbao/nianbao.db"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DatabaseLocation.resolve(null, Map.of("APPDATA", "/users/li/AppData/Roaming"), "Windows 10", "/users/li"))
                .isEqualTo(Path.of("/users/li/AppData/Roaming/Nianbao/nianbao.db"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DatabaseLocation.resolve(null, Map.of(), "Mac OS X", "/Users/li"))
                .isEqualTo(Path.of("/Users/li/Library/Application Support/Nianbao/nianbao.db"));
    }

    @Test
    void anExplicitPathWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> env = Map.of(DatabaseLocation.ENV_VARIABLE, "/tmp/env.db");
        assertThat(DatabaseLocation.resolve(Path.of("/x/y.db"), env, "Linux", "/home/li")).isEqualTo(Path.of("/x/y.db"));
        assertThat(DatabaseLocation.resolve(null, env, "Linux", "/home/li")).isEqualTo(Path.of("/tmp/env.db"));
    }
}
