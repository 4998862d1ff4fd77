package jzend.ext.standard;

import jzend.zend.ops.ByteBuf;

/** urlencode/rawurlencode/urldecode/rawurldecode of ext/standard/url.c ({@code php_url_encode}, {@code php_raw_url_encode}, {@code php_url_decode}). */
public final class UrlEncode {
    private UrlEncode() {}

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static boolean isAlnum(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** urlencode(): alnum and "-_." kept, space as '+', the rest as %XX (uppercase). */
    public static void urlencode(ByteBuf out, byte[] s, int off, int len) {
        for (int i = off; i < off + len; i++) {
            int c = s[i] & 0xFF;
            if (c == ' ') {
                out.append('+');
            } else if (isAlnum(c) || c == '-' || c == '_' || c == '.') {
                out.append((byte) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
    }

    /** rawurlencode() (RFC 3986): alnum and "-_.~" kept, the rest as %XX. */
    public static void rawurlencode(ByteBuf out, byte[] s, int off, int len) {
        for (int i = off; i < off + len; i++) {
            int c = s[i] & 0xFF;
            if (isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((byte) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
    }

    private static int hexVal(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        c |= 0x20;
        return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
    }

    /** urldecode(): '+' as space, %XX with two hex digits decoded, anything else literal. */
    public static void urldecode(ByteBuf out, byte[] s, int off, int len) {
        decode(out, s, off, len, true);
    }

    /** rawurldecode(): like urldecode without the '+' rule. */
    public static void rawurldecode(ByteBuf out, byte[] s, int off, int len) {
        decode(out, s, off, len, false);
    }

    private static void decode(ByteBuf out, byte[] s, int off, int len, boolean plus) {
        int end = off + len;
        for (int i = off; i < end; i++) {
            int c = s[i] & 0xFF;
            if (plus && c == '+') {
                out.append(' ');
            } else if (c == '%' && end - i > 2 && hexVal(s[i + 1] & 0xFF) >= 0 && hexVal(s[i + 2] & 0xFF) >= 0) {
                out.append((byte) ((hexVal(s[i + 1] & 0xFF) << 4) | hexVal(s[i + 2] & 0xFF)));
                i += 2;
            } else {
                out.append((byte) c);
            }
        }
    }
}
