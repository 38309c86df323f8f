@NullMarked
package app.huddle.notifier.websocket;

import org.jspecify.annotations.NullMarked;
