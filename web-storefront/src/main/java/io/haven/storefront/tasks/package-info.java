/**
 * The storefront's task centre (SPEC K5): the page, and the JSON endpoints its script uses to list
 * the member's tasks, complete one, upload receipts for review and follow their status.
 */
package io.haven.storefront.tasks;
