/**
 * A small non-blocking STOMP 1.2 over WebSocket client: thousands of sessions on a few
 * selector threads, each able to bind its own source address (which
 * java.net.http.WebSocket cannot).
 */
@NullMarked
package app.huddle.bench.stomp;

import org.jspecify.annotations.NullMarked;
