package org.nianbao.ui.session;

import java.util.ArrayList;
import java.util.List;

/** Copies of immutable model lists with one row changed. */
public final class Lists {

    private Lists() {
    }

    public static <T> List<T> with(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return List.copyOf(copy);
    }

    public static <T> List<T> plus(List<T> list, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(value);
        return List.copyOf(copy);
    }

    public static <T> List<T> without(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return List.copyOf(copy);
    }
}
