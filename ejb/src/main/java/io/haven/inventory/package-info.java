/**
 * The enterprise's goods and stock (SPEC R3–R6): goods in the total inventory (which only grows),
 * their images, CDK code pools, allocation to product sub-inventories and the sub-inventory
 * operations. {@link io.haven.inventory.control.StockLedger} is the one place where sold units
 * leave a sub-inventory (the mall calls it inside its redemption transaction).
 */
package io.haven.inventory;
