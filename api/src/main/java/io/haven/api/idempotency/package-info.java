/**
 * Idempotent POSTs (V5): every POST that changes something takes an {@code Idempotency-Key}; a
 * retry under the same key gets the first answer again instead of a second effect. The key is
 * checked and the request fingerprinted by {@link io.haven.api.idempotency.IdempotencyKeys}; the
 * resource runs its work through {@link io.haven.api.idempotency.IdempotentRequest#once}.
 */
package io.haven.api.idempotency;
