package io.haven.members.boundary;

/** A level's badge to send to a browser: its media type and bytes. */
public record BadgeImage(String mediaType, byte[] bytes) {}
