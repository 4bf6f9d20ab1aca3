package org.county.staffing.recruitment.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class IdNumberProtectionTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString("a-hmac-key-of-thirty-two-bytes!!".getBytes());
    private static final String KEY_B = Base64.getEncoder().encodeToString("another-hmac-key-of-32-bytes!!!!".getBytes());
    private static final String AES = Base64.getEncoder().encodeToString("an-aes-256-key-of-32-bytes-long!".getBytes());
    private static final NationalIdNumber NUMBER = NationalIdNumber.parse("idNumber", "11010519491231002X");

    @Test
    void theKeyedHashFindsTheSamePersonAndDependsOnTheKey() {
        IdNumberProtection a = new IdNumberProtection(KEY_A, AES);
        assertThat(a.hash(NUMBER)).isEqualTo(a.hash(NationalIdNumber.parse("idNumber", "11010519491231002x")))
                .hasSize(64).doesNotContain("1101051949");
        assertThat(new IdNumberProtection(KEY_B, AES).hash(NUMBER)).isNotEqualTo(a.hash(NUMBER));
    }

    @Test
    void theCiphertextHidesTheNumberUsesAFreshIvAndDecryptsBack() {
        IdNumberProtection p = new IdNumberProtection(KEY_A, AES);
        String one = p.encrypt(NUMBER);
        String two = p.encrypt(NUMBER);
        assertThat(one).isNotEqualTo(two);
        assertThat(new String(Base64.getDecoder().decode(one))).doesNotContain("1101051949");
        assertThat(p.decrypt(one).masked()).isEqualTo(NUMBER.masked());
        assertThat(p.hash(p.decrypt(two))).isEqualTo(p.hash(NUMBER));
    }

    @Test
    void anAlteredCiphertextIsDetected() {
        IdNumberProtection p = new IdNumberProtection(KEY_A, AES);
        byte[] sealed = Base64.getDecoder().decode(p.encrypt(NUMBER));
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> p.decrypt(Base64.getEncoder().encodeToString(sealed))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shortKeysAreRefusedAtStart() {
        String shortKey = Base64.getEncoder().encodeToString("short".getBytes());
        assertThatThrownBy(() -> new IdNumberProtection(shortKey, AES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdNumberProtection(KEY_A, shortKey)).isInstanceOf(IllegalArgumentException.class);
    }
}
