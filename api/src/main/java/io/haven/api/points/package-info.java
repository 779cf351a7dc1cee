/** Members' points (V2) for partners: the ledger, and credits and debits from the partner's systems. */
package io.haven.api.points;
