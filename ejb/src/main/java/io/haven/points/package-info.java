/**
 * Members' points (V2): one account per member holding the balance, and the immutable ledger whose
 * entries are the only way a balance changes. Every feature that credits or debits points (mall,
 * tasks, activities, API, console) goes through {@link io.haven.points.boundary.PointsLedger}.
 */
package io.haven.points;
