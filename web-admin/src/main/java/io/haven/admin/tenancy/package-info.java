/**
 * Console pages of an enterprise's own set-up (SPEC T1–T4): home, enterprise information,
 * products, console users, login scheme confirmation, partner-API credentials and the audit log.
 */
package io.haven.admin.tenancy;
