/** Self-made coupons on the storefront: the promotion page's claim and the member's coupons. */
package io.haven.storefront.coupons;
