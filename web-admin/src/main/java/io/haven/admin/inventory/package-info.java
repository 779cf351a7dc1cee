/**
 * Console pages of the enterprise's inventory (SPEC R3–R6): the total inventory of goods (add,
 * edit, images, add stock, CDK uploads, allocation) and the product sub-inventories (online and
 * offline, return, replenish), and the servlet that serves goods images.
 */
package io.haven.admin.inventory;
