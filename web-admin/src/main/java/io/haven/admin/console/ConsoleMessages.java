package io.haven.admin.console;

import io.haven.common.HavenException;
import io.haven.common.InvalidInputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.primefaces.PrimeFaces;

/**
 * Console texts and messages from the {@code msg} bundle, in the view's language. A broken domain
 * rule ({@link HavenException}) is shown on the field it names — the component with that id in the
 * given form — or at the top of the page when it names none; every field of an
 * {@link InvalidInputs} at once.
 */
@ApplicationScoped
public class ConsoleMessages {

  public void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public void warn(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_WARN, text(key, args));
  }

  public void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /**
   * Shows why an action was refused, next to the field (marked invalid) or at the top, and tells
   * the page ({@code args.validationFailed}) so dialogs stay open. Deliberately not
   * {@code FacesContext.validationFailed()}: with it PrimeFaces renders the refused field empty
   * instead of showing what was typed.
   */
  public void report(HavenException broken, String formId) {
    report(broken, formId, new Object[0]);
  }

  /** As {@link #report(HavenException, String)}, the message's {0}, {1}… filled with {@code args}. */
  public void report(HavenException broken, String formId, Object... args) {
    if (broken instanceof InvalidInputs many) {
      // Every broken field of the form at once, each on its own field.
      many.all().forEach(each -> reportOne(each, formId, args));
    } else {
      reportOne(broken, formId, args);
    }
    PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
  }

  private void reportOne(HavenException broken, String formId, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = bundle(faces);
    String text = bundle.containsKey(broken.code()) ? bundle.getString(broken.code()) : broken.getMessage();
    if (args.length > 0 && bundle.containsKey(broken.code())) {
      text = new MessageFormat(text, bundle.getLocale()).format(args);
    }
    String clientId = null;
    if (broken.field() != null && formId != null) {
      UIComponent field = faces.getViewRoot().findComponent(formId + ":" + broken.field());
      if (field != null) {
        clientId = field.getClientId(faces);
        if (field instanceof UIInput input) {
          keepShowing(faces, input);
          input.setValid(false);
        }
      }
    }
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  /**
   * An invalid input is rendered from its submitted value; after the model was updated that is
   * gone, and the field would come back empty. Put back what the user typed.
   */
  private static void keepShowing(FacesContext faces, UIInput input) {
    if (input.getSubmittedValue() != null) {
      return;
    }
    Object value = input.getValue();
    if (value == null) {
      return;
    }
    Converter<Object> converter = input.getConverter();
    if (converter == null) {
      converter = faces.getApplication().createConverter(value.getClass());
    }
    input.setSubmittedValue(converter == null ? value.toString() : converter.getAsString(faces, input, value));
  }

  public String text(String key, Object... args) {
    ResourceBundle bundle = bundle(FacesContext.getCurrentInstance());
    if (!bundle.containsKey(key)) {
      return key;
    }
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
  }

  /** The text for a key, or {@code fallback} when the bundle has none (e.g. a new entity type). */
  public String textOr(String key, String fallback) {
    ResourceBundle bundle = bundle(FacesContext.getCurrentInstance());
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  private static ResourceBundle bundle(FacesContext faces) {
    return faces.getApplication().getResourceBundle(faces, "msg");
  }
}
