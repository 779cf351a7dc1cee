/**
 * Request signing (V5): who is calling. A pre-matching filter verifies the HMAC signature, the
 * timestamp window and the nonce, then enters the caller's tenant and exposes the product as
 * {@link io.haven.api.signature.ApiCaller}.
 */
package io.haven.api.signature;
