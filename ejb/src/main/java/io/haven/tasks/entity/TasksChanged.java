package io.haven.tasks.entity;

/** A points task of the product was created, edited, or put online/offline (fired by the boundary). */
public record TasksChanged(long tenantId, long productId) {}
