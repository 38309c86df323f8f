/**
 * The stack's infrastructure as the harness reaches it: PostgreSQL through psql/pgbench,
 * RabbitMQ.
 */
@NullMarked
package app.huddle.bench.infra;

import org.jspecify.annotations.NullMarked;
