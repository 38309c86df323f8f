/**
 * How many writes of each kind one user may make: messages, teams, invitations, events.
 */
@NullMarked
package app.huddle.api.limit;

import org.jspecify.annotations.NullMarked;
