/**
 * Marketing activities on the storefront (A1, A2): the rules page's JSON — settings, the exact odds
 * as percentages and the fairness commitment (the seed once revealed) — and a play for the
 * signed-in member. The pages of each activity type come later; they talk to {@link ActivitiesResource}.
 */
package io.haven.storefront.activities;
