package jzend.ext.standard;

import jzend.zend.ops.ByteBuf;

/** base64_encode() / base64_decode() of ext/standard/base64.c ({@code php_base64_encode}, {@code php_base64_decode_ex}). */
public final class Base64 {
    private Base64() {}

    private static final byte[] TABLE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** -1: whitespace (skipped), -2: invalid, else the 6-bit value. */
    private static final byte[] REVERSE = new byte[256];

    static {
        java.util.Arrays.fill(REVERSE, (byte) -2);
        for (int i = 0; i < 64; i++) {
            REVERSE[TABLE[i]] = (byte) i;
        }
        REVERSE['\t'] = -1;
        REVERSE['\n'] = -1;
        REVERSE['\r'] = -1;
        REVERSE[' '] = -1;
    }

    public static void encode(ByteBuf out, byte[] s, int off, int len) {
        int i = off, end = off + len;
        while (end - i > 2) {
            int b0 = s[i] & 0xFF, b1 = s[i + 1] & 0xFF, b2 = s[i + 2] & 0xFF;
            out.append(TABLE[b0 >> 2]).append(TABLE[((b0 & 0x03) << 4) + (b1 >> 4)])
               .append(TABLE[((b1 & 0x0f) << 2) + (b2 >> 6)]).append(TABLE[b2 & 0x3f]);
            i += 3;
        }
        if (end - i != 0) {
            int b0 = s[i] & 0xFF;
            out.append(TABLE[b0 >> 2]);
            if (end - i > 1) {
                int b1 = s[i + 1] & 0xFF;
                out.append(TABLE[((b0 & 0x03) << 4) + (b1 >> 4)]).append(TABLE[(b1 & 0x0f) << 2]).append('=');
            } else {
                out.append(TABLE[(b0 & 0x03) << 4]).append('=').append('=');
            }
        }
    }

    /**
     * base64_decode($s, $strict): non-strict skips every invalid character; strict skips only
     * whitespace and fails (returns false, nothing appended) on invalid characters, data after
     * padding, a truncated last group or wrong padding.
     */
    public static boolean decode(ByteBuf out, byte[] s, int off, int len, boolean strict) {
        int start = out.length();
        int i = 0, padding = 0;
        int cur = 0;
        for (int k = off; k < off + len; k++) {
            int ch = s[k] & 0xFF;
            if (ch == '=') {
                padding++;
                continue;
            }
            ch = REVERSE[ch];
            if (!strict) {
                if (ch < 0) {
                    continue;
                }
            } else {
                if (ch == -1) {
                    continue;
                }
                if (ch == -2 || padding != 0) {
                    out.setLength(start);
                    return false;
                }
            }
            switch (i % 4) {
                case 0:
                    cur = ch << 2;
                    break;
                case 1:
                    out.append((byte) (cur | (ch >> 4)));
                    cur = (ch & 0x0f) << 4;
                    break;
                case 2:
                    out.append((byte) (cur | (ch >> 2)));
                    cur = (ch & 0x03) << 6;
                    break;
                default:
                    out.append((byte) (cur | ch));
                    break;
            }
            i++;
        }
        if (strict && i % 4 == 1) {
            out.setLength(start);
            return false;
        }
        if (strict && padding != 0 && (padding > 2 || (i + padding) % 4 != 0)) {
            out.setLength(start);
            return false;
        }
        return true;
    }
}
