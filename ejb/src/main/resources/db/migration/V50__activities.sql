-- Marketing activities (A1-A4): activities, their prizes (each with its own stock row, locked last
-- in a play), plays, and the guarded counters behind plays-per-day and per-period limits.

create table activity (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  activity_type varchar(12) not null,
  status varchar(8) not null,
  title varchar(100) not null,
  rules varchar(4000),
  starts_at datetime(6) not null,
  ends_at datetime(6) not null,
  points_per_play bigint not null,
  free_plays_per_day int not null,
  -- every play of a member in a day, free or paid; -1 unlimited
  plays_per_day int not null,
  per_user_limit int not null,
  per_user_period varchar(16),
  per_device_limit int not null,
  per_device_period varchar(16),
  no_prize_text varchar(100) not null,
  -- SHA-256 (hex) of the server seed, published from the moment the activity goes online
  seed_commitment varchar(64),
  -- the server seed (hex): secret until the end, then revealed
  server_seed varchar(64),
  revealed boolean not null,
  created_at datetime(6) not null,
  version bigint not null,
  constraint ck_activity_type check (activity_type in ('GAME', 'LOTTERY', 'NURTURE', 'TREASURE', 'COMPOSITE')),
  constraint ck_activity_status check (status in ('DRAFT', 'ONLINE', 'OFFLINE')),
  constraint ck_activity_window check (ends_at > starts_at),
  constraint ck_activity_plays check (points_per_play >= 0 and free_plays_per_day >= 0 and plays_per_day >= -1),
  constraint ck_activity_limits check (per_user_limit >= -1 and per_device_limit >= -1),
  constraint fk_activity_product foreign key (product_id) references product (id)
);
create index ix_activity_tenant on activity (tenant_id, product_id, status, id);

-- A prize: units set aside from a sub-inventory, drawn with weight_ppm parts per million. The row
-- is the hot stock row of a play: locked last, decremented by a guarded update (remaining >= 1,
-- and the day's pacing cap), CHECK remaining >= 0 behind both.
create table prize (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  activity_id bigint not null,
  sort_order int not null,
  name varchar(100) not null,
  sub_inventory_id bigint not null,
  goods_id bigint not null,
  category varchar(16) not null,
  weight_ppm int not null,
  quantity bigint not null,
  remaining bigint not null,
  -- at most this many units a day (pacing); -1 unlimited
  daily_cap int not null,
  paced_day date,
  paced_count int not null,
  version bigint not null,
  constraint uk_prize_position unique (activity_id, sort_order),
  constraint ck_prize_weight check (weight_ppm between 0 and 1000000),
  constraint ck_prize_stock check (remaining >= 0 and remaining <= quantity),
  constraint ck_prize_pacing check (daily_cap >= -1 and paced_count >= 0),
  constraint fk_prize_activity foreign key (activity_id) references activity (id),
  constraint fk_prize_sub_inventory foreign key (sub_inventory_id) references sub_inventory (id)
);
create index ix_prize_tenant on prize (tenant_id, activity_id, sort_order);

-- One play of a member: its number (the draw's input), the number drawn, the prize it drew and
-- the prize it won (none when the drawn prize had run out), what it paid and the award.
create table play (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  activity_id bigint not null,
  product_id bigint not null,
  member_id bigint not null,
  play_number bigint not null,
  device_id varchar(64),
  draw_number int not null,
  drawn_prize_id bigint,
  prize_id bigint,
  prize_name varchar(100),
  category varchar(16),
  free_play boolean not null,
  points_paid bigint not null,
  status varchar(20) not null,
  award_code varchar(128),
  award_link varchar(500),
  award_points bigint,
  played_at datetime(6) not null,
  version bigint not null,
  constraint uk_play_number unique (tenant_id, activity_id, member_id, play_number),
  constraint ck_play_number check (play_number >= 1 and draw_number between 0 and 999999 and points_paid >= 0),
  constraint ck_play_status check (status in ('NO_PRIZE', 'COMPLETED', 'AWAITING_ADDRESS', 'AWAITING_PAYOUT')),
  constraint fk_play_activity foreign key (activity_id) references activity (id),
  constraint fk_play_prize foreign key (prize_id) references prize (id)
);
create index ix_play_activity on play (tenant_id, activity_id, played_at);
create index ix_play_winners on play (tenant_id, activity_id, prize_id, id);

-- Plays of a member in a day (free plays first, plays per day), of a member in a period and of a
-- device in a period. Changed only by a guarded update (used + 1 <= limit); the unique key stops
-- a second row of the same period.
create table play_counter (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  activity_id bigint not null,
  subject_kind varchar(8) not null,
  subject varchar(64) not null,
  period_start datetime(6) not null,
  used int not null,
  version bigint not null,
  constraint uk_play_counter unique (tenant_id, activity_id, subject_kind, subject, period_start),
  constraint ck_play_counter_used check (used >= 0),
  constraint ck_play_counter_kind check (subject_kind in ('DAY', 'USER', 'DEVICE'))
);
