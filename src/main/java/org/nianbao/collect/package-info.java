/**
 * Collecting figures and written material from departments (数据收集, issue 13): one .xlsx form per
 * department out ({@link org.nianbao.collect.FormWriter}), returned forms read and validated before
 * anything is stored ({@link org.nianbao.collect.FormReader}, {@link org.nianbao.collect.ReturnCheck}).
 *
 * <p>Works on the model only, like the other services (decision 0002): the caller loads the report
 * and its departments from the store and stores the {@link org.nianbao.model.ReturnedForm} it gets.
 * POI XSSF is allowed here, as in importing and export.
 */
package org.nianbao.collect;
