/**
 * Enterprises (tenants), their products, console users and roles, the login scheme, partner API
 * credentials, and the audit trail of every write (SPEC T1–T6).
 */
package io.haven.tenancy;
