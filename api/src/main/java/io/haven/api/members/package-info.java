/** Members (V1) as partners see them: synced by the enterprise's own member id. */
package io.haven.api.members;
