package app.huddle.api.shared;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Drops a pooled connection that met a read-only node, so that the next attempt connects
 * afresh and finds the primary. With {@code targetServerType=preferPrimary} the pool
 * keeps connecting while no node takes writes (to the standby being promoted), instead of
 * failing and backing off for seconds.
 */
public class ReadOnlyNodeEviction implements SQLExceptionOverride {

	@java.lang.Override
	public SQLExceptionOverride.Override adjudicate(SQLException failure) {
		return "25006".equals(failure.getSQLState()) ? SQLExceptionOverride.Override.MUST_EVICT
				: SQLExceptionOverride.Override.CONTINUE_EVICT;
	}

}
