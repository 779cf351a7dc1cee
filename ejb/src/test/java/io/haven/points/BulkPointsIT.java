package io.haven.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.members.boundary.Members;
import io.haven.points.boundary.BulkPoints;
import io.haven.points.boundary.BulkPoints.BulkResult;
import io.haven.points.boundary.BulkPoints.Outcome;
import io.haven.points.boundary.BulkPoints.RowResult;
import io.haven.points.boundary.PointsLedger;
import io.haven.testing.DomainDeployment;
import io.haven.testing.MemberFixture;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10: bulk points from a CSV — each row credits or debits one member once (its reference is
 * the ledger's idempotency key), says what happened to it, and a refused row leaves the others.
 */
@ExtendWith(ArquillianExtension.class)
class BulkPointsIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("bulk-points");
  }

  @Inject MemberFixture fixture;
  @Inject Members members;
  @Inject PointsLedger ledger;
  @Inject BulkPoints bulk;

  @Test
  void eachRowMovesPointsOnceAndAReUploadAppliesNothingTwice() {
    var store = fixture.storefront("Bulk Co");
    long a = members.sync(store.productId(), "EXT-A", null, "13900000001", null).member().id();
    long b = members.sync(store.productId(), "EXT-B", null, "13900000002", null).member().id();
    byte[] csv =
        ("\uFEFF会员,积分,原因,参考号\n"
                + "13900000001,100,Spring bonus,B-1\n"
                + "EXT-B,+50,Spring bonus,B-2\n"
                + "13900000002,-80,Correction,B-3\n"
                + "13999999999,10,Nobody,B-4\n"
                + "13900000001,12,No reference,\n"
                + "13900000001,ten,Not a number,B-6\n")
            .getBytes(StandardCharsets.UTF_8);

    BulkResult first = bulk.apply(store.productId(), csv);
    assertThat(first.rows()).extracting(RowResult::line).containsExactly(2, 3, 4, 5, 6, 7);
    assertThat(first.rows())
        .extracting(RowResult::outcome)
        .containsExactly(Outcome.APPLIED, Outcome.APPLIED, Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED);
    assertThat(first.rows())
        .extracting(RowResult::code)
        .containsExactly(null, null, "points.insufficient", "points.bulk.member.unknown", "points.bulk.reference.required", "points.amount.invalid");
    assertThat(first.applied()).isEqualTo(2);
    assertThat(first.refused()).isEqualTo(4);
    assertThat(ledger.balance(a)).isEqualTo(100);
    assertThat(ledger.balance(b)).isEqualTo(50);

    BulkResult again = bulk.apply(store.productId(), csv);
    assertThat(again.rows()).extracting(RowResult::outcome).startsWith(Outcome.ALREADY_APPLIED, Outcome.ALREADY_APPLIED);
    assertThat(again.applied()).isZero();
    assertThat(again.alreadyApplied()).isEqualTo(2);
    assertThat(ledger.balance(a)).as("nothing applied twice").isEqualTo(100);
    assertThat(ledger.balance(b)).isEqualTo(50);
    assertThat(ledger.history(a, 0, 10).total()).isEqualTo(1);

    assertThatThrownBy(() -> bulk.apply(store.productId(), "member,amount,reason,reference\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInput.class);

    fixture.storefront("Bulk Thief Co");
    assertThatThrownBy(() -> bulk.apply(store.productId(), csv)).as("another enterprise's product").isInstanceOf(NotFound.class);
  }
}
