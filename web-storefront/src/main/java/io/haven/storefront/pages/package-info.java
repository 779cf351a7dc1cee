/**
 * The storefront's pages: HTML shells (home, sign-in, sign-up, profile, own-login) rendered from
 * {@code WEB-INF/pages} with what they show at first paint; the script in {@code assets} does the
 * rest over the JSON endpoints.
 */
package io.haven.storefront.pages;
