package app.huddle.notifier.relay;

import java.util.LinkedHashMap;
import java.util.Map;

import app.huddle.notifier.NotifierSettings;

import org.springframework.stereotype.Component;

/** The ids of the last envelopes relayed, so a second copy from the outbox is dropped. */
@Component
class RecentEnvelopeIds {

	private final Map<String, Boolean> ids;

	RecentEnvelopeIds(NotifierSettings settings) {
		int capacity = settings.recentEnvelopeIds();
		this.ids = new LinkedHashMap<>(capacity * 4 / 3 + 1) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
				return size() > capacity;
			}
		};
	}

	synchronized boolean contains(String id) {
		return ids.containsKey(id);
	}

	synchronized void remember(String id) {
		ids.put(id, Boolean.TRUE);
	}

}
