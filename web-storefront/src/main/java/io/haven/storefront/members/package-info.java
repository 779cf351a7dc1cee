/**
 * Members on the storefront (V1): hosted sign-up and sign-in with phone and password, sign-in with
 * the enterprise's own token (OWN_LOGIN), the member's profile and signing out. The signed-in
 * member lives in the HTTP session, per product; member ids never come from the client.
 */
package io.haven.storefront.members;
