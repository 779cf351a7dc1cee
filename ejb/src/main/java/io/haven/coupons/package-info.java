/**
 * Self-made coupons and stores (C1–C5): the enterprise's stores and their verifiers, coupons of
 * three kinds with their stock, claims (a guarded per-member and per-device counter, the stock row
 * locked last), issued coupons with unguessable codes, verification at a store counter (once,
 * ever: a conditional update plus a unique row) and the settlement records it leaves.
 */
package io.haven.coupons;
