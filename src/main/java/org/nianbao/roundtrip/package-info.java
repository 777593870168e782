/**
 * Use cases that need two services, composed here because services do not use each other (decision
 * 0002): an export that records its snapshot (export + store), a returned file read against that
 * snapshot and its changes accepted with the checker's view of the result (review + check + store).
 * The window and the command line both use these classes.
 */
package org.nianbao.roundtrip;
