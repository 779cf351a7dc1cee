package io.haven.admin.coupons;

import io.haven.admin.console.ConsoleMessages;
import io.haven.common.HavenException;
import io.haven.coupons.boundary.StoreImportRow;
import io.haven.coupons.boundary.StoreImports;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * C1 批量导入 in its own dialog: the template to download, the file, and each row's result (added,
 * already there, refused with the reason). Importing the same file again adds nothing.
 */
@Named
@ViewScoped
public class StoreImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StoreImports imports;
  @Inject ConsoleMessages messages;

  private List<StoreImportRow> results = List.of();

  public void open() {
    results = List.of();
  }

  public void uploaded(FileUploadEvent event) {
    try {
      results = imports.importCsv(event.getFile().getContent());
      messages.info("store.import.done", count(StoreImportRow.ADDED), count(StoreImportRow.EXISTS), count(StoreImportRow.REFUSED));
    } catch (HavenException broken) {
      results = List.of();
      messages.report(broken, "importForm");
    }
  }

  public long count(String outcome) {
    return results.stream().filter(r -> r.outcome().equals(outcome)).count();
  }

  /** A refused row's reason in the console's language. */
  public String reason(StoreImportRow row) {
    return row.code() == null ? "" : messages.textOr(row.code(), row.message());
  }

  public List<StoreImportRow> getResults() { return results; }
}
