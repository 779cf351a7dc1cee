-- Failed code look-ups at the verification counter, per verifier and ten-minute window (brute
-- force). Written in a transaction of its own (the failed look-up itself rolls back); a guarded
-- update plus the unique key, never a count in memory.
create table counter_lookup_failure (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  console_user_id bigint not null,
  window_start datetime(6) not null,
  failures int not null,
  version bigint not null,
  constraint uk_counter_lookup_failure unique (tenant_id, console_user_id, window_start),
  constraint ck_counter_lookup_failures check (failures >= 0)
);
