package io.haven.storefront.mall;

import io.haven.mall.boundary.GroupView;

/** A goods group as a tab of the mall home; the default group is labelled by the page. */
public record MallGroup(long id, String name, boolean isDefault) {

  static MallGroup of(GroupView group) {
    return new MallGroup(group.id(), group.name(), group.isDefault());
  }
}
