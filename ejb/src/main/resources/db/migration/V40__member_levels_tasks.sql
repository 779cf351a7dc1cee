-- Member levels, growth value and member tasks (V3, V4). Levels and tasks belong to a product,
-- like the members who climb and complete them. A member's level is not stored: it is derived
-- from the growth value and the product's levels whenever it is read (see MemberLevels).

alter table member add column growth_value bigint default 0 not null;
alter table member add constraint ck_member_growth_value check (growth_value >= 0);

create table member_level (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  name varchar(30) not null,
  min_growth bigint not null,
  badge_type varchar(20) not null,
  badge_size int not null,
  created_at datetime(6) not null,
  version bigint not null,
  constraint uk_member_level_min unique (product_id, min_growth),
  constraint uk_member_level_name unique (product_id, name),
  constraint ck_member_level_min check (min_growth > 0),
  constraint fk_member_level_product foreign key (product_id) references product (id)
);
create index ix_member_level_tenant on member_level (tenant_id, product_id, min_growth);

-- Badge bytes apart from the level row, so that lists of levels never load images.
create table member_level_badge (
  level_id bigint primary key,
  tenant_id bigint not null,
  bytes mediumblob not null,
  constraint fk_member_level_badge_level foreign key (level_id) references member_level (id) on delete cascade
);

create table member_task (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  name varchar(50) not null,
  code varchar(64) not null,
  growth int not null,
  cycle_type varchar(8) not null,
  cycle_count int not null,
  per_cycle int not null,
  online_from datetime(6),
  online_to datetime(6),
  status varchar(8) not null,
  description varchar(500),
  created_at datetime(6) not null,
  version bigint not null,
  constraint uk_member_task_code unique (product_id, code),
  constraint ck_member_task_growth check (growth > 0),
  constraint ck_member_task_status check (status in ('ONLINE', 'OFFLINE')),
  constraint ck_member_task_cycle check (cycle_type in ('HOUR', 'DAY', 'YEAR') and cycle_count > 0 and per_cycle > 0),
  constraint fk_member_task_product foreign key (product_id) references product (id)
);
create index ix_member_task_tenant on member_task (tenant_id, product_id, id);

-- One row per completion. (task, member, cycle, seq) is unique and seq runs 1..per_cycle, so even
-- a code path that forgot the member lock cannot record more completions than a cycle allows.
create table member_task_completion (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  task_id bigint not null,
  member_id bigint not null,
  cycle_index bigint not null,
  seq int not null,
  occurred_at datetime(6) not null,
  reference varchar(64),
  growth int not null,
  growth_after bigint not null,
  recorded_at datetime(6) not null,
  constraint uk_member_task_completion_slot unique (task_id, member_id, cycle_index, seq),
  constraint ck_member_task_completion_seq check (seq > 0),
  constraint fk_member_task_completion_task foreign key (task_id) references member_task (id),
  constraint fk_member_task_completion_member foreign key (member_id) references member (id)
);
create index ix_member_task_completion_member on member_task_completion (tenant_id, member_id, id);
