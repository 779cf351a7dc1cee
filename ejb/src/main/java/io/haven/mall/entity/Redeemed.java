package io.haven.mall.entity;

/**
 * Fired (CDI event) once a member's redemption is complete — paid if it had a cash part. The
 * "redeem in the mall" points task (K1 CARE) observes it; the mall knows nothing of tasks.
 */
public record Redeemed(long tenantId, long productId, long memberId, long listingId, long goodsId, String orderNumber) {}
