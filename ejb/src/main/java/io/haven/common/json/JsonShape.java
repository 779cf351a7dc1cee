package io.haven.common.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Does a JSON value have the JSON type its Java target asks for? JSON-B converts generously (the
 * number 1 into the text "1", the text "１２３" into 123 because {@code BigDecimal} reads any
 * Unicode digit); a client must send text for text, numbers for numbers, booleans for booleans.
 * Whole-number targets take only whole number tokens within their range (no 1E+02, no 1.0). An
 * object takes only the properties its target has.
 */
final class JsonShape {

  private static final Set<Class<?>> WHOLE =
      Set.of(int.class, long.class, short.class, byte.class, Integer.class, Long.class, Short.class, Byte.class, BigInteger.class);
  private static final Set<Class<?>> DECIMAL = Set.of(double.class, float.class, Double.class, Float.class, BigDecimal.class);
  private static final Set<Class<?>> TEXTUAL = Set.of(String.class, CharSequence.class, UUID.class, java.net.URI.class);

  /**
   * The JSON properties of a record or class and their types, read by reflection once per class:
   * this runs on every write of the API and the storefront, redemptions and partner calls included.
   */
  private static final ClassValue<Map<String, Type>> PROPERTIES =
      new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> raw) {
          Map<String, Type> properties = new HashMap<>();
          if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
              properties.put(name(component.getAccessor(), component.getName()), component.getGenericType());
            }
          } else {
            for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
              for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                  properties.putIfAbsent(name(f, f.getName()), f.getGenericType());
                }
              }
            }
          }
          return Map.copyOf(properties);
        }
      };

  private JsonShape() {}

  static void conform(JsonValue value, Type type, String path) {
    Class<?> raw = raw(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        throw JsonRefused.wrongType(named(path), "must not be null");
      }
      return;
    }
    if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      return;
    }
    if (TEXTUAL.contains(raw) || raw.isEnum() || Temporal.class.isAssignableFrom(raw) || raw == java.time.ZoneId.class) {
      expect(value, JsonValue.ValueType.STRING, path, "must be a text");
    } else if (raw == char.class || raw == Character.class) {
      expect(value, JsonValue.ValueType.STRING, path, "must be a text");
      if (((JsonString) value).getString().length() != 1) {
        throw JsonRefused.wrongType(named(path), "must be one character");
      }
    } else if (WHOLE.contains(raw)) {
      whole(value, raw, path);
    } else if (DECIMAL.contains(raw) || Number.class.isAssignableFrom(raw)) {
      expect(value, JsonValue.ValueType.NUMBER, path, "must be a number");
    } else if (raw == boolean.class || raw == Boolean.class) {
      if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
        throw JsonRefused.wrongType(named(path), "must be true or false");
      }
    } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
      expect(value, JsonValue.ValueType.ARRAY, path, "must be a list");
      Type element = element(type, raw);
      JsonArray array = (JsonArray) value;
      for (int i = 0; i < array.size(); i++) {
        conform(array.get(i), element, path + "[" + i + "]");
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      expect(value, JsonValue.ValueType.OBJECT, path, "must be an object");
      Type entry = argument(type, 1);
      for (Map.Entry<String, JsonValue> e : ((JsonObject) value).entrySet()) {
        conform(e.getValue(), entry, child(path, e.getKey()));
      }
    } else if (raw.isRecord() || (!raw.isInterface() && !raw.getName().startsWith("java."))) {
      expect(value, JsonValue.ValueType.OBJECT, path, "must be an object");
      object((JsonObject) value, PROPERTIES.get(raw), path);
    }
    // Anything else (Optional, other JDK types) is left to JSON-B, which refuses what it cannot bind.
  }

  /**
   * Every key must be a property of the target. JSON-B would drop an unknown one silently, so a
   * client's misspelt {@code "refrence"} or a field it believes Haven honours ({@code "memberID"},
   * {@code "expiresAt"}) would be acted on as if absent: a credit without its reference is then
   * no longer credited once per reference. Refused, naming the key, before anything runs.
   */
  private static void object(JsonObject object, Map<String, Type> properties, String path) {
    for (Map.Entry<String, JsonValue> e : object.entrySet()) {
      Type type = properties.get(e.getKey());
      if (type == null) {
        throw JsonRefused.unknown(child(path, e.getKey()));
      }
      conform(e.getValue(), type, child(path, e.getKey()));
    }
  }

  /** The property's name in JSON: its own, or the one {@code @JsonbProperty} gives it. */
  private static String name(AnnotatedElement element, String own) {
    JsonbProperty renamed = element.getAnnotation(JsonbProperty.class);
    return renamed == null || renamed.value().isEmpty() ? own : renamed.value();
  }

  private static void whole(JsonValue value, Class<?> raw, String path) {
    expect(value, JsonValue.ValueType.NUMBER, path, "must be a whole number");
    BigDecimal number = ((JsonNumber) value).bigDecimalValue();
    if (number.scale() > 0 || number.toString().indexOf('E') >= 0 || number.toString().indexOf('.') >= 0) {
      throw JsonRefused.wrongType(named(path), "must be a whole number");
    }
    BigInteger whole = number.toBigIntegerExact();
    if (raw != BigInteger.class && (whole.compareTo(min(raw)) < 0 || whole.compareTo(max(raw)) > 0)) {
      throw JsonRefused.wrongType(named(path), "must be between " + min(raw) + " and " + max(raw));
    }
  }

  private static BigInteger min(Class<?> raw) {
    return BigInteger.valueOf(
        raw == int.class || raw == Integer.class ? Integer.MIN_VALUE
            : raw == short.class || raw == Short.class ? Short.MIN_VALUE
            : raw == byte.class || raw == Byte.class ? Byte.MIN_VALUE
            : Long.MIN_VALUE);
  }

  private static BigInteger max(Class<?> raw) {
    return BigInteger.valueOf(
        raw == int.class || raw == Integer.class ? Integer.MAX_VALUE
            : raw == short.class || raw == Short.class ? Short.MAX_VALUE
            : raw == byte.class || raw == Byte.class ? Byte.MAX_VALUE
            : Long.MAX_VALUE);
  }

  private static void expect(JsonValue value, JsonValue.ValueType type, String path, String message) {
    if (value.getValueType() != type) {
      throw JsonRefused.wrongType(named(path), message);
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof GenericArrayType a) {
      return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
    }
    if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type element(Type type, Class<?> raw) {
    if (type instanceof GenericArrayType a) {
      return a.getGenericComponentType();
    }
    if (raw.isArray()) {
      return raw.getComponentType();
    }
    return argument(type, 0);
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
        ? p.getActualTypeArguments()[index]
        : Object.class;
  }

  /** {@code address.city} from {@code address} and {@code city}. */
  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The field as a message names it; the whole body when it is the body itself. */
  static String named(String path) {
    return path.isEmpty() ? "body" : path;
  }
}
