/**
 * The Huddle benchmark harness: real HTTP posters and STOMP subscribers against a running
 * stack.
 */
@NullMarked
package app.huddle.bench;

import org.jspecify.annotations.NullMarked;
