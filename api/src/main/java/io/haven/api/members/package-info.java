/**
 * Members (V1) as partners see them: synced by the enterprise's own member id, with points balance,
 * growth value and level; and member-task completions (V4) that add growth.
 */
package io.haven.api.members;
