/**
 * Marketing activities in the console (A2–A4): the activity list with its life cycle (publish,
 * online/offline, delete once confirmed, link and QR code), the create/edit dialog with prizes and
 * their exact odds as percentages, and the winner records with shipping and the CSV download.
 */
package io.haven.admin.activities;
