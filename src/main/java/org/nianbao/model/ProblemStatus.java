package org.nianbao.model;

/** Rectification status of a problem item (整改状态). */
public enum ProblemStatus {
    /** 待整改 */
    OPEN,
    /** 整改中 */
    IN_PROGRESS,
    /** 已整改 */
    RECTIFIED
}
