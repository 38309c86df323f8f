package app.huddle.api.auth;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session marks a session changed on every request only to move its last access
 * time, which made every API call a second write transaction waiting for the synchronous
 * standby. The update below keeps Spring Session's own statement and parameters but only
 * touches the row when something else changed or the stored access time is a minute old;
 * otherwise it matches no row, and PostgreSQL commits it without a WAL flush or a standby
 * round trip. Sessions last 24 h, so expiry moves at most a minute late.
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {

	static final long LAST_ACCESS_RESOLUTION_MILLIS = 60_000;

	private static final String UPDATE_SESSION_WHEN_CHANGED = """
			UPDATE %TABLE_NAME% AS s
			SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
			    MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
			    PRINCIPAL_NAME = v.principal_name
			FROM (VALUES (?::char(36), ?::bigint, ?::int, ?::bigint, ?::varchar(100), ?::char(36)))
			    AS v (session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id)
			WHERE s.PRIMARY_ID = v.primary_id
			  AND (s.SESSION_ID <> v.session_id
			    OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
			    OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
			    OR s.LAST_ACCESS_TIME < v.last_access_time - """ + LAST_ACCESS_RESOLUTION_MILLIS + ")";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> updateSessionOnlyWhenChanged() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_WHEN_CHANGED);
	}

}
