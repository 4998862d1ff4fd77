package jzend.ext.standard;

import jzend.zend.ops.ByteBuf;

/**
 * htmlspecialchars() with PHP 8.1+ defaults (ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401, UTF-8,
 * double_encode = true), after {@code php_escape_html_entities_ex} (ext/standard/html.c): escapes
 * & " ' < > (' as &#039;) and replaces each invalid UTF-8 sequence, as {@code php_next_utf8_char}
 * delimits them, with U+FFFD.
 */
public final class HtmlSpecialChars {
    private HtmlSpecialChars() {}

    private static final byte[] AMP = "&amp;".getBytes(), QUOT = "&quot;".getBytes(), APOS = "&#039;".getBytes(),
            LT = "&lt;".getBytes(), GT = "&gt;".getBytes(), REPL = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private static boolean lead(int c) {
        return c < 0x80 || (c >= 0xC2 && c <= 0xF4);
    }

    private static boolean trail(int c) {
        return c >= 0x80 && c <= 0xBF;
    }

    /**
     * Length of the valid UTF-8 character at {@code pos}, or the negated number of bytes the
     * decoder skips when the sequence there is invalid (php_next_utf8_char's MB_FAILURE advance).
     */
    static int nextUtf8(byte[] s, int pos, int end) {
        int c = s[pos] & 0xFF;
        int avail = end - pos;
        if (c < 0x80) {
            return 1;
        } else if (c < 0xC2) {
            return -1;
        } else if (c < 0xE0) {
            if (avail < 2) {
                return -1;
            }
            int c1 = s[pos + 1] & 0xFF;
            if (!trail(c1)) {
                return lead(c1) ? -1 : -2;
            }
            return 2;
        } else if (c < 0xF0) {
            if (avail < 3 || !trail(s[pos + 1] & 0xFF) || !trail(s[pos + 2] & 0xFF)) {
                if (avail < 2 || lead(s[pos + 1] & 0xFF)) {
                    return -1;
                } else if (avail < 3 || lead(s[pos + 2] & 0xFF)) {
                    return -2;
                } else {
                    return -3;
                }
            }
            int ch = ((c & 0x0f) << 12) | ((s[pos + 1] & 0x3f) << 6) | (s[pos + 2] & 0x3f);
            if (ch < 0x800 || (ch >= 0xd800 && ch <= 0xdfff)) {
                return -3;
            }
            return 3;
        } else if (c < 0xF5) {
            if (avail < 4 || !trail(s[pos + 1] & 0xFF) || !trail(s[pos + 2] & 0xFF) || !trail(s[pos + 3] & 0xFF)) {
                if (avail < 2 || lead(s[pos + 1] & 0xFF)) {
                    return -1;
                } else if (avail < 3 || lead(s[pos + 2] & 0xFF)) {
                    return -2;
                } else if (avail < 4 || lead(s[pos + 3] & 0xFF)) {
                    return -3;
                } else {
                    return -4;
                }
            }
            int ch = ((c & 0x07) << 18) | ((s[pos + 1] & 0x3f) << 12) | ((s[pos + 2] & 0x3f) << 6) | (s[pos + 3] & 0x3f);
            if (ch < 0x10000 || ch > 0x10FFFF) {
                return -4;
            }
            return 4;
        }
        return -1;
    }

    public static void escape(ByteBuf out, byte[] s, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end) {
            int n = nextUtf8(s, i, end);
            if (n < 0) {
                out.append(REPL);
                i += -n;
                continue;
            }
            if (n == 1) {
                switch (s[i]) {
                    case '&': out.append(AMP); break;
                    case '"': out.append(QUOT); break;
                    case '\'': out.append(APOS); break;
                    case '<': out.append(LT); break;
                    case '>': out.append(GT); break;
                    default: out.append(s[i]);
                }
            } else {
                out.append(s, i, n);
            }
            i += n;
        }
    }
}
