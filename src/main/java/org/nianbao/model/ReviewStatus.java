package org.nianbao.model;

/** Nothing reaches the report until the officer accepts. */
public enum ReviewStatus {
    PENDING, ACCEPTED, REJECTED
}
