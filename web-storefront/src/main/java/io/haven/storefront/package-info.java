/**
 * The member-facing H5 storefront: light HTML shells plus JSON endpoints under
 * {@code /store/{appId}/...}, one product per appId, the product's enterprise as the tenant.
 */
package io.haven.storefront;
