package com.touchpoint.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenHashTests {

    @Test
    void a_secret_is_stored_as_its_lower_case_sha256_hex_so_existing_tokens_keep_working() {
        // FIPS 180-2 test vector for "abc"
        assertThat(ApiTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
