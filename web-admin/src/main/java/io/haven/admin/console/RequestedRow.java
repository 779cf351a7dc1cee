package io.haven.admin.console;

import io.haven.common.NotFound;
import jakarta.faces.context.FacesContext;

/**
 * The id a row action carries in a request parameter ({@code <f:param>}). It is only a claim of
 * the browser: the boundary that receives it looks it up within the signed-in tenant, so another
 * enterprise's id — forged or guessed — ends in {@link NotFound} like any unknown one.
 */
public final class RequestedRow {

  private RequestedRow() {}

  public static long id(String parameter) {
    String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(parameter);
    try {
      return Long.parseLong(raw == null ? "" : raw.strip());
    } catch (NumberFormatException e) {
      throw new NotFound(parameter, raw);
    }
  }
}
