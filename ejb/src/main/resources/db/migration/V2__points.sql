-- Points (V2): one account per member, and the immutable ledger. The balance is the sum of the
-- member's ledger and never negative; (account, source, reference) moves points once.

create table points_account (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  member_id bigint not null,
  balance bigint not null,
  created_at datetime(6) not null,
  version bigint not null,
  constraint uk_points_account_member unique (member_id),
  constraint ck_points_account_balance check (balance >= 0),
  constraint fk_points_account_member foreign key (member_id) references member (id)
);
create index ix_points_account_tenant on points_account (tenant_id, product_id);

create table ledger_entry (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  account_id bigint not null,
  member_id bigint not null,
  amount bigint not null,
  balance_after bigint not null,
  source varchar(32) not null,
  reference varchar(64),
  reason varchar(200) not null,
  actor varchar(100) not null,
  at datetime(6) not null,
  constraint uk_ledger_entry_reference unique (account_id, source, reference),
  constraint ck_ledger_entry_balance_after check (balance_after >= 0),
  constraint fk_ledger_entry_account foreign key (account_id) references points_account (id)
);
create index ix_ledger_entry_member on ledger_entry (tenant_id, member_id, id);
