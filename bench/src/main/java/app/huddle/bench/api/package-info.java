/** Huddle's REST API as the harness uses it: bench users, teams, chat posts. */
@NullMarked
package app.huddle.bench.api;

import org.jspecify.annotations.NullMarked;
