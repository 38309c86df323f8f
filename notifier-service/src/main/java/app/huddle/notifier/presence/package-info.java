/**
 * Who is online in a team and who is typing: ephemeral signals shared by the notifier
 * instances over a RabbitMQ exchange of their own, never stored, never given a seq.
 */
@NullMarked
package app.huddle.notifier.presence;

import org.jspecify.annotations.NullMarked;
