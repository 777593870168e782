/**
 * Use cases that need two services, composed here because services do not use each other (decision
 * 0002). The window and the command line both use these classes:
 * <ul>
 *   <li>{@link org.nianbao.compose.ExportForReview}: an export that records its snapshot (export + store);
 *   <li>{@link org.nianbao.compose.ReviewSession}: a returned file read against that snapshot, its changes
 *       accepted with the checker's view of the result (review + check + store);
 *   <li>{@link org.nianbao.compose.CollectionRound}: the departments' forms out and back, validated, stored
 *       and checked (collect + store + importing + check);
 *   <li>{@link org.nianbao.compose.PageAwareCheck}: the checker's findings with the page rules of the
 *       layout (check + layout).
 * </ul>
 */
package org.nianbao.compose;
