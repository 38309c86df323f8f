/**
 * The Idempotency-Key request header: a creating POST sent again with the same key gets
 * the first answer back instead of running twice.
 */
@NullMarked
package app.huddle.api.idempotency;

import org.jspecify.annotations.NullMarked;
