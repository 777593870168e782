/**
 * The report checker: {@link org.nianbao.check.ReportChecker#check} turns a report into findings
 * ({@link org.nianbao.check.CheckReport}), written for the command line by
 * {@link org.nianbao.check.FindingsText} and {@link org.nianbao.check.FindingsJson}.
 *
 * <h2>Rules (the {@code rule} of a finding)</h2>
 * <p>{@link org.nianbao.check.RuleId} is the one list of these ids, with each one's usual severity and
 * description; every rule names the ids it reports and gives an example it lets pass and one it
 * catches for each ({@code Rule#examples()}, all run by RuleExamplesTest). Rules never call each other:
 * what several report alike (a ratio's findings) is built in {@link org.nianbao.check.Findings}.
 * <table>
 * <caption>Figure rules: status ok, mismatch or unverifiable</caption>
 * <tr><td>rate</td><td>a named rate (通过率, 办结率…, see {@link org.nianbao.check.RateLibrary}) recomputed
 *     from the counts its definition names, found in the same or neighbouring sentences or the metrics;
 *     a definition written in the text ("结收比（结案数/收案数）") wins; a rate the library does not know
 *     (化解率, 满意率, 回访率…) is inferred from the text and can only be verified
 *     ({@link org.nianbao.check.InferredRates})</td></tr>
 * <tr><td>share</td><td>占N%: the part before it over the whole its list hangs from (never a difference,
 *     never a sibling category), or the whole the text names by its measure</td></tr>
 * <tr><td>growth</td><td>同比增长/下降N%, from "N件（上年M件）" pairs, or from a {{指标名}} reference and
 *     that metric's prior value (上年数) in the metrics table</td></tr>
 * <tr><td>points</td><td>提高/下降N个百分点, from two rates (or a rate reference and its prior value)</td></tr>
 * <tr><td>sum</td><td>a breakdown (其中…, 包括…, or paragraphs listed under "…：") against its total</td></tr>
 * <tr><td>over-100</td><td>a share or bounded rate above 100%</td></tr>
 * <tr><td>numerator-exceeds-denominator</td><td>the count divided is larger than the one it is divided by</td></tr>
 * <tr><td>zero-denominator</td><td>a rate or growth over zero</td></tr>
 * <tr><td>metric-formula</td><td>a derived metric's stored value against its recomputation; a bad formula</td></tr>
 * <tr><td>metric-prose</td><td>prose stating a figure the metrics table contradicts</td></tr>
 * </table>
 * <table>
 * <caption>Other rules: status violation</caption>
 * <tr><td>metric-reference</td><td>a {{指标名}} naming no metric, or one without a value</td></tr>
 * <tr><td>growth-direction</td><td>增长 where the figure fell, 下降 where it rose</td></tr>
 * <tr><td>outline</td><td>parts missing against the {@link org.nianbao.check.OutlineTemplate} (warning), order</td></tr>
 * <tr><td>numbering</td><td>a number left in a heading's text; hand-numbered paragraphs that skip; a gap in
 *     the headings' numbers as the imported file wrote them (decision 0015)</td></tr>
 * <tr><td>enumeration</td><td>一是/二是/四是 sequences that skip or go back</td></tr>
 * <tr><td>stale-year</td><td>a year other than the report's in the title, headings or preamble</td></tr>
 * <tr><td>date-format</td><td>2021年01月05日 or 2021-1-5 instead of 2021年1月5日</td></tr>
 * <tr><td>impossible-date</td><td>a date no calendar has: 2023年13月45日, 2023年2月29日, 4月31日 (an error)</td></tr>
 * <tr><td>deadline</td><td>the report dated on or after 4月1日 of the following year (or not dated)</td></tr>
 * <tr><td>punctuation</td><td>half-width punctuation in Chinese text, one finding per paragraph</td></tr>
 * </table>
 *
 * <p>Decision 0007: a figure is a mismatch only when its reading is certain; otherwise it is
 * unverifiable and the finding lists the readings tried. A figure that only truncation gives (99.96%
 * written 99.9%) is ok with a note. {@link org.nianbao.check.ReportChecker#forMaterial()} checks text
 * that is not a report (no outline, year or deadline). Derived metrics come from
 * {@link org.nianbao.figures.DerivedFigures}, as in the export and the window.
 *
 * <p>Severity and messages: every finding is built in {@link org.nianbao.check.Findings}, which takes
 * the severity from the rule's {@link org.nianbao.check.RuleId#severity()} and the message from
 * {@code messages.properties} under {@code <rule id>.<key>}. A verified figure and an unverifiable one
 * are {@code info}; the few exceptions (a rate whose definition varies, a breakdown short of its total,
 * a count against the metrics table: warnings; an outline part written into another, an undated
 * draft: info) are listed, with their reasons, in {@code Findings.LOWERED}.
 */
package org.nianbao.check;
