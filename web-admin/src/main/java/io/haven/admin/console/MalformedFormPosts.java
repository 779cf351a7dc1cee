package io.haven.admin.console;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A form post that no console page sends is answered 400 with the page and a message ("the form
 * arrived incomplete; reload the page"), nothing of it applied, instead of the error dialog and a
 * stack trace logged as an incident. Two kinds are known, both only from a hand-made or tampered
 * request:
 *
 * <ul>
 *   <li>a form with a file field (level badges, task images, goods images, CDK files) posted as
 *       {@code application/x-www-form-urlencoded}: reading its parts fails in the container
 *       (Undertow's {@code UT010016 Not a multi part request});
 *   <li>a number PrimeFaces' own script always sends that is missing or not a number — an upload
 *       without {@code <id>_totalFilesCount}: PrimeFaces parses it unchecked
 *       ({@code NumberFormatException} in {@code FileUpload.validateValue}).
 * </ul>
 *
 * Recognised by where the failure was raised (reading the request's parts; a number parsed by
 * PrimeFaces), not by message texts. The rest of the lifecycle is skipped
 * ({@code renderResponse}): a half-read form never reaches the model or an action. Everything else
 * goes on to the handlers it wraps.
 */
public class MalformedFormPosts extends ExceptionHandlerFactory {

  private static final System.Logger LOG = System.getLogger(MalformedFormPosts.class.getName());

  /** The container's methods that read a multipart body. */
  private static final Set<String> READING_PARTS = Set.of("getParts", "getPart", "loadParts", "parseFormData");

  public MalformedFormPosts(ExceptionHandlerFactory wrapped) {
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
      boolean malformed = false;
      Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
      while (queued.hasNext()) {
        Throwable failure = queued.next().getContext().getException();
        if (isMalformedPost(failure)) {
          queued.remove();
          malformed = true;
          // a client's mistake, not an incident: no stack trace unless asked for
          LOG.log(System.Logger.Level.DEBUG, "malformed console form post refused", failure);
        }
      }
      if (malformed) {
        refuse(FacesContext.getCurrentInstance());
      }
      getWrapped().handle();
    }

    private static void refuse(FacesContext faces) {
      if (faces.getViewRoot() == null) {
        // failed before the page was restored: there is no page to show the message on
        try {
          Locale locale = "en".equals(faces.getExternalContext().getRequestLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
          faces.getExternalContext().responseSendError(400, ResourceBundle.getBundle("io.haven.admin.messages", locale).getString("form.malformed"));
        } catch (IOException | IllegalStateException gone) {
          LOG.log(System.Logger.Level.DEBUG, "the answer to a malformed post could not be sent", gone);
        }
        faces.responseComplete();
        return;
      }
      faces.getExternalContext().setResponseStatus(400);
      CDI.current().select(ConsoleMessages.class).get().error("form.malformed");
      faces.renderResponse();
    }
  }

  /** Whether {@code failure} is, or was caused by, one of the malformed posts above. */
  static boolean isMalformedPost(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
      if ((t instanceof ServletException || t instanceof IOException || t instanceof IllegalStateException) && raisedIn(t, READING_PARTS)) {
        return true;
      }
      if (t instanceof NumberFormatException && firstCallerOutsideTheJdk(t).startsWith("org.primefaces.")) {
        return true;
      }
    }
    return false;
  }

  private static boolean raisedIn(Throwable t, Set<String> methods) {
    for (StackTraceElement frame : t.getStackTrace()) {
      if (methods.contains(frame.getMethodName()) && !frame.getClassName().startsWith("io.haven.")) {
        return true;
      }
    }
    return false;
  }

  /** The class that called into the JDK to get {@code t} thrown (Integer.parseInt's caller). */
  private static String firstCallerOutsideTheJdk(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      if (!frame.getClassName().startsWith("java.")) {
        return frame.getClassName();
      }
    }
    return "";
  }
}
