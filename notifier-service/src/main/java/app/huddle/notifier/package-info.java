@NullMarked
package app.huddle.notifier;

import org.jspecify.annotations.NullMarked;
