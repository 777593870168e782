package org.nianbao.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's words, from the resource bundle. Chinese is shown whatever the JVM's locale is (the
 * officers work in Chinese on machines often set to English); the system property
 * {@value #LOCALE_PROPERTY} (e.g. {@code en}) or the user's setting chooses another language.
 */
public final class Messages {

    public static final String BUNDLE = "org.nianbao.ui.messages";
    public static final String LOCALE_PROPERTY = "nianbao.locale";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages load() {
        return load(null);
    }

    /**
     * The bundle of the language chosen by {@value #LOCALE_PROPERTY}, else by the user's setting
     * (a language tag such as {@code en}; null when none), else Chinese.
     */
    public static Messages load(String userChoice) {
        String chosen = System.getProperty(LOCALE_PROPERTY);
        if (chosen == null || chosen.isBlank()) {
            chosen = userChoice;
        }
        Locale locale = chosen == null || chosen.isBlank() ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(chosen);
        return of(locale);
    }

    public static Messages of(Locale locale) {
        // No fallback to the JVM's default locale: an English machine must still get Chinese.
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    /**
     * Makes JavaFX's own words (an empty table's placeholder, the dialog buttons) follow this language:
     * JavaFX takes them from the JVM's default locale, often English on office machines, and fixes
     * the button texts when it first loads them; so this runs before JavaFX starts.
     */
    public void applyToJavaFx() {
        Locale.setDefault(locale);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        MessageFormat format = new MessageFormat(get(key), bundle.getLocale());
        return format.format(args);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
