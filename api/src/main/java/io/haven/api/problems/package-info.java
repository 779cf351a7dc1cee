/**
 * How the API says no: every error as application/problem+json (RFC 9457), mapped once per kind of
 * failure — domain rules, protocol refusals, malformed bodies, validation, and our own failures.
 */
package io.haven.api.problems;
