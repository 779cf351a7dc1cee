package io.haven.members.entity;

/**
 * Fired (CDI event) in the transaction that created a member through another member's invitation.
 * The "invite a new member" points task (K1 ACQUISITION) observes it after success; members know
 * nothing of tasks.
 */
public record MemberInvited(long tenantId, long productId, long inviterId, long inviteeId) {}
