@NullMarked
package app.huddle.notifier.relay;

import org.jspecify.annotations.NullMarked;
