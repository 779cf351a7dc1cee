-- Acquisition tasks (issue 17): who invited whom. One row per invited member, written in the
-- transaction that creates that member (storefront sign-up through an invitation link, or a
-- partner sync naming the inviter). invitee_id is unique: a member is invited once, so the
-- inviter's "invite a new member" task can be credited at most once per new member whatever
-- retries or races happen; the credit itself is a task_completion with origin 'invite:<invitee>',
-- unique per task and inviter (uk_task_completion_origin).

create table member_invitation (
  id bigint auto_increment primary key,
  tenant_id bigint not null,
  product_id bigint not null,
  inviter_id bigint not null,
  invitee_id bigint not null,
  channel varchar(16) not null,
  invited_at datetime(6) not null,
  version bigint not null,
  constraint uk_member_invitation_invitee unique (tenant_id, invitee_id),
  constraint ck_member_invitation_self check (inviter_id <> invitee_id),
  constraint ck_member_invitation_channel check (channel in ('STOREFRONT', 'PARTNER_API')),
  constraint fk_member_invitation_product foreign key (product_id) references product (id),
  constraint fk_member_invitation_inviter foreign key (inviter_id) references member (id),
  constraint fk_member_invitation_invitee foreign key (invitee_id) references member (id)
);
create index ix_member_invitation_inviter on member_invitation (tenant_id, inviter_id, invited_at);
