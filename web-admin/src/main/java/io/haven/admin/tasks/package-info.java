/**
 * Console pages of points tasks (SPEC K1–K4): the task list with its template picker and form,
 * the review queue of uploaded receipts, and the tenant-scoped image endpoint both pages use.
 */
package io.haven.admin.tasks;
