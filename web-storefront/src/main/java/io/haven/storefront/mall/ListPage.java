package io.haven.storefront.mall;

import java.util.List;

/** One page ({@code page} from 0) of a member's list and the size of the whole list. */
public record ListPage<T>(int page, int size, long total, List<T> items) {}
