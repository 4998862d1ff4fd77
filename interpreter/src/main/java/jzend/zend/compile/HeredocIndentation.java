package jzend.zend.compile;

import java.io.ByteArrayOutputStream;

/**
 * Port of zend_language_scanner.l's strip_multiline_string_indentation(): removes the closing
 * marker's indentation from every line of a heredoc/nowdoc body part (PHP 7.3 flexible heredoc).
 */
final class HeredocIndentation {
    private HeredocIndentation() {}

    /** Index of the next newline (\n, \r\n or \r) in {@code s[from, to)}, or -1. */
    private static int nextNewline(byte[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s[i] == '\n' || s[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    private static int newlineLength(byte[] s, int nl, int to) {
        return s[nl] == '\r' && nl + 1 < to && s[nl + 1] == '\n' ? 2 : 1;
    }

    /**
     * Strips {@code indentation} leading spaces/tabs from each line of {@code s[from, to)}.
     * {@code newlineAtStart}: the part starts a line; {@code newlineAtEnd}: the closing marker's
     * line follows it. {@code line} is the part's first line, for the error messages.
     */
    static byte[] strip(byte[] s, int from, int to, int indentation, boolean usingSpaces,
                        boolean newlineAtStart, boolean newlineAtEnd, int line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int str = from;
        int newlineCount = 0;
        int nl;
        if (!newlineAtStart) {
            nl = nextNewline(s, from, to);
            if (nl < 0) {
                out.write(s, from, to - from);
                return out.toByteArray();
            }
            int len = newlineLength(s, nl, to);
            out.write(s, from, nl + len - from);
            str = nl + len;
            newlineCount++;
        } else {
            nl = str;
        }
        while (str <= to && nl >= 0) {
            nl = nextNewline(s, str, to);
            int newlineLen = nl >= 0 ? newlineLength(s, nl, to) : 0;
            if (nl < 0 && newlineAtEnd) {
                nl = to;
            }
            for (int skip = 0; skip < indentation; skip++, str++) {
                if (str == nl) {
                    break;
                }
                if (str == to || (s[str] != ' ' && s[str] != '\t')) {
                    throw ParseError.parse("Invalid body indentation level (expecting an indentation level of at least "
                            + indentation + ")", line + newlineCount);
                }
                if ((!usingSpaces && s[str] == ' ') || (usingSpaces && s[str] == '\t')) {
                    throw ParseError.parse("Invalid indentation - tabs and spaces cannot be mixed", line + newlineCount);
                }
            }
            if (str == to) {
                break;
            }
            int len = nl >= 0 ? (nl - str + newlineLen) : (to - str);
            out.write(s, str, len);
            str += len;
            newlineCount++;
        }
        return out.toByteArray();
    }
}
