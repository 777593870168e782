package org.nianbao.model;

/**
 * 字体方案: which faces the export names. 仿宋_GB2312, 楷体_GB2312 and 方正小标宋简体 are on most
 * government machines but not on a stock Windows 10/11, where Word substitutes silently.
 */
public enum FontScheme {
    /** The GB2312 faces government templates name (the default). */
    GB2312,
    /** The faces that ship with Windows: 仿宋, 楷体, 黑体, and 宋体 for the title. */
    WINDOWS,
    /** The faces of the office's own template, as it names them (needs a template). */
    TEMPLATE
}
