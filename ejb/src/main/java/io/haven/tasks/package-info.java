/**
 * Points tasks (K1-K5): tasks made from templates, their completions within calendar cycles in the
 * enterprise's time zone, the storefront task centre and the review of uploaded receipts. Points
 * move only through {@link io.haven.points.boundary.PointsLedger}.
 */
package io.haven.tasks;
