-- How the storefront presents an activity's play (A1): a lottery as a scratch card, a lucky wheel, a
-- nine-grid or a blind box; a game as the stacking tower, match-3 or the card game. The engine is
-- the same for all; null (rows made before this) means the type's first presentation.
alter table activity add column presentation varchar(16);
