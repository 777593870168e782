package org.nianbao.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.app.UserSettings;

class MessagesTest {

    @Test
    void chineseIsShownOnAMachineSetToEnglish() {
        Locale before = Locale.getDefault();
        String chosen = System.clearProperty(Messages.LOCALE_PROPERTY);
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.load().get("menu.file")).isEqualTo("文件");
        } finally {
            Locale.setDefault(before);
            if (chosen != null) {
                System.setProperty(Messages.LOCALE_PROPERTY, chosen);
            }
        }
    }

    @Test
    void aUserSettingChoosesEnglish() {
        System.setProperty(Messages.LOCALE_PROPERTY, "en");
        try {
            assertThat(Messages.load().get("menu.file")).isEqualTo("File");
        } finally {
            System.clearProperty(Messages.LOCALE_PROPERTY);
        }
    }

    @Test
    void theUsersLanguageSettingIsHonouredAndChineseIsTheDefault() throws Exception {
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot()
                .node("org/nianbao/test/language" + System.nanoTime());
        try {
            UserSettings settings = new UserSettings(node);
            assertThat(Messages.load(settings.language()).get("menu.edit")).isEqualTo("编辑");
            settings.setLanguage("en");
            assertThat(Messages.load(settings.language()).get("menu.edit")).isEqualTo("Edit");
        } finally {
            node.removeNode();
        }
    }

    @Test
    void everyChineseKeyHasAnEnglishFallbackAndTheOtherWayRound() throws Exception {
        Properties zh = read("/org/nianbao/ui/messages_zh_CN.properties");
        Properties en = read("/org/nianbao/ui/messages.properties");
        assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    }

    private static Properties read(String name) throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(Messages.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
