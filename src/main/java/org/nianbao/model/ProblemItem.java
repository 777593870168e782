package org.nianbao.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One shortcoming in the problem list (存在的不足和原因), with what is done about it.
 *
 * @param text             the problem as the report states it, without its 一是/二是 marker
 * @param category         e.g. 行政决策, 行政执法; empty when not classified
 * @param responsibleUnit  责任单位
 * @param measure          整改措施
 * @param deadline         整改时限, or null
 */
public record ProblemItem(
        Long id,
        String text,
        String category,
        String responsibleUnit,
        String measure,
        LocalDate deadline,
        ProblemStatus status) {

    public ProblemItem {
        Objects.requireNonNull(text, "text");
        category = category == null ? "" : category;
        responsibleUnit = responsibleUnit == null ? "" : responsibleUnit;
        measure = measure == null ? "" : measure;
        status = status == null ? ProblemStatus.OPEN : status;
    }

    public static ProblemItem of(String text) {
        return new ProblemItem(null, text, "", "", "", null, ProblemStatus.OPEN);
    }

    public ProblemItem withId(Long newId) {
        return new ProblemItem(newId, text, category, responsibleUnit, measure, deadline, status);
    }
}
