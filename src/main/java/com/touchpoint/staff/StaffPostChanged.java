package com.touchpoint.staff;

/**
 * Published inside the saving transaction when a staff member joins the directory or moves to another post
 * ({@code fromPost} is null for a new member): the post's pooled figures change.
 */
public record StaffPostChanged(long staffId, String fromPost, String toPost) {
}
