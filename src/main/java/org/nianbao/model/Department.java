package org.nianbao.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A department that supplies figures and written material for a report (报送部门), such as 公安分局.
 * A metric names its department by {@link Metric#department()}, which is this name.
 *
 * @param owes       the written material it owes (素材): a section heading or a topic; empty when none
 * @param sentAt     when its form was last made, or null
 * @param returnedAt when its form last came back, or null
 */
public record Department(
        Long id,
        String name,
        String contact,
        String phone,
        String owes,
        CollectionState state,
        LocalDateTime sentAt,
        LocalDateTime returnedAt) {

    public Department {
        Objects.requireNonNull(name, "name");
        contact = contact == null ? "" : contact;
        phone = phone == null ? "" : phone;
        owes = owes == null ? "" : owes;
        state = state == null ? CollectionState.NOT_SENT : state;
    }

    /** A department not stored yet, nothing sent. */
    public static Department of(String name, String contact, String phone, String owes) {
        return new Department(null, name, contact, phone, owes, CollectionState.NOT_SENT, null, null);
    }

    public Department withId(Long newId) {
        return new Department(newId, name, contact, phone, owes, state, sentAt, returnedAt);
    }
}
