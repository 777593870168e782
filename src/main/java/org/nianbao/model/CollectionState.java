package org.nianbao.model;

/** Where a department stands in the collection round (数据收集). */
public enum CollectionState {
    /** 未发送: no form made for it yet. */
    NOT_SENT,
    /** 已发送: its form was made and is out. */
    SENT,
    /** 已收回: its form came back and was stored, but some figures are still empty. */
    RETURNED,
    /** 有问题: a returned form was refused; the department or the officer has to fix it. */
    PROBLEMS,
    /** 已完成: every figure it owes is in. */
    COMPLETE
}
