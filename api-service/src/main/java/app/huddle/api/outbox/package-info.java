@NullMarked
package app.huddle.api.outbox;

import org.jspecify.annotations.NullMarked;
