package io.haven.mall.control;

/**
 * A payment reached its end (CDI event, fired synchronously in the settling transaction, once per
 * payment): paid, or cancelled by the member on the pay page. Observers pick their purpose.
 */
public record PaymentSettled(String purpose, String orderNumber, String reference, boolean paid) {}
