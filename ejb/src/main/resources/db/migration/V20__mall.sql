-- Points mall (M1-M4): goods groups, listings, redemptions with their limit counters, red-packet
-- records and sandbox payments. Stock itself lives in the inventory's sub_inventory rows.

create table listing_group (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  name varchar(50) not null,
  sort_order int not null,
  -- 1 for the product's default group, null for custom ones: at most one default per product
  default_marker smallint,
  created_at datetime(6) not null,
  version bigint not null,
  constraint uk_listing_group_default unique (product_id, default_marker),
  constraint uk_listing_group_name unique (product_id, name),
  constraint ck_listing_group_default check (default_marker is null or default_marker = 1),
  constraint ck_listing_group_sort check (sort_order between 0 and 9999)
);
create index ix_listing_group_tenant on listing_group (tenant_id, product_id, sort_order);

create table listing (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  sub_inventory_id bigint not null,
  goods_id bigint not null,
  group_id bigint not null,
  display_name varchar(100) not null,
  exchange_method varchar(20) not null,
  points_cost bigint not null,
  cash_fen bigint not null,
  strikethrough_fen bigint,
  sale_rule varchar(16) not null,
  flash_start datetime(6),
  flash_end datetime(6),
  intro varchar(200),
  delivery_days int,
  description varchar(4000),
  status varchar(8) not null,
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  version bigint not null,
  constraint ck_listing_price check (points_cost >= 0 and cash_fen >= 0 and (strikethrough_fen is null or strikethrough_fen >= 0)),
  constraint ck_listing_method check (exchange_method in ('PURE_POINTS', 'POINTS_PLUS_CASH')),
  constraint ck_listing_rule check (sale_rule in ('NONE', 'FLASH_SALE')),
  constraint ck_listing_flash check (sale_rule = 'NONE' or (flash_start is not null and flash_end is not null and flash_end > flash_start)),
  constraint ck_listing_status check (status in ('OFFLINE', 'ONLINE', 'VOID')),
  constraint ck_listing_delivery check (delivery_days is null or delivery_days between 0 and 365),
  constraint fk_listing_group foreign key (group_id) references listing_group (id)
);
create index ix_listing_store on listing (tenant_id, product_id, group_id, status);
create index ix_listing_sub_inventory on listing (tenant_id, sub_inventory_id);

create table redemption (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  order_number varchar(32) not null,
  member_id bigint not null,
  member_account varchar(64) not null,
  listing_id bigint not null,
  sub_inventory_id bigint not null,
  goods_id bigint not null,
  goods_name varchar(100) not null,
  goods_category varchar(20) not null,
  goods_source varchar(16) not null,
  quantity int not null,
  points bigint not null,
  cash_fen bigint not null,
  device_id varchar(64),
  status varchar(20) not null,
  award_codes varchar(2000),
  award_link varchar(500),
  award_points bigint,
  award_target_app_id varchar(32),
  recipient varchar(50),
  recipient_phone varchar(20),
  address varchar(300),
  courier varchar(50),
  tracking_number varchar(50),
  payment_reference varchar(64),
  pay_deadline datetime(6),
  created_at datetime(6) not null,
  paid_at datetime(6),
  completed_at datetime(6),
  shipped_at datetime(6),
  cancelled_at datetime(6),
  version bigint not null,
  constraint uk_redemption_order unique (tenant_id, order_number),
  constraint ck_redemption_amounts check (quantity > 0 and points >= 0 and cash_fen >= 0),
  constraint ck_redemption_status check (status in ('PENDING_PAYMENT', 'AWAITING_ADDRESS', 'AWAITING_SHIPMENT', 'SHIPPED', 'COMPLETED', 'CANCELLED'))
);
create index ix_redemption_member on redemption (tenant_id, product_id, member_id, id);
create index ix_redemption_created on redemption (tenant_id, created_at);
create index ix_redemption_unpaid on redemption (status, pay_deadline);

-- How many units a user id or a device redeemed from one sub-inventory in one limit period.
-- Written only under the sub-inventory's stock lock and by a guarded update
-- (used + q <= limit); the unique key stops a second row for the same period.
create table redemption_counter (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  sub_inventory_id bigint not null,
  subject_kind varchar(8) not null,
  subject varchar(64) not null,
  period_start datetime(6) not null,
  used int not null,
  version bigint not null,
  constraint uk_redemption_counter unique (tenant_id, sub_inventory_id, subject_kind, subject, period_start),
  constraint ck_redemption_counter_used check (used >= 0),
  constraint ck_redemption_counter_kind check (subject_kind in ('USER', 'DEVICE'))
);

-- A cash red packet owed to a member (R5 CASH_RED_PACKET). No WeChat payout is wired: the record
-- stays PENDING for the operator to pay out.
create table red_packet (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  redemption_id bigint not null,
  member_id bigint not null,
  amount_fen bigint not null,
  merchant_name varchar(100) not null,
  activity_name varchar(100) not null,
  blessing varchar(200) not null,
  status varchar(8) not null,
  created_at datetime(6) not null,
  version bigint not null,
  constraint uk_red_packet_redemption unique (redemption_id),
  constraint ck_red_packet_amount check (amount_fen > 0),
  constraint fk_red_packet_redemption foreign key (redemption_id) references redemption (id)
);

-- The sandbox payment provider's own payments: settled on the platform's sandbox pay page.
create table sandbox_payment (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  reference varchar(64) not null,
  purpose varchar(16) not null,
  order_number varchar(32) not null,
  amount_fen bigint not null,
  subject varchar(100) not null,
  status varchar(10) not null,
  created_at datetime(6) not null,
  settled_at datetime(6),
  version bigint not null,
  constraint uk_sandbox_payment_reference unique (reference),
  constraint ck_sandbox_payment_amount check (amount_fen > 0),
  constraint ck_sandbox_payment_status check (status in ('PENDING', 'PAID', 'CANCELLED'))
);
