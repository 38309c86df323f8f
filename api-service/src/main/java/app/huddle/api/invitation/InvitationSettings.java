package app.huddle.api.invitation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long an invitation stays open. */
@ConfigurationProperties("huddle.api.invitations")
record InvitationSettings(@DefaultValue("7d") Duration timeToLive) {
}
