-- Self-made coupons and stores (C1-C5): stores and their verifiers, coupons with their stock row
-- (locked last in a claim), the guarded claim counters, the issued coupons with their unguessable
-- codes, and the verifications (one per issued coupon, ever) that settlement records list.

-- A store: its name is unique in the enterprise, so re-importing the same file adds nothing.
create table store (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  name varchar(100) not null,
  address varchar(200),
  phone varchar(32),
  created_at datetime(6) not null,
  version bigint not null,
  constraint uk_store_name unique (tenant_id, name)
);
create index ix_store_tenant on store (tenant_id, id);

-- Images live apart from stores so that lists of stores never read a blob.
create table store_image (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  store_id bigint not null,
  media_type varchar(32) not null,
  width int not null,
  height int not null,
  size_bytes int not null,
  bytes mediumblob not null,
  uploaded_at datetime(6) not null,
  version bigint not null,
  constraint uk_store_image unique (store_id),
  constraint ck_store_image_size check (size_bytes > 0 and size_bytes <= 2097152),
  constraint fk_store_image_store foreign key (store_id) references store (id)
);

-- A console user with the VERIFIER role bound to exactly one store.
create table verifier (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  console_user_id bigint not null,
  store_id bigint not null,
  created_at datetime(6) not null,
  version bigint not null,
  constraint uk_verifier_user unique (console_user_id),
  constraint fk_verifier_user foreign key (console_user_id) references console_user (id),
  constraint fk_verifier_store foreign key (store_id) references store (id)
);
create index ix_verifier_store on verifier (tenant_id, store_id);

create table coupon (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  name varchar(100) not null,
  coupon_type varchar(12) not null,
  -- AMOUNT_OFF: the order must reach threshold_fen, then amount_fen comes off
  threshold_fen bigint,
  amount_fen bigint,
  -- DISCOUNT: the member pays this percentage (80 = 20 % off)
  discount_percent int,
  store_scope varchar(8) not null,
  claim_method varchar(16) not null,
  per_member_limit int not null,
  per_device_limit int not null,
  -- validity: a fixed range, or valid_days from the claim
  valid_from datetime(6),
  valid_until datetime(6),
  valid_days int,
  instructions varchar(1000),
  created_at datetime(6) not null,
  version bigint not null,
  constraint ck_coupon_type check (coupon_type in ('EXCHANGE', 'AMOUNT_OFF', 'DISCOUNT')),
  constraint ck_coupon_scope check (store_scope in ('ALL', 'CHOSEN')),
  constraint ck_coupon_claim check (claim_method in ('PROMOTION_PAGE', 'MALL_EXCHANGE')),
  constraint ck_coupon_amount_off check (coupon_type <> 'AMOUNT_OFF' or (amount_fen > 0 and threshold_fen >= amount_fen)),
  constraint ck_coupon_discount check (coupon_type <> 'DISCOUNT' or discount_percent between 1 and 99),
  constraint ck_coupon_limits check (per_member_limit >= -1 and per_device_limit >= -1),
  constraint ck_coupon_validity check ((valid_days is null and valid_from is not null and valid_until > valid_from)
    or (valid_days is not null and valid_days >= 1 and valid_from is null and valid_until is null)),
  constraint fk_coupon_product foreign key (product_id) references product (id)
);
create index ix_coupon_tenant on coupon (tenant_id, id);
create index ix_coupon_tenant_name on coupon (tenant_id, name);

create table coupon_image (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  coupon_id bigint not null,
  kind varchar(12) not null,
  media_type varchar(32) not null,
  width int not null,
  height int not null,
  size_bytes int not null,
  bytes mediumblob not null,
  uploaded_at datetime(6) not null,
  version bigint not null,
  constraint uk_coupon_image_kind unique (coupon_id, kind),
  constraint ck_coupon_image_kind check (kind in ('COVER', 'BACKGROUND')),
  constraint ck_coupon_image_size check (size_bytes > 0 and size_bytes <= 2097152),
  constraint fk_coupon_image_coupon foreign key (coupon_id) references coupon (id)
);

-- The stores of a coupon whose scope is CHOSEN.
create table coupon_store (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  coupon_id bigint not null,
  store_id bigint not null,
  version bigint not null,
  constraint uk_coupon_store unique (coupon_id, store_id),
  constraint fk_coupon_store_coupon foreign key (coupon_id) references coupon (id),
  constraint fk_coupon_store_store foreign key (store_id) references store (id)
);

-- The coupon's stock, the hot row of a claim: apart from the coupon so that console edits and
-- claims never meet on one row; locked last, decremented by a guarded update, CHECK behind both.
create table coupon_stock (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  coupon_id bigint not null,
  total bigint not null,
  remaining bigint not null,
  version bigint not null,
  constraint uk_coupon_stock unique (coupon_id),
  constraint ck_coupon_stock check (remaining >= 0 and remaining <= total),
  constraint fk_coupon_stock_coupon foreign key (coupon_id) references coupon (id)
);

-- Claims of a coupon by one member or one device. Changed only by a guarded update
-- (used + 1 <= limit); the unique key stops a second row.
create table coupon_claim_counter (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  coupon_id bigint not null,
  subject_kind varchar(8) not null,
  subject varchar(64) not null,
  used int not null,
  version bigint not null,
  constraint uk_coupon_claim_counter unique (tenant_id, coupon_id, subject_kind, subject),
  constraint ck_coupon_claim_used check (used >= 0),
  constraint ck_coupon_claim_kind check (subject_kind in ('MEMBER', 'DEVICE'))
);

-- One claimed coupon of a member, with its code (>= 80 bits from a secure random source; unique
-- per tenant by constraint) and its own validity. Verified at most once: a conditional update of
-- status ISSUED -> VERIFIED, and the unique verification row behind it.
create table issued_coupon (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  coupon_id bigint not null,
  product_id bigint not null,
  member_id bigint not null,
  code varchar(32) not null,
  claim_method varchar(16) not null,
  status varchar(8) not null,
  valid_from datetime(6) not null,
  valid_until datetime(6) not null,
  claimed_at datetime(6) not null,
  verified_at datetime(6),
  version bigint not null,
  constraint uk_issued_coupon_code unique (tenant_id, code),
  constraint ck_issued_coupon_status check (status in ('ISSUED', 'VERIFIED')),
  constraint fk_issued_coupon_coupon foreign key (coupon_id) references coupon (id),
  constraint fk_issued_coupon_member foreign key (member_id) references member (id)
);
create index ix_issued_coupon_member on issued_coupon (tenant_id, member_id, id);
create index ix_issued_coupon_coupon on issued_coupon (tenant_id, coupon_id);

-- A verification at a store counter: who, where, when, and the coupon as it was (settlement
-- records, C5). One per issued coupon, ever.
create table coupon_verification (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  issued_coupon_id bigint not null,
  order_number varchar(32) not null,
  coupon_id bigint not null,
  coupon_name varchar(100) not null,
  coupon_type varchar(12) not null,
  store_id bigint not null,
  store_name varchar(100) not null,
  verifier_user_id bigint not null,
  verifier_username varchar(64) not null,
  verified_at datetime(6) not null,
  version bigint not null,
  constraint uk_coupon_verification unique (issued_coupon_id),
  constraint uk_coupon_verification_order unique (tenant_id, order_number),
  constraint fk_coupon_verification_issued foreign key (issued_coupon_id) references issued_coupon (id),
  constraint fk_coupon_verification_store foreign key (store_id) references store (id)
);
create index ix_coupon_verification_time on coupon_verification (tenant_id, verified_at);
create index ix_coupon_verification_store on coupon_verification (tenant_id, store_id);
