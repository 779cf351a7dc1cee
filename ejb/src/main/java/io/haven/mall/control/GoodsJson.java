package io.haven.mall.control;

import io.haven.mall.boundary.GoodsCard;
import io.haven.mall.boundary.GoodsPage;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes a goods-list page as compact JSON, once per cache fill, so a cache hit is a byte copy.
 * Field names are those of {@link GoodsPage} and {@link GoodsCard}; instants are ISO-8601 UTC
 * strings, absent values are JSON null.
 */
public final class GoodsJson {

  private GoodsJson() {}

  public static byte[] of(GoodsPage page) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 320 * page.items().size());
    try (JsonGenerator json = Json.createGenerator(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      json.writeStartObject()
          .write("groupId", page.groupId())
          .write("page", page.page())
          .write("size", page.size())
          .write("total", page.total())
          .writeStartArray("items");
      for (GoodsCard c : page.items()) {
        json.writeStartObject()
            .write("listingId", c.listingId())
            .write("goodsId", c.goodsId())
            .write("name", c.name());
        text(json, "intro", c.intro());
        json.write("category", c.category())
            .write("exchangeMethod", c.exchangeMethod().name())
            .write("points", c.points())
            .write("payableFen", c.payableFen());
        if (c.strikethroughFen() == null) {
          json.writeNull("strikethroughFen");
        } else {
          json.write("strikethroughFen", c.strikethroughFen());
        }
        json.write("saleRule", c.saleRule().name());
        instant(json, "flashStart", c.flashStart());
        instant(json, "flashEnd", c.flashEnd());
        json.write("soldOut", c.soldOut()).writeEnd();
      }
      json.writeEnd().writeEnd();
    }
    return out.toByteArray();
  }

  private static void text(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }

  private static void instant(JsonGenerator json, String name, Instant value) {
    text(json, name, value == null ? null : value.toString());
  }
}
