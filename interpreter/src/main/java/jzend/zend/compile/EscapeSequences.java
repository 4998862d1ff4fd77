package jzend.zend.compile;

import java.io.ByteArrayOutputStream;

/** Port of zend_language_scanner.l's zend_scan_escape_string(): double-quote/heredoc escapes. */
final class EscapeSequences {
    private EscapeSequences() {}

    /** Where the octal-overflow warning goes. */
    interface WarningSink {
        void warning(String message, int line);
    }

    static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isOct(int c) {
        return c >= '0' && c <= '7';
    }

    /**
     * Unescapes {@code src[from, to)} for a string quoted by {@code quote} ('"', '`', or 0 for
     * heredoc). {@code line} is the line the text starts on (for the messages); throws ParseError
     * for a bad \\u{...}.
     */
    static byte[] unescape(byte[] src, int from, int to, int quote, int line, boolean scanOnly, WarningSink sink) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int s = from;
        while (s < to) {
            int c = src[s] & 0xff;
            if (c == '\\') {
                s++;
                if (s >= to) {
                    out.write('\\');
                    continue;
                }
                c = src[s] & 0xff;
                switch (c) {
                    case 'n' -> out.write('\n');
                    case 't' -> out.write('\t');
                    case 'r' -> out.write('\r');
                    case 'f' -> out.write('\f');
                    case 'v' -> out.write(0x0b);
                    case 'e' -> out.write(0x1b);
                    case '"', '`' -> {
                        if (c != quote) {
                            out.write('\\');
                        }
                        out.write(c);
                    }
                    case '\\', '$' -> out.write(c);
                    case 'x', 'X' -> {
                        if (s + 1 < to && isHex(src[s + 1])) {
                            int v = Character.digit(src[++s], 16);
                            if (s + 1 < to && isHex(src[s + 1])) {
                                v = v * 16 + Character.digit(src[++s], 16);
                            }
                            out.write(v);
                        } else {
                            out.write('\\');
                            out.write(c);
                        }
                    }
                    case 'u' -> s = codepoint(src, s, to, line, out);
                    default -> {
                        if (isOct(c)) {
                            StringBuilder octal = new StringBuilder().append((char) c);
                            if (s + 1 < to && isOct(src[s + 1])) {
                                octal.append((char) src[++s]);
                                if (s + 1 < to && isOct(src[s + 1])) {
                                    octal.append((char) src[++s]);
                                }
                            }
                            if (octal.length() == 3 && octal.charAt(0) > '3' && !scanOnly) {
                                sink.warning("Octal escape sequence overflow \\" + octal + " is greater than \\377", line);
                            }
                            out.write(Integer.parseInt(octal.toString(), 8) & 0xff);
                        } else {
                            out.write('\\');
                            out.write(c);
                        }
                    }
                }
            } else {
                out.write(c);
            }
            c = src[s] & 0xff;
            if (c == '\n' || (c == '\r' && (s + 1 >= src.length || src[s + 1] != '\n'))) {
                line++;
            }
            s++;
        }
        return out.toByteArray();
    }

    /** The \\u{...} escape; {@code s} is at the 'u'; returns the index of its last byte. */
    private static int codepoint(byte[] src, int s, int to, int line, ByteArrayOutputStream out) {
        if (s + 1 >= to || src[s + 1] != '{') {
            out.write('\\');
            out.write('u');
            return s;
        }
        int p = s + 2;
        while (p < to && isHex(src[p])) {
            p++;
        }
        if (p >= to || src[p] != '}' || p == s + 2) {
            throw ParseError.parse("Invalid UTF-8 codepoint escape sequence", line);
        }
        long cp = 0;
        for (int i = s + 2; i < p; i++) {
            cp = cp * 16 + Character.digit(src[i], 16);
            if (cp > 0x10FFFF) {
                throw ParseError.parse("Invalid UTF-8 codepoint escape sequence: Codepoint too large", line);
            }
        }
        if (cp < 0x80) {
            out.write((int) cp);
        } else if (cp <= 0x7FF) {
            out.write((int) ((cp >> 6) + 0xC0));
            out.write((int) ((cp & 0x3F) + 0x80));
        } else if (cp <= 0xFFFF) {
            out.write((int) ((cp >> 12) + 0xE0));
            out.write((int) (((cp >> 6) & 0x3F) + 0x80));
            out.write((int) ((cp & 0x3F) + 0x80));
        } else {
            out.write((int) ((cp >> 18) + 0xF0));
            out.write((int) (((cp >> 12) & 0x3F) + 0x80));
            out.write((int) (((cp >> 6) & 0x3F) + 0x80));
            out.write((int) ((cp & 0x3F) + 0x80));
        }
        return p;
    }
}
