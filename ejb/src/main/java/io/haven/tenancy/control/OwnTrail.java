package io.haven.tenancy.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This entity's rows are their own record of what members do (who, what, when are on the row, or
 * in the ledger behind it): the audit trail does not copy the writes a member's own actions make —
 * a redemption, its counters and award, a balance the ledger explains. Operators', partners' and
 * the system's writes of the same rows are still copied. Keeps the audit trail to what T3 asks
 * (operator and partner actions) and keeps member-facing hot paths free of audit inserts.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnTrail {}
