@NullMarked
package app.huddle.api.activity;

import org.jspecify.annotations.NullMarked;
