@NullMarked
package app.huddle.api.chat;

import org.jspecify.annotations.NullMarked;
