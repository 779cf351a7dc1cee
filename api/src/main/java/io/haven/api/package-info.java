/**
 * The partner API (V5): JAX-RS under {@code /api/v1}, one package per capability
 * ({@code io.haven.api.<capability>}, plural {@code ...Resource} classes with class-level media
 * types), every request signed ({@link io.haven.api.signature}), every error problem+json
 * ({@link io.haven.api.problems}). Resources call one boundary method of the domain per request and
 * map its records; they never see the EntityManager.
 */
package io.haven.api;
