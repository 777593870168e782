package org.nianbao.store;

import java.util.List;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.model.Section;

/** Next year's report made from this year's: what carries over and what starts empty. */
final class YearCopy {

    private YearCopy() {
    }

    static Report of(Report old, int newYear) {
        String title = old.title().replace(old.year() + "年", newYear + "年");
        List<Metric> metrics = old.metrics().stream()
                .map(m -> m.withId(null).withPriorValue(m.value()).withValue(null))
                .toList();
        return new Report(null, newYear, title, old.issuers(), old.recipient(), null, old.preamble(),
                withoutIds(old.sections()), metrics,
                old.problems().stream().map(p -> p.withId(null)).toList(),
                old.attachments().stream().map(a -> a.withId(null)).toList(),
                old.settings());
    }

    private static List<Section> withoutIds(List<Section> sections) {
        // last year's file and its numbering are not this year's (decision 0015)
        return sections.stream().map(s -> s.withId(null).withWritten(null).withChildren(withoutIds(s.children())))
                .toList();
    }
}
