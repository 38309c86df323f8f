/**
 * The Idempotency-Key request header: a changing request (POST, PUT, PATCH, DELETE) sent
 * again with the same key gets the first answer back instead of running twice.
 */
@NullMarked
package app.huddle.api.idempotency;

import org.jspecify.annotations.NullMarked;
