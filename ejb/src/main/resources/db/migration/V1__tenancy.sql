-- Tenancy core: enterprises (tenants), products, console users, partner credentials, audit trail,
-- members. Written in the SQL that H2 and MySQL/MariaDB both accept. Every tenant-owned table has
-- tenant_id (the enterprise id; 0 = the platform itself) and indexes that lead with it.

create table enterprise (
  id bigint auto_increment primary key,
  name varchar(100) not null,
  edition varchar(16) not null,
  login_scheme varchar(32),
  login_callback_url varchar(500),
  login_scheme_confirmed_at datetime(6),
  login_scheme_confirmed_by varchar(100),
  time_zone varchar(40) not null,
  created_at datetime(6) not null,
  version bigint not null,
  constraint ck_enterprise_edition check (edition in ('FREE', 'PAID'))
);

create table product (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  name varchar(100) not null,
  app_id varchar(32) not null,
  points_rate int not null,
  created_at datetime(6) not null,
  version bigint not null,
  constraint uk_product_app_id unique (app_id),
  constraint ck_product_points_rate check (points_rate > 0)
);
create index ix_product_tenant on product (tenant_id, id);

create table console_user (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  username varchar(64) not null,
  display_name varchar(100) not null,
  password_hash varchar(255) not null,
  role varchar(32) not null,
  enabled boolean not null,
  created_at datetime(6) not null,
  last_sign_in_at datetime(6),
  version bigint not null,
  constraint uk_console_user_username unique (username)
);
create index ix_console_user_tenant on console_user (tenant_id, id);

create table api_credential (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  app_id varchar(32) not null,
  secret_sealed varchar(200) not null,
  previous_secret_sealed varchar(200),
  previous_valid_until datetime(6),
  created_at datetime(6) not null,
  rotated_at datetime(6),
  version bigint not null,
  constraint uk_api_credential_product unique (product_id),
  constraint uk_api_credential_app unique (app_id),
  constraint fk_api_credential_product foreign key (product_id) references product (id)
);

create table audit_entry (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  at datetime(6) not null,
  actor varchar(100) not null,
  action varchar(16) not null,
  entity_type varchar(64) not null,
  entity_id varchar(64),
  summary varchar(4000) not null
);
create index ix_audit_entry_tenant on audit_entry (tenant_id, id);
create index ix_audit_entry_tenant_at on audit_entry (tenant_id, at);

create table member (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  phone varchar(20),
  external_id varchar(64),
  password_hash varchar(255),
  nickname varchar(50) not null,
  birthday date,
  created_at datetime(6) not null,
  last_sign_in_at datetime(6),
  version bigint not null,
  constraint uk_member_phone unique (product_id, phone),
  constraint uk_member_external unique (product_id, external_id),
  constraint fk_member_product foreign key (product_id) references product (id)
);
create index ix_member_tenant on member (tenant_id, product_id, id);
