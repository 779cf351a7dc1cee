package io.haven.admin.console;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read the boundaries' records as {@code #{product.name}}. Expression Language 5 (Jakarta
 * EE 10, this WildFly) only knows JavaBean getters; EL 6 brings the same resolver, and then this
 * one can go. Read-only, like the records.
 */
public class RecordELResolver extends ELResolver {

  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return accessor.invoke(base);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException("cannot read " + property + " of " + base.getClass().getName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (accessor(base, property) == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null; // read-only: nothing can be set
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException(property + " of a record cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }

  private static Method accessor(Object base, Object property) {
    if (!(base instanceof Record) || property == null) {
      return null;
    }
    return ACCESSORS.computeIfAbsent(base.getClass(), RecordELResolver::components).get(property.toString());
  }

  private static Map<String, Method> components(Class<?> type) {
    Map<String, Method> byName = new HashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      byName.put(component.getName(), component.getAccessor());
    }
    return byName;
  }
}
