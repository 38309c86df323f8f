package app.huddle.api.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Spring Session moves a session's last access time on every request, which marks the
 * session changed and costs an {@code UPDATE} in a transaction of its own on every API
 * call. Here the time moves only once the stored one is a minute old; attributes, id and
 * principal are saved as before, and a request that changes none of them writes nothing.
 * Sessions last 24 h, so expiry moves at most a minute late.
 * <p>
 * A read then writes nothing at all, so while the primary is gone it is answered by the
 * standby the pool falls back to ({@code targetServerType=preferPrimary}) instead of
 * waiting for the promotion.
 * <p>
 * Spring Boot creates the JDBC repository only while no other {@link SessionRepository}
 * bean exists, so this wraps that bean once it is made instead of declaring one.
 */
@Component
class CoarseLastAccess implements BeanPostProcessor {

	static final Duration RESOLUTION = Duration.ofMinutes(1);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof JdbcIndexedSessionRepository sessions ? new Sessions(sessions) : bean;
	}

	/** The JDBC repository, handing out {@link CoarseSession}s. */
	static final class Sessions implements FindByIndexNameSessionRepository<CoarseSession> {

		/** Typed by its interface: the session class it stores is package-private. */
		private final FindByIndexNameSessionRepository<? extends Session> jdbc;

		Sessions(FindByIndexNameSessionRepository<? extends Session> jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public CoarseSession createSession() {
			return new CoarseSession(jdbc.createSession());
		}

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public void save(CoarseSession session) {
			// The stored session is of the JDBC repository's own type, as save needs.
			((SessionRepository) jdbc).save(session.stored);
		}

		@Override
		public @Nullable CoarseSession findById(String id) {
			Session stored = FailoverSafeSessionTransactions.lookingUp(() -> jdbc.findById(id));
			return stored == null ? null : new CoarseSession(stored);
		}

		@Override
		public void deleteById(String id) {
			jdbc.deleteById(id);
		}

		@Override
		public Map<String, CoarseSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			Map<String, CoarseSession> found = new HashMap<>();
			jdbc.findByIndexNameAndIndexValue(indexName, indexValue)
				.forEach((id, stored) -> found.put(id, new CoarseSession(stored)));
			return found;
		}

	}

	/** A stored session whose last access time moves in steps of {@link #RESOLUTION}. */
	static final class CoarseSession implements Session {

		private final Session stored;

		CoarseSession(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(RESOLUTION) >= 0) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
