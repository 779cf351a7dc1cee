-- Winner records (A4): a physical prize waits for the winner's address, then the operator ships it
-- (courier, tracking number) and the winner sees it; the same steps and sizes as a mall redemption.
alter table play add column recipient varchar(50);
alter table play add column recipient_phone varchar(20);
alter table play add column address varchar(300);
alter table play add column courier varchar(50);
alter table play add column tracking_number varchar(50);
alter table play add column shipped_at datetime(6);
alter table play drop constraint ck_play_status;
alter table play add constraint ck_play_status
  check (status in ('NO_PRIZE', 'COMPLETED', 'AWAITING_ADDRESS', 'AWAITING_SHIPMENT', 'SHIPPED', 'AWAITING_PAYOUT'));
-- a member's prizes across activities (the storefront's "my prizes")
create index ix_play_member on play (tenant_id, member_id, id);
