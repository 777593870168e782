package org.nianbao.ui.common;

import javafx.util.StringConverter;

/** Shows an enum constant by its words in the bundle: {@code prefix + name()}. */
public final class EnumNames {

    private EnumNames() {
    }

    public static <E extends Enum<E>> StringConverter<E> converter(Messages messages, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
