package io.haven.tasks.boundary;

import io.haven.tasks.entity.CycleType;
import io.haven.tasks.entity.TaskClass;
import io.haven.tasks.entity.TaskTemplate;
import java.time.Instant;

/**
 * A task on the storefront's task centre (K5) with this member's progress in the current cycle:
 * {@code done} of {@code perCycle} places used (receipts under review included), when the next
 * cycle starts, and what the template needs to show (streak, birthday, link, receipt form).
 */
public record TaskCard(
    long id,
    TaskTemplate template,
    TaskClass templateClass,
    String title,
    boolean hasIcon,
    String buttonText,
    String description,
    int points,
    CycleType cycleType,
    int cycleCount,
    int perCycle,
    long done,
    long pending,
    Instant nextCycleAt,
    boolean completable,
    Integer streak,
    Integer bonusDay3,
    Integer bonusDay7,
    Boolean birthdayToday,
    String pageLink,
    Integer imageCount,
    String fieldName,
    boolean hasQr,
    /** Add friend / join group: how the member reaches the contact (WECHAT_WORK, WECHAT, QQ, PHONE). */
    String contactMethod) {}
