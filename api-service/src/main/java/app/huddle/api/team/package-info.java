@NullMarked
package app.huddle.api.team;

import org.jspecify.annotations.NullMarked;
