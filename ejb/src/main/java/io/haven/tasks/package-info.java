/**
 * Points tasks (K1-K5): tasks made from templates, their completions within calendar cycles in the
 * enterprise's time zone, the storefront task centre and the review of uploaded receipts. Points
 * move only through {@link io.haven.points.boundary.PointsLedger}. Acquisition tasks (issue 17)
 * complete from what happens elsewhere: a member created through another's invitation
 * ({@link io.haven.members.entity.MemberInvited}, see {@link io.haven.tasks.boundary.Invitations})
 * and WeCom contact events ({@link io.haven.tasks.boundary.ContactEvents}, fed by the partner API
 * or the {@link io.haven.tasks.boundary.WeComEvents} sandbox).
 */
package io.haven.tasks;
