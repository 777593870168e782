package org.nianbao.ui.common;

/** Who is at the keyboard, as decisions and typed figures record it: the system user, else 起草人. */
public final class Officer {

    private Officer() {
    }

    public static String name(Messages m) {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? m.get("review.officer") : user;
    }
}
