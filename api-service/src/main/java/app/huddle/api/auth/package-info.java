@NullMarked
package app.huddle.api.auth;

import org.jspecify.annotations.NullMarked;
