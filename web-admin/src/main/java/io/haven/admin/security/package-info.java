/**
 * Console sign-in (Jakarta Security, custom form, the domain's console users as identity store),
 * sign-out, and the filter that scopes every signed-in request to its enterprise.
 */
package io.haven.admin.security;
