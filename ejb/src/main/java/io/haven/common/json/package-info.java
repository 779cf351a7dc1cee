/**
 * How every JSON body a person or a partner sends is read: strictly, once, the same way on the
 * partner API and the storefront. A financial API must not guess what a client meant (a number
 * given as text, the last of two equal keys), and must refuse a hostile body in microseconds, not
 * after converting a million-digit number.
 */
package io.haven.common.json;
