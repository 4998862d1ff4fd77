package jzend.ext.standard;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32;
import jzend.zend.ops.ByteBuf;

/** crc32() (ext/standard/crc32.c, the zlib polynomial), md5() and sha1() (ext/standard/md5.c, sha1.c) over bytes. */
public final class Hashes {
    private Hashes() {}

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** crc32(): the unsigned CRC-32 as a PHP int. */
    public static long crc32(byte[] s, int off, int len) {
        CRC32 c = new CRC32();
        c.update(s, off, len);
        return c.getValue();
    }

    /** md5($s, false): 32 lowercase hex digits appended to out; md5($s, true) when {@code binary}. */
    public static void md5(ByteBuf out, byte[] s, int off, int len, boolean binary) {
        digest("MD5", out, s, off, len, binary);
    }

    /** sha1($s, $binary). */
    public static void sha1(ByteBuf out, byte[] s, int off, int len, boolean binary) {
        digest("SHA-1", out, s, off, len, binary);
    }

    private static void digest(String alg, ByteBuf out, byte[] s, int off, int len, boolean binary) {
        byte[] d;
        try {
            MessageDigest md = MessageDigest.getInstance(alg);
            md.update(s, off, len);
            d = md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (binary) {
            out.append(d);
        } else {
            appendHex(out, d, 0, d.length);
        }
    }

    /** bin2hex: two lowercase hex digits per byte. */
    public static void appendHex(ByteBuf out, byte[] d, int off, int len) {
        for (int i = off; i < off + len; i++) {
            out.append(HEX[(d[i] >> 4) & 0xF]).append(HEX[d[i] & 0xF]);
        }
    }
}
