package app.huddle.api.readmarker;

import java.util.Map;

import app.huddle.api.membership.Memberships;
import app.huddle.api.notification.PersonalSignals;
import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.RetryOnFailover;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' read markers: moving them forward, and the unread counts the team list shows.
 */
@Service
@RetryOnFailover
public class ReadMarkerService {

	private final ReadMarkers markers;

	private final PersonalSignals signals;

	ReadMarkerService(ReadMarkers markers, PersonalSignals signals) {
		this.markers = markers;
		this.signals = signals;
	}

	/**
	 * Moves the caller's marker forward to {@code seq}; a marker already there or beyond
	 * stays (so retries and out-of-order writes from several tabs are harmless). Only a
	 * real move tells the caller's other tabs and devices.
	 */
	@Transactional
	ReadMarker markRead(CurrentUser me, long teamId, long seq) {
		Reading before = markers.of(me.id(), teamId).orElseThrow(() -> Memberships.teamNotFound(teamId));
		if (seq > before.lastSeq()) {
			throw HuddleException.badRequest("seq " + seq + " is beyond the latest seq of team " + teamId + " ("
					+ before.lastSeq() + "); mark read only what you have received.");
		}
		boolean moved = markers.moveForward(teamId, me.id(), seq);
		Reading after = markers.of(me.id(), teamId).orElseThrow();
		ReadMarker marker = new ReadMarker(teamId, after.readSeq(), after.unread());
		if (moved) {
			signals.send(me.id(), teamId, new ReadMarkerMoved(marker));
		}
		return marker;
	}

	/** The caller's reading of each of their teams, by team id. */
	@Transactional(readOnly = true)
	public Map<Long, Reading> readings(long userId) {
		return markers.of(userId);
	}

	/** The caller's reading of one team they are known to belong to. */
	@Transactional(readOnly = true)
	public Reading reading(long userId, long teamId) {
		return markers.of(userId, teamId).orElseThrow(() -> Memberships.teamNotFound(teamId));
	}

}
