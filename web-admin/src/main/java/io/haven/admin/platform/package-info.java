/** Console pages of the platform operator: open enterprises and set their edition. */
package io.haven.admin.platform;
