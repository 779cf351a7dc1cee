package io.haven.points.boundary;

import io.haven.common.HavenException;
import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.common.TenantContext;
import io.haven.points.entity.PointsSource;
import io.haven.tenancy.entity.Product;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Bulk points (issue 10): many members of a product credited or debited from one CSV with the
 * columns member (phone, or the enterprise's member id), amount (positive credits, negative
 * debits), reason and reference. Every row is its own transaction in {@link PointsLedger}, so a
 * refused row (unknown member, balance too small) leaves the others applied; and the reference
 * is the ledger's (source, reference) key, so a row moves points once — uploading the same file
 * again applies nothing twice and says so row by row.
 */
@Stateless
// No transaction here: each row's points move in a transaction of its own (PointsLedger's).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkPoints {

  /** Rows one upload may hold (a header row not counted). */
  public static final int MAX_ROWS = 10_000;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject PointsLedger ledger;

  /** What happened to one row. */
  public enum Outcome {
    APPLIED,
    /** Its reference had moved points already: nothing moved again. */
    ALREADY_APPLIED,
    REFUSED
  }

  /** One row's result: its line in the file, what it asked, and the outcome (with the rule's code and text when refused). */
  public record RowResult(int line, String member, long amount, String reference, Outcome outcome, String code, String message) {}

  public record BulkResult(int applied, int alreadyApplied, int refused, List<RowResult> rows) {}

  public BulkResult apply(long productId, byte[] file) {
    tenant.tenantId();
    if (em.find(Product.class, productId) == null) {
      throw new NotFound("Product", productId);
    }
    List<CSVRecord> records = records(file);
    List<RowResult> rows = new ArrayList<>();
    int applied = 0;
    int again = 0;
    int refused = 0;
    for (CSVRecord r : records) {
      RowResult row = row(productId, r);
      rows.add(row);
      switch (row.outcome()) {
        case APPLIED -> applied++;
        case ALREADY_APPLIED -> again++;
        case REFUSED -> refused++;
      }
    }
    return new BulkResult(applied, again, refused, rows);
  }

  private RowResult row(long productId, CSVRecord r) {
    int line = (int) r.getRecordNumber();
    String member = cell(r, 0);
    String amountText = cell(r, 1);
    String reason = cell(r, 2);
    String reference = cell(r, 3);
    long amount;
    try {
      amount = Long.parseLong(amountText.replace("+", ""));
    } catch (NumberFormatException e) {
      return new RowResult(line, member, 0, reference, Outcome.REFUSED, "points.amount.invalid", "Amount must be a whole number");
    }
    if (reference.isBlank()) {
      // Without it a second upload would move the points again.
      return new RowResult(line, member, amount, reference, Outcome.REFUSED, "points.bulk.reference.required", "Every row needs a reference");
    }
    Optional<Long> memberId = member(productId, member);
    if (memberId.isEmpty()) {
      return new RowResult(line, member, amount, reference, Outcome.REFUSED, "points.bulk.member.unknown", "No member of this product has this phone or member id");
    }
    try {
      if (amount < 0) {
        ledger.debit(memberId.get(), -amount, PointsSource.MANUAL, reference, reason);
      } else {
        ledger.credit(memberId.get(), amount, PointsSource.MANUAL, reference, reason);
      }
      return new RowResult(line, member, amount, reference, Outcome.APPLIED, null, null);
    } catch (HavenException broken) {
      Outcome outcome = "points.duplicate".equals(broken.code()) ? Outcome.ALREADY_APPLIED : Outcome.REFUSED;
      return new RowResult(line, member, amount, reference, outcome, broken.code(), broken.getMessage());
    }
  }

  /** The member of the product by phone, else by the enterprise's member id. */
  private Optional<Long> member(long productId, String member) {
    if (member.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("select m.id from Member m where m.productId = :p and (m.phone = :v or m.externalId = :v) order by m.id", Long.class)
        .setParameter("p", productId)
        .setParameter("v", member)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The data rows: a byte-order mark and a header row (its amount cell is not a number) are skipped. */
  private static List<CSVRecord> records(byte[] file) {
    if (file == null || file.length == 0) {
      throw new InvalidInput("file", "points.bulk.file.empty", "The file is empty");
    }
    String text = new String(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<CSVRecord> rows;
    try (var parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text))) {
      rows = new ArrayList<>(parser.getRecords());
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new InvalidInput("file", "points.bulk.file.invalid", "The file is not a CSV of member, amount, reason, reference");
    }
    if (!rows.isEmpty() && !cell(rows.get(0), 1).replace("+", "").replace("-", "").matches("\\d+")) {
      rows.remove(0);
    }
    if (rows.isEmpty()) {
      throw new InvalidInput("file", "points.bulk.file.empty", "The file has no rows");
    }
    if (rows.size() > MAX_ROWS) {
      throw new InvalidInput("file", "points.bulk.file.tooLarge", "At most " + MAX_ROWS + " rows in one file");
    }
    return rows;
  }

  private static String cell(CSVRecord r, int i) {
    return i < r.size() && r.get(i) != null ? r.get(i).strip() : "";
  }
}
