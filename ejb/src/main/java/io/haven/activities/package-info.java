/**
 * Marketing activities (A1–A4): one fair, auditable play-and-draw engine behind lotteries, blind
 * boxes, games, nurture and treasure hunts. An activity's prizes are units set aside from product
 * sub-inventories with exact odds in parts per million; a play is one transaction (free plays,
 * then points per play through the ledger, guarded limit counters, the draw, the prize's stock
 * row locked last); each outcome is derived from a committed server seed and can be checked by
 * anyone once the seed is revealed after the end.
 */
package io.haven.activities;
