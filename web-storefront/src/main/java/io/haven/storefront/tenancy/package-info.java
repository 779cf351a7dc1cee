/**
 * Which product (and so which enterprise, the tenant) a storefront request is for: resolved from
 * the appId, the first segment of every URL, before anything else runs; unknown products answer
 * 404 and products whose enterprise has not confirmed its login scheme are not open yet (T4, T6).
 */
package io.haven.storefront.tenancy;
