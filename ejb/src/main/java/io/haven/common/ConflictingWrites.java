package io.haven.common;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Default interceptor of every domain bean (ejb-jar.xml): a write that lost to a parallel one
 * (optimistic lock, unique key, lock time-out, deadlock) leaves the boundary as a {@link
 * WriteConflict} that each surface answers as "try again", not as a persistence error wrapped in
 * an EJBException (a 500). Broken business rules pass as they are. A conflict that only shows at
 * commit happens after this interceptor has returned; the web modules recognise it with {@link
 * WriteConflict#causedBy}.
 */
public class ConflictingWrites {

  @AroundInvoke
  public Object guard(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (HavenException rule) {
      throw rule;
    } catch (RuntimeException failure) {
      throw WriteConflict.causedBy(failure).<RuntimeException>map(c -> c).orElse(failure);
    }
  }
}
