package io.haven.tasks.entity;

import io.haven.common.InvalidInput;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A task's type settings (K3). Each template uses a few of these values and none of the others.
 *
 * <p>Stored as one small JSON text column rather than columns: thirteen templates with seventeen
 * values between them would make a wide table that is mostly nulls and needs a migration for
 * every new template, and no setting is ever filtered on in SQL (the "redeem in mall" listings
 * are matched in Java against the product's few online tasks). The column is only written through
 * {@link #validFor}, which keeps exactly the template's values and checks each, and only read back
 * through {@link #fromJson}, so nothing unchecked is ever stored or trusted.
 *
 * <p>Two K3 values are the common "points per completion" (K2) and so not repeated here: the daily
 * points of a consecutive sign-in, and the points per ad watched (one completion = one ad).
 */
public record TaskSettings(
    Integer bonusDay3,
    Integer bonusDay7,
    String contactMethod,
    Long qrImageId,
    String configurationId,
    Long spendUnitFen,
    Integer pointsPerUnit,
    Integer capPerOrder,
    Boolean allGoods,
    List<Long> goodsIds,
    Integer imageCount,
    String fieldName,
    Long activityId,
    Boolean anyListing,
    List<Long> listingIds,
    String pageLink,
    String adType) {

  public static final int MAX_POINTS = 1_000_000;
  public static final int MAX_IMAGES = 9;
  public static final int MAX_IDS = 100;
  public static final Set<String> CONTACT_METHODS = Set.of("WECHAT_WORK", "WECHAT", "QQ", "PHONE");
  public static final Set<String> AD_TYPES = Set.of("REWARDED_VIDEO", "INTERSTITIAL", "BANNER");

  public static TaskSettings none() {
    return new TaskSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * The settings the template needs, each checked; values other templates use are dropped.
   * Refuses with an {@link InvalidInput} naming the setting's field.
   */
  public TaskSettings validFor(TaskTemplate template) {
    TaskSettings n = none();
    return switch (template) {
      case CONSECUTIVE_SIGN_IN ->
          n.with(b -> {
            b.bonusDay3 = range("bonusDay3", bonusDay3, 0, MAX_POINTS);
            b.bonusDay7 = range("bonusDay7", bonusDay7, 0, MAX_POINTS);
          });
      case ADD_SERVICE_FRIEND, JOIN_GROUP ->
          n.with(b -> {
            b.contactMethod = oneOf("contactMethod", contactMethod, CONTACT_METHODS);
            b.qrImageId = qrImageId;
            b.configurationId = text("configurationId", configurationId, 64, true);
          });
      case CONSUMPTION ->
          n.with(b -> {
            if (spendUnitFen == null || spendUnitFen < 1 || spendUnitFen > 100_000_000L) {
              throw new InvalidInput("spendUnitFen", "task.settings.spendUnitFen", "Amount must be 1 to 100000000 fen");
            }
            b.spendUnitFen = spendUnitFen;
            b.pointsPerUnit = range("pointsPerUnit", pointsPerUnit, 1, MAX_POINTS);
            b.capPerOrder = capPerOrder == null || capPerOrder == -1 ? Integer.valueOf(-1) : range("capPerOrder", capPerOrder, 1, MAX_POINTS);
            b.allGoods = allGoods == null || allGoods;
            b.goodsIds = b.allGoods ? List.of() : ids("goodsIds", goodsIds);
          });
      case UPLOAD_RECEIPT ->
          n.with(b -> {
            b.imageCount = range("imageCount", imageCount, 1, MAX_IMAGES);
            b.fieldName = text("fieldName", fieldName, 20, true);
          });
      case JOIN_LOTTERY ->
          n.with(b -> {
            if (activityId == null || activityId <= 0) {
              throw new InvalidInput("activityId", "task.settings.activityId", "Choose the lottery activity");
            }
            b.activityId = activityId;
          });
      case REDEEM_IN_MALL ->
          n.with(b -> {
            b.anyListing = anyListing == null || anyListing;
            b.listingIds = b.anyListing ? List.of() : ids("listingIds", listingIds);
          });
      case BROWSE_NEW_PRODUCT -> n.with(b -> b.pageLink = link("pageLink", pageLink));
      case AD_VIEWING -> n.with(b -> b.adType = oneOf("adType", adType, AD_TYPES));
      default -> n;
    };
  }

  /** Whether a redemption of {@code listingId} counts for a "redeem in mall" task. */
  public boolean countsListing(long listingId) {
    return anyListing == null || anyListing || listingIds != null && listingIds.contains(listingId);
  }

  public String toJson() {
    JsonObjectBuilder o = Json.createObjectBuilder();
    put(o, "bonusDay3", bonusDay3);
    put(o, "bonusDay7", bonusDay7);
    put(o, "contactMethod", contactMethod);
    put(o, "qrImageId", qrImageId);
    put(o, "configurationId", configurationId);
    put(o, "spendUnitFen", spendUnitFen);
    put(o, "pointsPerUnit", pointsPerUnit);
    put(o, "capPerOrder", capPerOrder);
    put(o, "allGoods", allGoods);
    putIds(o, "goodsIds", goodsIds);
    put(o, "imageCount", imageCount);
    put(o, "fieldName", fieldName);
    put(o, "activityId", activityId);
    put(o, "anyListing", anyListing);
    putIds(o, "listingIds", listingIds);
    put(o, "pageLink", pageLink);
    put(o, "adType", adType);
    return o.build().toString();
  }

  public static TaskSettings fromJson(String json) {
    JsonObject o = Json.createReader(new StringReader(json == null || json.isBlank() ? "{}" : json)).readObject();
    return new TaskSettings(
        integer(o, "bonusDay3"), integer(o, "bonusDay7"), string(o, "contactMethod"), longValue(o, "qrImageId"),
        string(o, "configurationId"), longValue(o, "spendUnitFen"), integer(o, "pointsPerUnit"), integer(o, "capPerOrder"),
        bool(o, "allGoods"), idList(o, "goodsIds"), integer(o, "imageCount"), string(o, "fieldName"),
        longValue(o, "activityId"), bool(o, "anyListing"), idList(o, "listingIds"), string(o, "pageLink"), string(o, "adType"));
  }

  // ---- building ----

  private static final class Builder {
    Integer bonusDay3, bonusDay7, pointsPerUnit, capPerOrder, imageCount;
    String contactMethod, configurationId, fieldName, pageLink, adType;
    Long qrImageId, spendUnitFen, activityId;
    Boolean allGoods, anyListing;
    List<Long> goodsIds, listingIds;
  }

  private TaskSettings with(java.util.function.Consumer<Builder> fill) {
    Builder b = new Builder();
    fill.accept(b);
    return new TaskSettings(
        b.bonusDay3, b.bonusDay7, b.contactMethod, b.qrImageId, b.configurationId, b.spendUnitFen, b.pointsPerUnit,
        b.capPerOrder, b.allGoods, b.goodsIds, b.imageCount, b.fieldName, b.activityId, b.anyListing, b.listingIds,
        b.pageLink, b.adType);
  }

  private static Integer range(String field, Integer value, int min, int max) {
    if (value == null || value < min || value > max) {
      throw new InvalidInput(field, "task.settings." + field, field + " must be a whole number from " + min + " to " + max);
    }
    return value;
  }

  private static String text(String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new InvalidInput(field, "task.settings." + field, field + " is required (at most " + max + " characters)");
      }
      return null;
    }
    if (value.strip().length() > max) {
      throw new InvalidInput(field, "task.settings." + field, field + " must be at most " + max + " characters");
    }
    return value.strip();
  }

  private static String oneOf(String field, String value, Set<String> allowed) {
    if (value == null || !allowed.contains(value.strip())) {
      throw new InvalidInput(field, "task.settings." + field, field + " must be one of " + allowed);
    }
    return value.strip();
  }

  private static List<Long> ids(String field, List<Long> ids) {
    if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS || ids.stream().anyMatch(id -> id == null || id <= 0)) {
      throw new InvalidInput(field, "task.settings." + field, "Choose 1 to " + MAX_IDS + " items, or all");
    }
    return List.copyOf(new LinkedHashSet<>(ids));
  }

  /** An absolute http(s) link, or a path on the storefront's own site. */
  private static String link(String field, String value) {
    String message = "Page link must be an http(s) URL or a path starting with /";
    if (value == null || value.isBlank() || value.strip().length() > 500) {
      throw new InvalidInput(field, "task.settings." + field, message);
    }
    String v = value.strip();
    try {
      URI uri = new URI(v);
      boolean web = uri.getScheme() != null
          && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
          && uri.getHost() != null;
      boolean local = uri.getScheme() == null && uri.getHost() == null && v.startsWith("/") && !v.startsWith("//");
      if (!web && !local) {
        throw new InvalidInput(field, "task.settings." + field, message);
      }
    } catch (URISyntaxException e) {
      throw new InvalidInput(field, "task.settings." + field, message);
    }
    return v;
  }

  // ---- JSON ----

  private static void put(JsonObjectBuilder o, String name, Object value) {
    if (value instanceof Integer i) {
      o.add(name, i);
    } else if (value instanceof Long l) {
      o.add(name, l);
    } else if (value instanceof Boolean b) {
      o.add(name, b);
    } else if (value instanceof String s) {
      o.add(name, s);
    }
  }

  private static void putIds(JsonObjectBuilder o, String name, List<Long> ids) {
    if (ids != null && !ids.isEmpty()) {
      JsonArrayBuilder a = Json.createArrayBuilder();
      ids.forEach(a::add);
      o.add(name, a);
    }
  }

  private static Integer integer(JsonObject o, String name) {
    return o.get(name) instanceof JsonNumber n ? n.intValueExact() : null;
  }

  private static Long longValue(JsonObject o, String name) {
    return o.get(name) instanceof JsonNumber n ? n.longValueExact() : null;
  }

  private static String string(JsonObject o, String name) {
    return o.containsKey(name) && o.get(name).getValueType() == JsonValue.ValueType.STRING ? o.getString(name) : null;
  }

  private static Boolean bool(JsonObject o, String name) {
    if (!o.containsKey(name)) {
      return null;
    }
    return o.get(name) == JsonValue.TRUE;
  }

  private static List<Long> idList(JsonObject o, String name) {
    if (!(o.get(name) instanceof JsonArray a)) {
      return List.of();
    }
    List<Long> ids = new ArrayList<>();
    a.getValuesAs(JsonNumber.class).forEach(n -> ids.add(n.longValueExact()));
    return List.copyOf(ids);
  }
}
