package org.nianbao.collect;

/**
 * One row of a returned metrics sheet.
 *
 * @param row      0-based row index, for the cell address
 * @param metricId the id in the hidden column, or null when it was cleared
 */
record FormRow(int row, Long metricId, String name, String unit, CellInput value, String note) {
}
