package app.huddle.api.limit;

/** The kinds of writes each user may only make so many of. */
public enum Write {

	MESSAGE("messages"), TEAM("teams"), INVITATION("invitations"), EVENT("events");

	final String plural;

	Write(String plural) {
		this.plural = plural;
	}

}
