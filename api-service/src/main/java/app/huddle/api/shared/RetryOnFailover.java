package app.huddle.api.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.resilience.annotation.Retryable;

/**
 * Runs the annotated transaction again, with backoff for about ten seconds in all, when
 * it failed because the database connection was lost or landed on a standby (a PostgreSQL
 * failover). The retry wraps the transaction, so each attempt is a whole new transaction.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = FailoverPredicate.class, maxRetries = 24, delay = 100, multiplier = 1.5, maxDelay = 400,
		jitter = 50)
public @interface RetryOnFailover {

}
