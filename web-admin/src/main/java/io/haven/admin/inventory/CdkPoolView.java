package io.haven.admin.inventory;

import io.haven.admin.console.ConsoleMessages;
import io.haven.admin.console.PagedList;
import io.haven.admin.console.RequestedRow;
import io.haven.common.HavenException;
import io.haven.common.Page;
import io.haven.inventory.boundary.CdkPools;
import io.haven.inventory.boundary.CdkPools.PoolCode;
import io.haven.inventory.boundary.CdkPools.PoolView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The CDK pool dialog of the total inventory (issue 10): a CDK goods' codes counted (uploaded,
 * handed out, left) and listed page by page, masked, with the order each went to; "only unused"
 * narrows the list. Its own small bean, apart from the goods dialogs.
 */
@Named
@ViewScoped
public class CdkPoolView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CdkPools pools;
  @Inject ConsoleMessages messages;

  private Long goodsId;
  private boolean unusedOnly;
  /** The counts of the last page read. */
  private PoolView pool;
  private final PagedList<PoolCode> codes = new PagedList<>(this::page, PoolCode::id, 20);

  public void open() {
    try {
      goodsId = RequestedRow.id("goods");
      unusedOnly = false;
      pool = pools.pool(goodsId, false, 0, 1);
      codes.firstPage("cdkPoolForm:codes");
    } catch (HavenException broken) {
      goodsId = null;
      pool = null;
      messages.report(broken, null);
    }
  }

  public void filterChanged() {
    codes.firstPage("cdkPoolForm:codes");
  }

  private Page<PoolCode> page(int first, int size) {
    if (goodsId == null) {
      return new Page<>(List.of(), 0);
    }
    pool = pools.pool(goodsId, unusedOnly, first, size);
    return pool.codes();
  }

  public PoolView getPool() {
    return pool;
  }

  public PagedList<PoolCode> getCodes() {
    return codes;
  }

  public boolean isUnusedOnly() {
    return unusedOnly;
  }

  public void setUnusedOnly(boolean unusedOnly) {
    this.unusedOnly = unusedOnly;
  }
}
