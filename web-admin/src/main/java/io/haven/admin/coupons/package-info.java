/** The console's self-made coupons (C1–C5): stores and their verifiers, coupons, settlement records. */
package io.haven.admin.coupons;
