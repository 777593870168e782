package org.nianbao.model;

/** What a section is for, beyond its text. */
public enum SectionRole {
    ORDINARY,
    /** The part listing shortcomings (存在的不足/问题/困难): its items are the report's problem list. */
    PROBLEMS
}
