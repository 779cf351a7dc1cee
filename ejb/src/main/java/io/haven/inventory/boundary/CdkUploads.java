package io.haven.inventory.boundary;

import io.haven.common.InvalidInput;
import io.haven.common.StoredTime;
import io.haven.common.TenantContext;
import io.haven.inventory.control.CdkFile;
import io.haven.inventory.control.CdkPool;
import io.haven.inventory.control.DuplicateCodes;
import io.haven.inventory.control.StockLedger;
import io.haven.inventory.entity.Goods;
import io.haven.inventory.entity.GoodsCategory;
import io.haven.tenancy.control.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * CDK code uploads (R5): a TXT file's codes join the goods' pool and add one unit of stock each,
 * all or nothing. Codes repeated in the file or already in the enterprise's pools refuse the whole
 * upload, naming the first few. Large files stay fast: existing codes are looked up one query per
 * chunk, and the codes are inserted as multi-row INSERTs on the transaction's own connection (one
 * statement per chunk, not one per code). Uploads to one goods serialise on the goods row lock;
 * the unique (tenant, code) constraint settles a race between uploads to different goods.
 */
@Stateless
public class CdkUploads {

  static final int CHUNK = 500;
  private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;
  @Inject StockLedger stock;
  @Inject CdkPool pool;

  /** What an upload did. */
  public record CdkUploadResult(long goodsId, int added, long unusedInPool, long stockTotal) {}

  public CdkUploadResult upload(long goodsId, byte[] file) {
    long tenantId = tenant.tenantId();
    List<String> codes = CdkFile.codes(file);
    Goods goods = stock.lockGoods(goodsId);
    if (goods.getCategory() != GoodsCategory.CDK) {
      throw InventoryRuleBroken.notCdkGoods();
    }
    if (goods.getStockTotal() + codes.size() > Goods.STOCK_MAX) {
      throw new InvalidInput("file", "inventory.stock.tooMuch", "The goods can hold at most " + Goods.STOCK_MAX + " units");
    }
    Set<String> existing = new LinkedHashSet<>();
    for (int i = 0; i < codes.size(); i += CHUNK) {
      existing.addAll(
          em.createQuery("select c.code from CdkCode c where c.code in :codes", String.class)
              .setParameter("codes", codes.subList(i, Math.min(codes.size(), i + CHUNK)))
              .getResultList());
    }
    if (!existing.isEmpty()) {
      throw new DuplicateCodes("inventory.cdk.duplicateInPool", existing, "are already in the enterprise's CDK pools");
    }
    goods.addStock(codes.size());
    em.flush();
    insert(tenantId, goodsId, codes, StoredTime.now());
    AuditTrail.record(
        em.unwrap(SharedSessionContractImplementor.class), tenantId, "CREATE", "CdkCode", goodsId, codes.size() + " CDK codes uploaded to goods " + goodsId);
    return new CdkUploadResult(goodsId, codes.size(), pool.unusedCountOfGoods(goodsId), goods.getStockTotal());
  }

  private void insert(long tenantId, long goodsId, List<String> codes, Instant now) {
    Timestamp at = Timestamp.from(now);
    em.unwrap(SharedSessionContractImplementor.class)
        .doWork(
            connection -> {
              String full = statement(CHUNK);
              try (PreparedStatement chunk = connection.prepareStatement(full)) {
                for (int i = 0; i < codes.size(); i += CHUNK) {
                  List<String> part = codes.subList(i, Math.min(codes.size(), i + CHUNK));
                  if (part.size() == CHUNK) {
                    bind(chunk, tenantId, goodsId, part, at);
                    chunk.executeUpdate();
                  } else {
                    try (PreparedStatement rest = connection.prepareStatement(statement(part.size()))) {
                      bind(rest, tenantId, goodsId, part, at);
                      rest.executeUpdate();
                    }
                  }
                }
              } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                  // Another upload committed one of these codes since the check above.
                  throw new InvalidInput("file", "inventory.cdk.raced", "Some codes were just added by another upload; try again");
                }
                throw e;
              }
            });
  }

  private static String statement(int rows) {
    List<String> values = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      values.add("(?, ?, ?, ?, 0)");
    }
    return "insert into cdk_code (tenant_id, goods_id, code, uploaded_at, version) values " + String.join(", ", values);
  }

  private static void bind(PreparedStatement statement, long tenantId, long goodsId, List<String> codes, Timestamp at)
      throws SQLException {
    int p = 1;
    for (String code : codes) {
      statement.setLong(p++, tenantId);
      statement.setLong(p++, goodsId);
      statement.setString(p++, code);
      statement.setTimestamp(p++, at, UTC);
    }
  }
}
