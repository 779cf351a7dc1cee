/** Points-task events the enterprise's own systems report: WeCom contact events (issue 17). */
package io.haven.api.tasks;
