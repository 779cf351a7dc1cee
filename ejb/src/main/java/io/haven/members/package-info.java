/**
 * Members of an enterprise's products: hosted accounts, own-login mapping, profiles (V1); member
 * levels per product and the growth value that reaches them (V3); member tasks whose completions
 * partners post, within their cycle's allowance (V4).
 */
package io.haven.members;
