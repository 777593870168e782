package org.nianbao.layout;

/** A horizontal line: the red separator of the header block, the rules of the end block (points). */
public record Rule(double x1, double x2, double y, double thickness, int color) {
}
