package io.haven.admin.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The console's language for this browser session: Simplified Chinese unless English is chosen. */
@Named
@SessionScoped
public class LocaleSwitch implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public boolean isEnglish() {
    return locale.getLanguage().equals("en");
  }

  /** Switches and shows the same page again, everything re-rendered in the new language. */
  public String use(String language) {
    locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    return faces.getViewRoot().getViewId() + "?faces-redirect=true";
  }
}
