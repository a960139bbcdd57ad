package com.touchpoint.security;

/** A new token together with its secret, which is shown once and never stored. */
public record CreatedApiToken(ApiTokenDetails token, String secret) {
}
