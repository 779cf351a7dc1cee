-- Inventory (R3–R6): the enterprise's goods with their total inventory, their images, the CDK
-- code pools, and the product sub-inventories that allocation fills and the mall sells from.
-- Stock counts carry CHECK constraints so that no code path, locked or not, can take them below
-- zero; list indexes lead with tenant_id.

create table goods (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  purpose varchar(16) not null,
  name varchar(100) not null,
  source varchar(16) not null,
  category varchar(16) not null,
  redemption_instructions varchar(2000),
  price_fen bigint not null,
  stock_total bigint not null,
  unallocated bigint not null,
  expires_at datetime(6),
  supported_platform varchar(100),
  tags varchar(200),
  notes varchar(500),
  created_at datetime(6) not null,
  version bigint not null,
  constraint ck_goods_purpose check (purpose in ('POINTS_MALL', 'ECOMMERCE')),
  constraint ck_goods_source check (source in ('OWN', 'PURCHASED', 'FREE')),
  constraint ck_goods_category check (category in ('PHYSICAL', 'COUPON', 'POINTS', 'CDK', 'CASH_RED_PACKET', 'DIRECT_CHARGE')),
  constraint ck_goods_price check (price_fen >= 0),
  constraint ck_goods_stock check (stock_total >= 0 and unallocated >= 0 and unallocated <= stock_total)
);
create index ix_goods_tenant on goods (tenant_id, id);
create index ix_goods_tenant_name on goods (tenant_id, name);
create index ix_goods_tenant_category on goods (tenant_id, category, id);

-- Images live apart from goods so that lists of goods never read a blob.
create table goods_image (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  goods_id bigint not null,
  kind varchar(8) not null,
  media_type varchar(32) not null,
  width int not null,
  height int not null,
  size_bytes int not null,
  bytes mediumblob not null,
  uploaded_at datetime(6) not null,
  version bigint not null,
  constraint uk_goods_image_kind unique (goods_id, kind),
  constraint ck_goods_image_kind check (kind in ('COVER', 'DETAIL')),
  constraint ck_goods_image_size check (size_bytes > 0 and size_bytes <= 2097152),
  constraint fk_goods_image_goods foreign key (goods_id) references goods (id)
);
create index ix_goods_image_tenant on goods_image (tenant_id, goods_id);

create table sub_inventory (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  goods_id bigint not null,
  category varchar(16) not null,
  available bigint not null,
  allocated_total bigint not null,
  returned bigint not null,
  outbound bigint not null,
  total_cap bigint not null,
  online boolean not null,
  auto_award boolean not null,
  per_user_limit int not null,
  per_user_period varchar(16),
  per_device_limit int not null,
  per_device_period varchar(16),
  effective_from datetime(6) not null,
  effective_to datetime(6) not null,
  notes varchar(500),
  award_link varchar(500),
  award_points bigint,
  award_points_app_id varchar(32),
  award_points_type varchar(16),
  award_amount_fen bigint,
  award_merchant_name varchar(64),
  award_activity_name varchar(64),
  award_blessing varchar(128),
  created_at datetime(6) not null,
  version bigint not null,
  constraint uk_sub_inventory_product_goods unique (product_id, goods_id),
  constraint ck_sub_inventory_available check (available >= 0),
  constraint ck_sub_inventory_counts check (allocated_total >= 0 and returned >= 0 and outbound >= 0),
  constraint ck_sub_inventory_cap check (total_cap = -1 or (total_cap >= 0 and outbound <= total_cap)),
  constraint ck_sub_inventory_limits check (per_user_limit >= -1 and per_device_limit >= -1),
  constraint ck_sub_inventory_effective check (effective_to > effective_from),
  constraint fk_sub_inventory_product foreign key (product_id) references product (id),
  constraint fk_sub_inventory_goods foreign key (goods_id) references goods (id)
);
create index ix_sub_inventory_tenant on sub_inventory (tenant_id, product_id, id);
create index ix_sub_inventory_tenant_goods on sub_inventory (tenant_id, goods_id);

-- CDK codes: one pool per CDK goods; a code is handed out at most once (handed_out_at set).
create table cdk_code (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  goods_id bigint not null,
  code varchar(128) not null,
  uploaded_at datetime(6) not null,
  sub_inventory_id bigint,
  handed_out_reference varchar(64),
  handed_out_at datetime(6),
  version bigint not null,
  constraint uk_cdk_code_tenant_code unique (tenant_id, code),
  constraint fk_cdk_code_goods foreign key (goods_id) references goods (id),
  constraint fk_cdk_code_sub_inventory foreign key (sub_inventory_id) references sub_inventory (id)
);
create index ix_cdk_code_unused on cdk_code (tenant_id, goods_id, handed_out_at, id);
