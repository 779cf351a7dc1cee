package io.haven.coupons.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.coupons.entity.Store;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * C1 batch import of stores from the CSV template ({@link #TEMPLATE}: name, address, phone; UTF-8,
 * a byte-order mark allowed; Chinese or English header). Every row gets its result; the rows that
 * are fine are added in one transaction, the others are reported and skipped; a store whose name
 * exists already (in the enterprise or earlier in the file) is not added again, so importing the
 * same file twice adds nothing. Images follow later, store by store. A file that is not UTF-8 CSV,
 * lacks the name column or has too many rows is refused as a whole, with a message.
 */
@Stateless
public class StoreImports {

  public static final int MAX_ROWS = 2000;
  public static final int MAX_BYTES = 1024 * 1024;
  /** The template an operator downloads: the header and one example row. */
  public static final String TEMPLATE = "\uFEFF门店名称 name,地址 address,电话 phone\n示例门店 Example store,上海市人民大道 1 号,021-5555 0101\n";

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  public List<StoreImportRow> importCsv(byte[] file) {
    tenant.tenantId();
    List<CSVRecord> records = parse(file);
    Set<String> seen = new HashSet<>();
    List<StoreImportRow> results = new ArrayList<>();
    for (CSVRecord r : records) {
      long line = r.getRecordNumber() + 1;
      String name = cell(r, 0);
      if (name == null && cell(r, 1) == null && cell(r, 2) == null) {
        continue; // an empty line
      }
      try {
        String n = Stores.name(name);
        String address = Stores.optional("address", cell(r, 1), Store.ADDRESS_MAX);
        String phone = Stores.phone(cell(r, 2));
        if (!seen.add(n.toLowerCase(Locale.ROOT)) || exists(n)) {
          results.add(new StoreImportRow(line, n, StoreImportRow.EXISTS, null, null));
          continue;
        }
        em.persist(new Store(n, address, phone, StoredTime.now()));
        results.add(new StoreImportRow(line, n, StoreImportRow.ADDED, null, null));
      } catch (InvalidInput bad) {
        results.add(new StoreImportRow(line, name, StoreImportRow.REFUSED, bad.code(), bad.getMessage()));
      }
    }
    em.flush();
    return results;
  }

  private boolean exists(String name) {
    return !em.createQuery("select s.id from Store s where s.name = :n", Long.class).setParameter("n", name).setMaxResults(1).getResultList().isEmpty();
  }

  private static String cell(CSVRecord r, int i) {
    return i < r.size() && !r.get(i).isBlank() ? r.get(i).strip() : null;
  }

  static List<CSVRecord> parse(byte[] file) {
    if (file == null || file.length == 0) {
      throw new InvalidInput("file", "coupon.store.import.empty", "The file is empty");
    }
    if (file.length > MAX_BYTES) {
      throw new InvalidInput("file", "coupon.store.import.tooLarge", "The file is larger than 1 MB");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(file)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInput("file", "coupon.store.import.notCsv", "The file is not a UTF-8 CSV file; start from the template");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.indexOf('\0') >= 0) {
      throw new InvalidInput("file", "coupon.store.import.notCsv", "The file is not a UTF-8 CSV file; start from the template");
    }
    List<CSVRecord> all;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
      all = parser.getRecords();
    } catch (IOException | RuntimeException e) {
      throw new InvalidInput("file", "coupon.store.import.notCsv", "The file is not a UTF-8 CSV file; start from the template");
    }
    if (all.isEmpty() || !headerNamesStores(all.get(0))) {
      throw new InvalidInput("file", "coupon.store.import.noNameColumn", "The first line must be the template's header, starting with the store name column");
    }
    if (all.size() - 1 > MAX_ROWS) {
      throw new InvalidInput("file", "coupon.store.import.tooMany", "At most " + MAX_ROWS + " stores per file");
    }
    return all.subList(1, all.size());
  }

  private static boolean headerNamesStores(CSVRecord header) {
    String first = header.size() == 0 ? "" : header.get(0).strip().toLowerCase(Locale.ROOT);
    return first.contains("name") || first.contains("门店名称") || first.equals("名称");
  }
}
