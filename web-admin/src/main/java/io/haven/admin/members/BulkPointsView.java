package io.haven.admin.members;

import io.haven.admin.console.ConsoleMessages;
import io.haven.common.HavenException;
import io.haven.points.boundary.BulkPoints;
import io.haven.points.boundary.BulkPoints.BulkResult;
import io.haven.points.boundary.BulkPoints.RowResult;
import io.haven.tenancy.boundary.ProductView;
import io.haven.tenancy.boundary.Products;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The bulk points dialog of the members page (issue 10): a CSV of member, amount, reason and
 * reference for one product is applied row by row, and every row's result is shown — applied,
 * already applied by an earlier upload (its reference), or refused with the reason. Its own small
 * bean, apart from the members list.
 */
@Named
@ViewScoped
public class BulkPointsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BulkPoints bulk;
  @Inject Products productsBoundary;
  @Inject ConsoleMessages messages;

  private ProductChoice products;
  private Long productId;
  private BulkResult result;

  @PostConstruct
  void init() {
    products = new ProductChoice(productsBoundary);
  }

  public void start() {
    productId = products.first();
    result = null;
  }

  public void uploaded(FileUploadEvent event) {
    try {
      if (productId == null) {
        throw new io.haven.common.InvalidInput("productId", "points.bulk.product.required", "Choose a product");
      }
      result = bulk.apply(productId, event.getFile().getContent());
      messages.info("points.bulk.done", result.applied(), result.alreadyApplied(), result.refused());
    } catch (HavenException broken) {
      result = null;
      messages.report(broken, "bulkForm");
    }
  }

  /** A row's result in the reader's language: the rule's text from the bundle, else the domain's. */
  public String outcome(RowResult row) {
    return switch (row.outcome()) {
      case APPLIED -> messages.text("points.bulk.applied");
      case ALREADY_APPLIED -> messages.text("points.bulk.alreadyApplied");
      case REFUSED -> messages.textOr(row.code(), row.message());
    };
  }

  public List<ProductView> getProducts() {
    return products.all();
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public BulkResult getResult() {
    return result;
  }
}
