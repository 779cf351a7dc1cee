/** Members of an enterprise's products: hosted accounts, own-login mapping, profiles (V1). */
package io.haven.members;
