/**
 * The points mall on the storefront (M3): the mall home with its group tabs and the cached goods
 * lists, goods details with their images, redeeming (award shown by category, the address of
 * physical goods), the sandbox pay page of points-plus-cash goods, and the member's own points and
 * redemptions. Pages are HTML shells ({@link MallPagesResource}, {@link PayPageResource}); the
 * script {@code assets/mall.js} talks to {@link MallResource} and {@link PaymentsResource}.
 */
package io.haven.storefront.mall;
