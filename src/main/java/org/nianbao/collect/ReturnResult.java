package org.nianbao.collect;

import java.util.List;
import org.nianbao.model.ReturnedForm;

/**
 * What validating a returned form found. The form can be stored only when {@link #form()} is
 * present: no problem, and every conflict decided.
 *
 * @param notices  what was read generously ("1,234" read as 1234), for the officer to glance at
 * @param missing  the department's metrics still without a value after this form
 */
public record ReturnResult(String department, List<FormProblem> problems, List<Conflict> conflicts,
                           List<String> notices, List<String> missing, ReturnedForm form) {

    public ReturnResult {
        problems = List.copyOf(problems);
        conflicts = List.copyOf(conflicts);
        notices = List.copyOf(notices);
        missing = List.copyOf(missing);
    }

    public boolean storable() {
        return form != null;
    }
}
