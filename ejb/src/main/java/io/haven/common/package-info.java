/**
 * The few pieces every capability shares: who the current tenant is, how the schema is migrated,
 * and the base of every domain error. Keep it small: anything with a business name belongs to a
 * capability package.
 */
package io.haven.common;
