/** Console pages of members (V1–V4): member levels, member tasks, members with growth, level and points. */
package io.haven.admin.members;
