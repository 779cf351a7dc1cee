package io.haven.common;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A filtered, paged list of one entity, the shape of every console list: optional conditions that
 * apply only when their value is given, a page of rows and the total count of the filtered list.
 * Conditions are JPQL with named parameters; values are always bound, never concatenated.
 */
public final class ListQuery<T> {

  public static final int MAX_PAGE = 200;

  private final EntityManager em;
  private final Class<T> type;
  private final String alias;
  private final StringBuilder where = new StringBuilder();
  private final Map<String, Object> params = new LinkedHashMap<>();

  private ListQuery(EntityManager em, Class<T> type, String alias) {
    this.em = em;
    this.type = type;
    this.alias = alias;
  }

  public static <T> ListQuery<T> of(EntityManager em, Class<T> type, String alias) {
    return new ListQuery<>(em, type, alias);
  }

  /** Adds the condition when the value is present (non-null, and non-blank for text). */
  public ListQuery<T> when(Object value, String condition, String param) {
    if (value == null || value instanceof String s && s.isBlank()) {
      return this;
    }
    params.put(param, value instanceof String s ? s.strip() : value);
    where.append(where.length() == 0 ? " where " : " and ").append('(').append(condition).append(')');
    return this;
  }

  /** Case-insensitive "contains": the condition compares lower(...) like :param. */
  public ListQuery<T> contains(String text, String condition, String param) {
    return when(text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%", condition, param);
  }

  public <V> Page<V> page(String orderBy, int first, int size, Function<T, V> view) {
    String from = " from " + type.getSimpleName() + " " + alias + where;
    var rows = em.createQuery("select " + alias + from + " order by " + orderBy, type);
    var count = em.createQuery("select count(" + alias + ")" + from, Long.class);
    params.forEach(
        (name, value) -> {
          rows.setParameter(name, value);
          count.setParameter(name, value);
        });
    var items = rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE))).getResultList();
    return new Page<>(items.stream().map(view).toList(), count.getSingleResult());
  }
}
