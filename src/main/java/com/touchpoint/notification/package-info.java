/**
 * In-app notifications: a small shared facility other features use to tell a user something
 * (an assignment, a reminder, an overdue flag), shown by the bell in the header.
 */
package com.touchpoint.notification;
