package jzend.ext.standard;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.execute.ZendVm;
import jzend.zend.ops.ByteBuf;
import jzend.zend.string.ZendString;

import static jzend.zend.execute.ZendParseParameters.optionalBool;
import static jzend.zend.execute.ZendParseParameters.optionalLong;
import static jzend.zend.execute.ZendParseParameters.requiredString;

/**
 * ext/standard/html.c: htmlspecialchars, htmlspecialchars_decode and html_entity_decode (the
 * HTML 4.01 entity table; HTML 5's named entities beyond it are not decoded).
 */
public final class HtmlFunctions {
    private HtmlFunctions() {}

    private static final String OWNER = "jzend/ext/standard/HtmlFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("htmlspecialchars", OWNER, "htmlspecialchars", 1, "string", "flags", "encoding", "double_encode"),
        new ZendFunctionEntry("htmlspecialchars_decode", OWNER, "htmlspecialchars_decode", 1, "string", "flags"),
        new ZendFunctionEntry("html_entity_decode", OWNER, "html_entity_decode", 1, "string", "flags", "encoding"),
        new ZendFunctionEntry("htmlentities", OWNER, "htmlentities", 1, "string", "flags", "encoding", "double_encode"),
    };

    static final int ENT_HTML_QUOTE_SINGLE = 1, ENT_HTML_QUOTE_DOUBLE = 2, ENT_IGNORE = 4, ENT_SUBSTITUTE = 8,
            DOC_MASK = 16 | 32, DOC_HTML401 = 0, DOC_XML1 = 16, DOC_XHTML = 32, DOC_HTML5 = 48;
    private static final long DEFAULT_FLAGS = 3 | ENT_SUBSTITUTE;

    /** The HTML 4.01 named entities (name, code point), as get_html_translation_table lists them. */
    private static final Object[] HTML4 = {
        "quot", 34, "amp", 38, "lt", 60, "gt", 62, "nbsp", 160, "iexcl", 161, "cent", 162, "pound", 163,
        "curren", 164, "yen", 165, "brvbar", 166, "sect", 167, "uml", 168, "copy", 169, "ordf", 170, "laquo", 171,
        "not", 172, "shy", 173, "reg", 174, "macr", 175, "deg", 176, "plusmn", 177, "sup2", 178, "sup3", 179,
        "acute", 180, "micro", 181, "para", 182, "middot", 183, "cedil", 184, "sup1", 185, "ordm", 186, "raquo", 187,
        "frac14", 188, "frac12", 189, "frac34", 190, "iquest", 191, "Agrave", 192, "Aacute", 193, "Acirc", 194, "Atilde", 195,
        "Auml", 196, "Aring", 197, "AElig", 198, "Ccedil", 199, "Egrave", 200, "Eacute", 201, "Ecirc", 202, "Euml", 203,
        "Igrave", 204, "Iacute", 205, "Icirc", 206, "Iuml", 207, "ETH", 208, "Ntilde", 209, "Ograve", 210, "Oacute", 211,
        "Ocirc", 212, "Otilde", 213, "Ouml", 214, "times", 215, "Oslash", 216, "Ugrave", 217, "Uacute", 218, "Ucirc", 219,
        "Uuml", 220, "Yacute", 221, "THORN", 222, "szlig", 223, "agrave", 224, "aacute", 225, "acirc", 226, "atilde", 227,
        "auml", 228, "aring", 229, "aelig", 230, "ccedil", 231, "egrave", 232, "eacute", 233, "ecirc", 234, "euml", 235,
        "igrave", 236, "iacute", 237, "icirc", 238, "iuml", 239, "eth", 240, "ntilde", 241, "ograve", 242, "oacute", 243,
        "ocirc", 244, "otilde", 245, "ouml", 246, "divide", 247, "oslash", 248, "ugrave", 249, "uacute", 250, "ucirc", 251,
        "uuml", 252, "yacute", 253, "thorn", 254, "yuml", 255, "OElig", 338, "oelig", 339, "Scaron", 352, "scaron", 353,
        "Yuml", 376, "fnof", 402, "circ", 710, "tilde", 732, "Alpha", 913, "Beta", 914, "Gamma", 915, "Delta", 916,
        "Epsilon", 917, "Zeta", 918, "Eta", 919, "Theta", 920, "Iota", 921, "Kappa", 922, "Lambda", 923, "Mu", 924,
        "Nu", 925, "Xi", 926, "Omicron", 927, "Pi", 928, "Rho", 929, "Sigma", 931, "Tau", 932, "Upsilon", 933,
        "Phi", 934, "Chi", 935, "Psi", 936, "Omega", 937, "alpha", 945, "beta", 946, "gamma", 947, "delta", 948,
        "epsilon", 949, "zeta", 950, "eta", 951, "theta", 952, "iota", 953, "kappa", 954, "lambda", 955, "mu", 956,
        "nu", 957, "xi", 958, "omicron", 959, "pi", 960, "rho", 961, "sigmaf", 962, "sigma", 963, "tau", 964,
        "upsilon", 965, "phi", 966, "chi", 967, "psi", 968, "omega", 969, "thetasym", 977, "upsih", 978, "piv", 982,
        "ensp", 8194, "emsp", 8195, "thinsp", 8201, "zwnj", 8204, "zwj", 8205, "lrm", 8206, "rlm", 8207, "ndash", 8211,
        "mdash", 8212, "lsquo", 8216, "rsquo", 8217, "sbquo", 8218, "ldquo", 8220, "rdquo", 8221, "bdquo", 8222, "dagger", 8224,
        "Dagger", 8225, "bull", 8226, "hellip", 8230, "permil", 8240, "prime", 8242, "Prime", 8243, "lsaquo", 8249, "rsaquo", 8250,
        "oline", 8254, "frasl", 8260, "euro", 8364, "image", 8465, "weierp", 8472, "real", 8476, "trade", 8482, "alefsym", 8501,
        "larr", 8592, "uarr", 8593, "rarr", 8594, "darr", 8595, "harr", 8596, "crarr", 8629, "lArr", 8656, "uArr", 8657,
        "rArr", 8658, "dArr", 8659, "hArr", 8660, "forall", 8704, "part", 8706, "exist", 8707, "empty", 8709, "nabla", 8711,
        "isin", 8712, "notin", 8713, "ni", 8715, "prod", 8719, "sum", 8721, "minus", 8722, "lowast", 8727, "radic", 8730,
        "prop", 8733, "infin", 8734, "ang", 8736, "and", 8743, "or", 8744, "cap", 8745, "cup", 8746, "int", 8747,
        "there4", 8756, "sim", 8764, "cong", 8773, "asymp", 8776, "ne", 8800, "equiv", 8801, "le", 8804, "ge", 8805,
        "sub", 8834, "sup", 8835, "nsub", 8836, "sube", 8838, "supe", 8839, "oplus", 8853, "otimes", 8855, "perp", 8869,
        "sdot", 8901, "lceil", 8968, "rceil", 8969, "lfloor", 8970, "rfloor", 8971, "lang", 9001, "rang", 9002, "loz", 9674,
        "spades", 9824, "clubs", 9827, "hearts", 9829, "diams", 9830
    };

    private static final java.util.HashMap<String, Integer> HTML4_MAP = new java.util.HashMap<>();

    /** Code point to entity name, for htmlentities. */
    private static final java.util.HashMap<Integer, String> HTML4_NAMES = new java.util.HashMap<>();

    static {
        for (int i = 0; i < HTML4.length; i += 2) {
            HTML4_MAP.put((String) HTML4[i], (Integer) HTML4[i + 1]);
            HTML4_NAMES.putIfAbsent((Integer) HTML4[i + 1], (String) HTML4[i]);
        }
    }

    /** The code point of the valid UTF-8 sequence of {@code n} bytes at {@code pos}. */
    private static int codePoint(byte[] s, int pos, int n) {
        int c = s[pos] & 0xff;
        return switch (n) {
            case 1 -> c;
            case 2 -> ((c & 0x1f) << 6) | (s[pos + 1] & 0x3f);
            case 3 -> ((c & 0x0f) << 12) | ((s[pos + 1] & 0x3f) << 6) | (s[pos + 2] & 0x3f);
            default -> ((c & 0x07) << 18) | ((s[pos + 1] & 0x3f) << 12) | ((s[pos + 2] & 0x3f) << 6) | (s[pos + 3] & 0x3f);
        };
    }

    /** resolve_named_entity_html over the inverse map unescape_inverse_map(all, flags) picks; -1 if unknown. */
    private static int resolveNamed(String name, boolean all, int doctype) {
        if (all && (doctype == DOC_HTML401 || doctype == DOC_XHTML || doctype == DOC_HTML5)) {
            Integer cp = HTML4_MAP.get(name);
            if (cp != null) return cp;
            if (doctype == DOC_HTML5 && name.equals("apos")) return '\'';
            return -1;
        }
        switch (name) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return doctype == DOC_HTML401 && !all ? -1 : '\'';
            default: return -1;
        }
    }

    /** determine_charset: true for UTF-8 (the default), false for the single-byte charsets; warns for unknown ones. */
    private static boolean isUtf8(long ex, int n) {
        if (jzend.zend.execute.ZendExecuteData.numArgs(ex) < n
                || ZendVm.IS_NULL == (jzend.zend.alloc.NativeMemory.getInt(jzend.zend.execute.ZendParseParameters.arg(ex, n) + 8) & 0xff)) {
            return true;
        }
        String cs = ZendString.toJavaString(requiredString(ex, n));
        if (cs.isEmpty()) return true;
        switch (cs.toLowerCase(java.util.Locale.ROOT)) {
            case "utf-8", "utf8":
                return true;
            case "iso-8859-1", "iso8859-1", "iso-8859-15", "iso8859-15", "cp1252", "windows-1252", "1252", "cp1251",
                 "windows-1251", "win-1251", "1251", "koi8-r", "koi8-ru", "koi8r", "cp866", "866", "ibm866", "macroman":
                return false;
            default:
                Str.warning(ex, "Charset \"" + cs + "\" is not supported, assuming UTF-8");
                return true;
        }
    }

    /** process_numeric_entity at {@code pos} (just after "&#"): the code point and the index of ';', or null. */
    private static long[] numericEntity(byte[] s, int pos) {
        boolean hex = pos < s.length && (s[pos] == 'x' || s[pos] == 'X');
        if (hex) pos++;
        if (pos >= s.length || Character.digit(s[pos] & 0xff, hex ? 16 : 10) < 0 || (s[pos] & 0xff) > 'f') return null;
        long v = 0;
        boolean overflow = false;
        while (pos < s.length) {
            int c = s[pos] & 0xff;
            int d = c <= 'f' ? Character.digit(c, hex ? 16 : 10) : -1;
            if (d < 0) break;
            if (v > 0x10FFFFL) overflow = true;
            else v = v * (hex ? 16 : 10) + d;
            pos++;
        }
        if (pos >= s.length || s[pos] != ';') return null;
        if (overflow || v > 0x10FFFF) return null;
        return new long[] {v, pos};
    }

    /** process_named_entity_html from {@code pos}: the index of the ';' ending a non-empty alphanumeric name, or -1. */
    private static int namedEntityEnd(byte[] s, int pos) {
        int p = pos;
        while (p < s.length && (Character.isLetterOrDigit(s[p] & 0xff) && (s[p] & 0xff) < 0x80)) p++;
        if (p >= s.length || s[p] != ';' || p == pos) return -1;
        return p;
    }

    /** unicode_cp_is_allowed. */
    private static boolean cpAllowed(long cp, int doctype) {
        switch (doctype) {
            case DOC_HTML401:
                return (cp >= 0x20 && cp <= 0x7E) || cp == 0x0A || cp == 0x09 || cp == 0x0D
                        || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0x10FFFF);
            case DOC_HTML5:
                return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0x09 && cp <= 0x0D && cp != 0x0B)
                        || (cp >= 0xA0 && cp <= 0xD7FF)
                        || (cp >= 0xE000 && cp <= 0x10FFFF && (cp & 0xFFFF) < 0xFFFE && (cp < 0xFDD0 || cp > 0xFDEF));
            default:
                return (cp >= 0x20 && cp <= 0xD7FF) || cp == 0x0A || cp == 0x09 || cp == 0x0D
                        || (cp >= 0xE000 && cp <= 0x10FFFF && cp != 0xFFFE && cp != 0xFFFF);
        }
    }

    /** PHP_FUNCTION(htmlspecialchars): php_escape_html_entities_ex with all = 0. */
    public static void htmlspecialchars(long ex, long rv) {
        escape(ex, rv, false);
    }

    /**
     * PHP_FUNCTION(htmlentities): php_escape_html_entities_ex with all = 1 (the HTML 4.01 table, also
     * for ENT_HTML5; ENT_XML1 only has the basic entities). Single-byte charsets are read as ISO-8859-1.
     */
    public static void htmlentities(long ex, long rv) {
        escape(ex, rv, true);
    }

    /** Port of php_escape_html_entities_ex. */
    private static void escape(long ex, long rv, boolean all) {
        long str = requiredString(ex, 1);
        int flags = (int) optionalLong(ex, 2, DEFAULT_FLAGS);
        boolean utf8 = isUtf8(ex, 3);
        boolean doubleEncode = optionalBool(ex, 4, true);
        byte[] s = ZendString.bytes(str);
        int doctype = flags & DOC_MASK;
        if (all && doctype == DOC_XML1) all = false; // LIMIT_ALL
        long maxlen = s.length < 64 ? 128 : 2L * s.length;
        ByteBuf out = new ByteBuf((int) Math.min(maxlen, Integer.MAX_VALUE - 8));
        int cursor = 0;
        while (cursor < s.length) {
            if (out.length() > maxlen - 40) maxlen += 128;
            int n = utf8 ? HtmlSpecialChars.nextUtf8(s, cursor, s.length) : 1;
            if (n < 0) {
                cursor += -n;
                if ((flags & ENT_IGNORE) != 0) continue;
                if ((flags & ENT_SUBSTITUTE) != 0) {
                    out.append((byte) 0xEF).append((byte) 0xBF).append((byte) 0xBD);
                    continue;
                }
                ZendVm.setString(rv, jzend.zend.string.ZendInternedStrings.emptyString());
                return;
            }
            byte c = s[cursor];
            if (all && c != '&' && !(c == '"' && (flags & ENT_HTML_QUOTE_DOUBLE) == 0)
                    && !(c == '\'' && (flags & ENT_HTML_QUOTE_SINGLE) == 0)) {
                int cp = utf8 ? codePoint(s, cursor, n) : c & 0xff;
                String name = cp == '\'' ? (doctype == DOC_HTML5 ? "apos" : "#039") : HTML4_NAMES.get(cp);
                if (name != null) {
                    out.append('&').appendAscii(name).append(';');
                    cursor += n;
                    continue;
                }
            }
            if (n > 1) {
                out.append(s, cursor, n);
                cursor += n;
                continue;
            }
            cursor++;
            switch (c) {
                case '&' -> {
                    if (!doubleEncode) {
                        int end = -1;
                        if (cursor < s.length && s[cursor] == '#') {
                            long[] num = numericEntity(s, cursor + 1);
                            if (num != null) end = (int) num[1];
                        } else {
                            int e = namedEntityEnd(s, cursor);
                            if (e >= 0) {
                                String name = new String(s, cursor, e - cursor, java.nio.charset.StandardCharsets.ISO_8859_1);
                                if (resolveNamed(name, true, doctype) >= 0 || (doctype == DOC_XHTML && name.equals("apos"))) end = e;
                            }
                        }
                        if (end >= 0) {
                            int entLen = end - cursor;
                            if (maxlen - out.length() < entLen + 2) maxlen += entLen + 128;
                            out.append('&').append(s, cursor, entLen).append(';');
                            cursor += entLen + 1;
                            break;
                        }
                    }
                    out.appendAscii("&amp;");
                }
                case '"' -> {
                    if ((flags & ENT_HTML_QUOTE_DOUBLE) != 0) out.appendAscii("&quot;");
                    else out.append(c);
                }
                case '\'' -> {
                    if ((flags & ENT_HTML_QUOTE_SINGLE) != 0) out.appendAscii(doctype == DOC_HTML401 ? "&#039;" : "&apos;");
                    else out.append(c);
                }
                case '<' -> out.appendAscii("&lt;");
                case '>' -> out.appendAscii("&gt;");
                default -> out.append(c);
            }
        }
        ZendVm.setString(rv, Str.strWithCapacity(out, maxlen));
    }

    /** PHP_FUNCTION(htmlspecialchars_decode). */
    public static void htmlspecialchars_decode(long ex, long rv) {
        long str = requiredString(ex, 1);
        int flags = (int) optionalLong(ex, 2, DEFAULT_FLAGS);
        ZendVm.setString(rv, unescape(str, false, flags, true));
    }

    /** PHP_FUNCTION(html_entity_decode). */
    public static void html_entity_decode(long ex, long rv) {
        long str = requiredString(ex, 1);
        int flags = (int) optionalLong(ex, 2, DEFAULT_FLAGS);
        boolean utf8 = isUtf8(ex, 3);
        ZendVm.setString(rv, unescape(str, true, flags, utf8));
    }

    /** Port of php_unescape_html_entities / traverse_for_entities. */
    private static long unescape(long str, boolean all, int flags, boolean utf8) {
        byte[] s = ZendString.bytes(str);
        int amp = 0;
        while (amp < s.length && s[amp] != '&') amp++;
        if (amp == s.length) return ZendString.copy(str);
        int doctype = flags & DOC_MASK;
        ByteBuf out = new ByteBuf(s.length + 8);
        int p = 0;
        while (p < s.length) {
            if (s[p] != '&' || p + 3 >= s.length) {
                out.append(s[p++]);
                continue;
            }
            int next;
            long code;
            if (s[p + 1] == '#') {
                long[] num = numericEntity(s, p + 2);
                if (num == null) {
                    next = numericScanEnd(s, p + 2);
                    out.append(s, p, next - p);
                    p = next;
                    continue;
                }
                code = num[0];
                next = (int) num[1];
                boolean ok = !(!all && !(code == '&' || code == '"' || code == '\'' || code == '<' || code == '>'))
                        && cpAllowed(code, doctype) && !(doctype == DOC_HTML5 && code == 0x0D);
                if (!ok) {
                    out.append(s, p, next - p);
                    p = next;
                    continue;
                }
            } else {
                int e = namedEntityEnd(s, p + 1);
                if (e < 0) {
                    next = p + 1;
                    while (next < s.length && (s[next] & 0xff) < 0x80 && Character.isLetterOrDigit(s[next])) next++;
                    out.append(s, p, next - p);
                    p = next;
                    continue;
                }
                next = e;
                String name = new String(s, p + 1, e - p - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
                code = resolveNamed(name, all, doctype);
                if (code < 0 && doctype == DOC_XHTML && name.equals("apos")) code = '\'';
                if (code < 0) {
                    out.append(s, p, next - p);
                    p = next;
                    continue;
                }
            }
            if ((code == '\'' && (flags & ENT_HTML_QUOTE_SINGLE) == 0) || (code == '"' && (flags & ENT_HTML_QUOTE_DOUBLE) == 0)
                    || (!utf8 && code > 0xFF)) {
                out.append(s, p, next - p);
                p = next;
                continue;
            }
            if (utf8) appendUtf8(out, (int) code);
            else out.append((byte) code);
            p = next + 1;
        }
        return Str.strWithCapacity(out, s.length + s.length / 5 + 2);
    }

    /** Where process_numeric_entity stopped reading when it failed (the bytes copied as they are). */
    private static int numericScanEnd(byte[] s, int pos) {
        boolean hex = pos < s.length && (s[pos] == 'x' || s[pos] == 'X');
        if (hex) pos++;
        int start = pos;
        while (pos < s.length && (s[pos] & 0xff) <= 'f' && Character.digit(s[pos] & 0xff, hex ? 16 : 10) >= 0) pos++;
        return pos == start ? pos : pos;
    }

    /** write_octet_sequence for UTF-8. */
    private static void appendUtf8(ByteBuf out, int cp) {
        if (cp < 0x80) {
            out.append((byte) cp);
        } else if (cp < 0x800) {
            out.append((byte) (0xC0 | (cp >> 6))).append((byte) (0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.append((byte) (0xE0 | (cp >> 12))).append((byte) (0x80 | ((cp >> 6) & 0x3F))).append((byte) (0x80 | (cp & 0x3F)));
        } else {
            out.append((byte) (0xF0 | (cp >> 18))).append((byte) (0x80 | ((cp >> 12) & 0x3F)))
               .append((byte) (0x80 | ((cp >> 6) & 0x3F))).append((byte) (0x80 | (cp & 0x3F)));
        }
    }
}
