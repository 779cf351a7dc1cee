-- Issue 10: a member's redemptions show the listing's display name they redeemed (as the goods
-- name, a snapshot: renaming the listing later does not rewrite history). Older rows take the
-- listing's name as it is now; a row whose listing is gone keeps null and shows the goods name.
alter table redemption add column listing_name varchar(100);

update redemption set listing_name = (select l.display_name from listing l where l.id = redemption.listing_id and l.tenant_id = redemption.tenant_id);
