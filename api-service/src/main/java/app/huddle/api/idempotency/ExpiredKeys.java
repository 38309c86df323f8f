package app.huddle.api.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Forgets keys after 24 hours, in batches. Every replica sweeps; two sweeps at once only
 * delete the same rows once.
 */
@Component
class ExpiredKeys {

	private static final Logger log = LoggerFactory.getLogger(ExpiredKeys.class);

	private static final int BATCH = 1000;

	private final IdempotencyKeys keys;

	ExpiredKeys(IdempotencyKeys keys) {
		this.keys = keys;
	}

	/**
	 * A database that is away only postpones the sweep to the next run: one line in the
	 * log, no stack trace.
	 */
	@Scheduled(fixedDelayString = "${huddle.api.idempotency.cleanup-interval:PT5M}")
	int removeExpired() {
		int removed = 0;
		try {
			int batch;
			do {
				batch = keys.removeExpired(BATCH);
				removed += batch;
			}
			while (batch == BATCH);
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Removing expired idempotency keys postponed to the next run: {}", ex.getMessage());
		}
		return removed;
	}

}
