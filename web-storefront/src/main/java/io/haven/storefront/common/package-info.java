/**
 * Web plumbing every storefront capability shares: texts in both languages, the HTML page shell,
 * problem+json answers and the response headers.
 */
package io.haven.storefront.common;
