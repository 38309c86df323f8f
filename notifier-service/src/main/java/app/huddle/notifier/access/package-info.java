@NullMarked
package app.huddle.notifier.access;

import org.jspecify.annotations.NullMarked;
