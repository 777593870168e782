package org.nianbao.check;

import java.util.List;

/** One kind of check: reads the context and adds its findings. */
interface Rule {
    void check(CheckContext context, List<Finding> out);
}
