package io.haven.mall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haven.common.InvalidInput;
import io.haven.common.NotFound;
import io.haven.mall.boundary.GroupView;
import io.haven.mall.boundary.ListingGroups;
import io.haven.mall.boundary.MallRuleBroken;
import io.haven.mall.entity.ListingGroup;
import io.haven.tenancy.boundary.Products;
import io.haven.tenancy.boundary.StaleEdit;
import io.haven.testing.DomainDeployment;
import io.haven.testing.Tenants;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** M1: changing a goods group — stale edits, unique names per product, the fixed default group. */
@ExtendWith(ArquillianExtension.class)
class ListingGroupsIT {

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create("listing-groups");
  }

  @Inject Tenants tenants;
  @Inject Products products;
  @Inject ListingGroups groups;

  private long product(String name) {
    tenants.actAs(tenants.open(name));
    return products.add(name + " App", 10).id();
  }

  @Test
  void anEditMadeOnAnOldVersionIsRefusedAndChangesNothing() {
    long product = product("Stale Group Co");
    GroupView drinks = groups.add(product, "Drinks", 5);
    GroupView renamed = groups.change(product, drinks.id(), drinks.version(), "Cold drinks", 6);
    assertThat(renamed.version()).isGreaterThan(drinks.version());

    // a second console tab still holding the first version
    assertThatThrownBy(() -> groups.change(product, drinks.id(), drinks.version(), "Hot drinks", 7)).isInstanceOf(StaleEdit.class);
    GroupView reread = groups.get(product, drinks.id());
    assertThat(reread.name()).isEqualTo("Cold drinks");
    assertThat(reread.sortOrder()).isEqualTo(6);
    assertThat(reread.version()).isEqualTo(renamed.version());
  }

  @Test
  void aNameIsUniqueWithinItsProductOnly() {
    long product = product("Unique Group Co");
    groups.add(product, "Drinks", 1);
    GroupView snacks = groups.add(product, "Snacks", 2);

    assertThatThrownBy(() -> groups.change(product, snacks.id(), snacks.version(), " Drinks ", 2))
        .isInstanceOfSatisfying(MallRuleBroken.class, e -> {
          assertThat(e.code()).isEqualTo("mall.group.nameTaken");
          assertThat(e.field()).isEqualTo("name");
        });
    assertThatThrownBy(() -> groups.change(product, snacks.id(), snacks.version(), ListingGroup.DEFAULT_NAME, 2))
        .isInstanceOfSatisfying(MallRuleBroken.class, e -> assertThat(e.code()).isEqualTo("mall.group.nameTaken"));
    assertThatThrownBy(() -> groups.change(product, snacks.id(), snacks.version(), " ", 2))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> groups.change(product, snacks.id(), snacks.version(), "Snacks", ListingGroup.SORT_MAX + 1))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("sortOrder"));
    assertThat(groups.get(product, snacks.id()).name()).isEqualTo("Snacks");

    // keeping its own name is no clash; another product of the same enterprise may use the name
    assertThat(groups.change(product, snacks.id(), snacks.version(), "Snacks", 9).sortOrder()).isEqualTo(9);
    long second = products.add("Unique Group Co Second App", 10).id();
    GroupView elsewhere = groups.add(second, "Snacks", 1);
    assertThat(groups.change(second, elsewhere.id(), elsewhere.version(), "Drinks", 1).name()).isEqualTo("Drinks");
  }

  @Test
  void theDefaultGroupKeepsItsNameAndCannotBeRemoved() {
    long product = product("Default Group Co");
    GroupView fallback = groups.defaultGroup(product);
    assertThat(fallback.isDefault()).isTrue();
    assertThat(fallback.name()).isEqualTo(ListingGroup.DEFAULT_NAME);

    GroupView moved = groups.change(product, fallback.id(), fallback.version(), "Renamed default", 40);
    assertThat(moved.name()).isEqualTo(ListingGroup.DEFAULT_NAME);
    assertThat(moved.sortOrder()).isEqualTo(40);
    assertThat(groups.get(product, fallback.id()).sortOrder()).isEqualTo(40);
    assertThatThrownBy(() -> groups.remove(product, fallback.id()))
        .isInstanceOfSatisfying(MallRuleBroken.class, e -> assertThat(e.code()).isEqualTo("mall.group.defaultFixed"));
    assertThat(groups.list(product)).filteredOn(GroupView::isDefault).singleElement().extracting(GroupView::id).isEqualTo(fallback.id());
  }

  @Test
  void anotherEnterpriseCannotChangeTheGroup() {
    long product = product("Group Owner Co");
    GroupView drinks = groups.add(product, "Drinks", 1);
    tenants.actAs(tenants.open("Group Thief Co"));
    assertThatThrownBy(() -> groups.change(product, drinks.id(), drinks.version(), "Stolen", 1)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> groups.get(product, drinks.id())).isInstanceOf(NotFound.class);
  }
}
