package org.county.staffing.recruitment.employment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the ID number is kept: an HMAC-SHA256 with a secret key finds the same person again (a
 * plain hash of an 18-character number with a known structure is easily reversed), and an
 * AES-256-GCM ciphertext keeps it recoverable for re-keying the hash. Neither reveals it.
 */
public final class IdNumberProtection {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] hmacKey;
    private final SecretKeySpec aesKey;
    private final SecureRandom random = new SecureRandom();

    public IdNumberProtection(String hmacKeyBase64, String encryptionKeyBase64) {
        this.hmacKey = Base64.getDecoder().decode(hmacKeyBase64);
        byte[] aes = Base64.getDecoder().decode(encryptionKeyBase64);
        if (hmacKey.length < 32) {
            throw new IllegalArgumentException("recruitment.id-number.hmac-key must be at least 32 bytes (base64)");
        }
        if (aes.length != 32) {
            throw new IllegalArgumentException("recruitment.id-number.encryption-key must be 32 bytes (base64) for AES-256");
        }
        this.aesKey = new SecretKeySpec(aes, "AES");
    }

    /** Hex HMAC-SHA256 of the number: equal numbers give equal hashes under one key. */
    public String hash(NationalIdNumber number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(number.reveal().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Base64 of a random 96-bit IV followed by the AES-GCM ciphertext and tag. */
    public String encrypt(NationalIdNumber number) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(number.reveal().getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The number back from {@link #encrypt}; fails if the ciphertext was altered or the key differs. */
    public NationalIdNumber decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return NationalIdNumber.parse("idNumber", new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored ID number could not be decrypted", e);
        }
    }
}
