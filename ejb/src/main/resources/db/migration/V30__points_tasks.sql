-- Points tasks (K1-K5). A task belongs to one product; its template fixes what completes it and
-- its type settings (K3) are a small JSON text validated on write (see TaskSettings for why).
-- A completion is a row per credited completion; (task, member, cycle, seq) is unique, so two
-- racing completions cannot both take the last place of a cycle, and seq <= cycle_limit (the task's
-- completions per cycle when it was taken) bounds the places, so no code path can credit more.

create table task_image (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  kind varchar(16) not null,
  media_type varchar(32) not null,
  width int not null,
  height int not null,
  content longblob not null,
  submission_id bigint,
  position int not null,
  created_at datetime(6) not null,
  version bigint not null,
  constraint ck_task_image_kind check (kind in ('ICON', 'QR', 'RECEIPT'))
);
create index ix_task_image_submission on task_image (tenant_id, submission_id, position);

create table points_task (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  template varchar(32) not null,
  template_class varchar(16) not null,
  title varchar(50) not null,
  icon_image_id bigint,
  button_text varchar(20) not null,
  description varchar(500),
  cycle_type varchar(8) not null,
  cycle_count int not null,
  per_cycle int not null,
  points int not null,
  online_from datetime(6),
  online_to datetime(6),
  weight int not null,
  status varchar(8) not null,
  settings varchar(4000) not null,
  created_at datetime(6) not null,
  version bigint not null,
  constraint ck_points_task_points check (points > 0 and points <= 1000000),
  constraint ck_points_task_cycle check (cycle_count >= 1 and per_cycle >= 1),
  constraint ck_points_task_status check (status in ('ONLINE', 'OFFLINE')),
  constraint ck_points_task_window check (online_from is null or online_to is null or online_from < online_to),
  constraint fk_points_task_product foreign key (product_id) references product (id),
  constraint fk_points_task_icon foreign key (icon_image_id) references task_image (id)
);
create index ix_points_task_list on points_task (tenant_id, product_id, status, weight);

create table task_completion (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  task_id bigint not null,
  member_id bigint not null,
  cycle_index bigint not null,
  seq int not null,
  cycle_limit int not null,
  points int not null,
  streak int,
  origin varchar(64),
  completed_at datetime(6) not null,
  version bigint not null,
  constraint uk_task_completion_place unique (tenant_id, task_id, member_id, cycle_index, seq),
  constraint uk_task_completion_origin unique (tenant_id, task_id, member_id, origin),
  constraint ck_task_completion_seq check (seq >= 1 and seq <= cycle_limit),
  constraint fk_task_completion_task foreign key (task_id) references points_task (id),
  constraint fk_task_completion_member foreign key (member_id) references member (id)
);
create index ix_task_completion_member on task_completion (tenant_id, member_id, task_id, cycle_index);

create table receipt_submission (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  task_id bigint not null,
  member_id bigint not null,
  cycle_index bigint not null,
  status varchar(10) not null,
  image_count int not null,
  reason varchar(200),
  submitted_at datetime(6) not null,
  decided_at datetime(6),
  decided_by varchar(100),
  completion_id bigint,
  version bigint not null,
  constraint ck_receipt_submission_status check (status in ('PENDING', 'APPROVED', 'REJECTED')),
  constraint fk_receipt_submission_task foreign key (task_id) references points_task (id),
  constraint fk_receipt_submission_member foreign key (member_id) references member (id),
  constraint fk_receipt_submission_completion foreign key (completion_id) references task_completion (id)
);
create index ix_receipt_submission_queue on receipt_submission (tenant_id, status, submitted_at);
create index ix_receipt_submission_member on receipt_submission (tenant_id, member_id, task_id, cycle_index);
