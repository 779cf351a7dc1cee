/** The calling enterprise and product (T1, T2) as partners see them; today the connectivity check. */
package io.haven.api.tenancy;
