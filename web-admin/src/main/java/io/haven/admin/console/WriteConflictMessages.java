package io.haven.admin.console;

import io.haven.common.WriteConflict;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A save that lost to a parallel one only when its transaction committed (an optimistic-lock or
 * unique-key failure raised outside every bean, so no view's {@code catch (HavenException)} sees
 * it) becomes the console's "someone else changed this, reload and try again" message on the same
 * page, instead of the error dialog. Everything else goes on to PrimeFaces' handler.
 */
public class WriteConflictMessages extends ExceptionHandlerFactory {

  public WriteConflictMessages(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
      while (queued.hasNext()) {
        if (WriteConflict.causedBy(queued.next().getContext().getException()).isPresent()) {
          queued.remove();
          CDI.current().select(ConsoleMessages.class).get().error("write.conflict");
        }
      }
      getWrapped().handle();
    }
  }
}
