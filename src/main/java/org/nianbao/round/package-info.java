/**
 * Coordinating classes that compose services for the command line and the window (decision 0002:
 * services do not use each other). {@link org.nianbao.round.CollectionRound} runs the collection
 * round: forms out, returned forms validated and stored, the checker run on what came back.
 */
package org.nianbao.round;
