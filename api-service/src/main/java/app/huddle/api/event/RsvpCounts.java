package app.huddle.api.event;

import java.util.List;

/** How many members answered each way. */
record RsvpCounts(int going, int maybe, int declined) {

	static RsvpCounts of(List<Rsvp> responses) {
		int going = 0;
		int maybe = 0;
		int declined = 0;
		for (Rsvp rsvp : responses) {
			switch (rsvp.response()) {
				case GOING -> going++;
				case MAYBE -> maybe++;
				case DECLINED -> declined++;
			}
		}
		return new RsvpCounts(going, maybe, declined);
	}

}
