package io.haven.inventory.boundary;

import io.haven.inventory.entity.GoodsCategory;
import io.haven.inventory.entity.GoodsPurpose;
import io.haven.inventory.entity.GoodsDetails;

/**
 * Goods to add (R3): purpose, category, the description, the opening stock (0 for none; CDK goods
 * get theirs by uploading codes) and optional cover and detail images (png/jpg, at most 2 MB).
 */
public record NewGoods(
    GoodsPurpose purpose, GoodsCategory category, GoodsDetails details, long initialStock, byte[] cover, byte[] detail) {}
