package io.haven.tasks.boundary;

/** An image's bytes and media type, to be served with nosniff. */
public record ImageView(long id, String mediaType, byte[] content) {}
