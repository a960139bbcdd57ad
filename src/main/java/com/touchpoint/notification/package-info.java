/**
 * In-app notifications, shown by the bell in the header. This feature listens to what the other features
 * publish (kudos given or hidden; training assigned, due soon or overdue; coaching sessions scheduled, held,
 * acknowledged or coming up, coaching actions due soon or overdue) and decides who is told what; the publishers
 * do not know it exists.
 */
package com.touchpoint.notification;
