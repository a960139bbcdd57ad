/**
 * Coaching screens. The schedule dialog is shared with the supervisor home, which starts a session from a team
 * member's row without leaving the page.
 */
@org.springframework.modulith.NamedInterface("ui")
package com.touchpoint.coaching.ui;
