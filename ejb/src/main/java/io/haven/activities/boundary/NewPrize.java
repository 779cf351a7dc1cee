package io.haven.activities.boundary;

/**
 * A prize as the operator sets it up (A2): {@code quantity} units of a product sub-inventory's
 * goods, drawn with {@code weightPpm} parts per million (1 = one in a million), at most
 * {@code dailyCap} units a day (-1 unlimited). {@code name} defaults to the goods' name.
 */
public record NewPrize(long subInventoryId, String name, int weightPpm, long quantity, int dailyCap) {}
