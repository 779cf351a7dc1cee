package io.haven.storefront.members;

import java.io.Serializable;

/** What the session remembers of a signed-in member: whose product and which member. */
record SignedInMember(long tenantId, long productId, long memberId) implements Serializable {}
