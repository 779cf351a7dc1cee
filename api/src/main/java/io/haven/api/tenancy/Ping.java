package io.haven.api.tenancy;

import io.haven.tenancy.boundary.EnterpriseView;
import io.haven.tenancy.boundary.ProductView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the API recognised the caller as, and the server's clock to compare timestamps with. */
@JsonbPropertyOrder({"enterprise", "product", "serverTime", "message"})
@Schema(name = "Ping")
public record Ping(
    Enterprise enterprise,
    Product product,
    @Schema(description = "The server's time; sign with timestamps within 300 s of it.") Instant serverTime,
    @Schema(description = "The message of a POST ping, echoed.") String message) {

  static Ping of(EnterpriseView enterprise, ProductView product, Instant now, String message) {
    return new Ping(
        new Enterprise(enterprise.id(), enterprise.name()),
        new Product(product.id(), product.name(), product.appId()),
        now,
        message);
  }

  /** The calling enterprise (企业). */
  @Schema(name = "PingEnterprise")
  public record Enterprise(@Schema(example = "42") long id, @Schema(example = "Demo Coffee") String name) {}

  /** The calling product (产品（子产品）) the appId belongs to. */
  @JsonbPropertyOrder({"id", "name", "appId"})
  @Schema(name = "PingProduct")
  public record Product(
      @Schema(example = "7") long id,
      @Schema(example = "Coffee App") String name,
      @Schema(example = "hvdemocoffeeapp001") String appId) {}
}
