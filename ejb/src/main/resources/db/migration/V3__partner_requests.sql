-- Idempotency of the partner API (V5): one row per Idempotency-Key of a tenant. A key is claimed
-- IN_FLIGHT in its own committed transaction (the unique constraint decides races) and becomes
-- COMPLETED with the answer to replay in the transaction of the business call itself.

create table partner_request (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  idempotency_key varchar(64) not null,
  fingerprint varchar(64) not null,
  state varchar(16) not null,
  answer_status int,
  answer_type varchar(100),
  answer_location varchar(500),
  answer_body varchar(8000),
  created_at datetime(6) not null,
  constraint uk_partner_request_key unique (tenant_id, idempotency_key),
  constraint ck_partner_request_state check (state in ('IN_FLIGHT', 'COMPLETED'))
);
create index ix_partner_request_created on partner_request (created_at);
