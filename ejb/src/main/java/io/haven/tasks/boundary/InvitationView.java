package io.haven.tasks.boundary;

import java.time.Instant;

/**
 * One invitation: who invited whom, when, by which channel, and the points the inviter's "invite a
 * new member" tasks credited for it (0 when the cycle's allowance was used up, or no task was online).
 */
public record InvitationView(
    long inviterId, String inviterNickname, long inviteeId, String inviteeNickname, Instant invitedAt, String channel, int points) {}
