package io.haven.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.HavenException;
import io.haven.coupons.boundary.StoreImportRow;
import io.haven.coupons.boundary.StoreImports;
import io.haven.coupons.boundary.Stores;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MemberFixture;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** C1 batch import: per-row results, no duplicates on re-import, bad files refused with a message, per tenant. */
@ExtendWith(ArquillianExtension.class)
class StoreImportsIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("store-imports");
  }

  @Inject MemberFixture members;
  @Inject StoreImports imports;
  @Inject Stores stores;

  @Test
  void rowsAreAddedOnceAndBadRowsAreReported() {
    members.storefront("Import Co");
    byte[] file = (StoreImports.TEMPLATE + "North,1 North Rd,021-1234 5678\nSouth,,\n,no name,\nNorth,again,\nBad phone,x,call me\n").getBytes(StandardCharsets.UTF_8);

    List<StoreImportRow> first = imports.importCsv(file);
    assertThat(first).extracting(StoreImportRow::outcome)
        .containsExactly("ADDED", "ADDED", "ADDED", "REFUSED", "EXISTS", "REFUSED");
    assertThat(first.get(3).code()).isEqualTo("coupon.store.name.invalid");
    assertThat(first.get(5).code()).isEqualTo("coupon.store.phone.invalid");
    assertThat(stores.list(null, 0, 50).total()).isEqualTo(3);

    List<StoreImportRow> again = imports.importCsv(file);
    assertThat(again).filteredOn(r -> r.outcome().equals("ADDED")).isEmpty();
    assertThat(stores.list(null, 0, 50).total()).as("re-importing adds nothing").isEqualTo(3);

    members.storefront("Other Import Co");
    assertThat(imports.importCsv(file)).filteredOn(r -> r.outcome().equals("ADDED")).as("another tenant's names do not count").hasSize(3);
  }

  @Test
  void filesThatAreNotTheTemplateAreRefusedWithAMessage() {
    members.storefront("Bad File Co");
    assertCode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff}, "coupon.store.import.notCsv");
    assertCode("address,phone\nx,y\n".getBytes(StandardCharsets.UTF_8), "coupon.store.import.noNameColumn");
    assertCode(new byte[0], "coupon.store.import.empty");
  }

  private void assertCode(byte[] file, String code) {
    assertThatThrownBy(() -> imports.importCsv(file)).isInstanceOf(HavenException.class)
        .matches(e -> code.equals(((HavenException) e).code()) && "file".equals(((HavenException) e).field()));
  }
}
