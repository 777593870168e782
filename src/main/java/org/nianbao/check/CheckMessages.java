package org.nianbao.check;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The checker's messages to the officer, read from {@code org/nianbao/check/messages.properties}
 * (UTF-8, Chinese: the checker speaks only Chinese). Arguments are inserted as written: a number is
 * passed through {@link String#valueOf} first, so 2021 stays 2021 and never becomes "2,021". Rules
 * do not call this: they report through {@link Findings}, which names the key after the rule.
 */
final class CheckMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.nianbao.check.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private CheckMessages() {
    }

    /** The message {@code key} with {0}, {1}… replaced by the arguments as text. */
    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(texts);
    }
}
