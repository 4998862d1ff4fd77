package jzend.ext.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.Compare;
import jzend.zend.ops.Tsv;
import org.junit.jupiter.api.Test;

/** strings.tsv (gen_strings.php): strnatcmp, strcmp/strcasecmp, levenshtein, similar_text, crc32, md5, sha1, base64, url coding, htmlspecialchars. */
class StringFunctionsTest {

    @Test
    void tableFromPhp() {
        List<String[]> rows = Tsv.load("strings.tsv");
        assertTrue(rows.size() > 1000);
        List<String> failures = new ArrayList<>();
        ByteBuf b = new ByteBuf();
        for (String[] row : rows) {
            if (row[0].equals("P")) {
                byte[] x = Tsv.hex(row[1]), y = Tsv.hex(row[2]);
                String w = "(\"" + Tsv.str(row[1]) + "\", \"" + Tsv.str(row[2]) + "\")";
                eq(failures, "strnatcmp" + w, row[3], StrNatCmp.compare(x, y, false));
                eq(failures, "strnatcasecmp" + w, row[4], StrNatCmp.compare(x, y, true));
                // glibc's memcmp returns an unspecified magnitude: only the sign is PHP's contract
                eq(failures, "strcmp" + w, Integer.toString(Integer.signum(Integer.parseInt(row[5]))), Integer.signum(Compare.binaryStrcmp(x, y)));
                eq(failures, "strcasecmp" + w, row[6], Compare.binaryStrcasecmp(x, y));
                eq(failures, "levenshtein" + w, row[7], StringDistance.levenshtein(x, y));
                eq(failures, "similar_text" + w, row[8], StringDistance.similarText(x, y));
                eq(failures, "similar_text%" + w, row[9], String.format("%016x", Double.doubleToRawLongBits(StringDistance.similarTextPercent(x, y))));
            } else {
                byte[] s = Tsv.hex(row[1]);
                String w = "(\"" + Tsv.str(row[1]) + "\")";
                eq(failures, "crc32" + w, row[2], Hashes.crc32(s, 0, s.length));
                eq(failures, "md5" + w, row[3], run(b, o -> Hashes.md5(o, s, 0, s.length, false)).toString());
                eq(failures, "sha1" + w, row[4], run(b, o -> Hashes.sha1(o, s, 0, s.length, false)).toString());
                eq(failures, "base64_encode" + w, row[5], run(b, o -> Base64.encode(o, s, 0, s.length)).toString());
                eq(failures, "urlencode" + w, row[6], hex(run(b, o -> UrlEncode.urlencode(o, s, 0, s.length))));
                eq(failures, "rawurlencode" + w, row[7], hex(run(b, o -> UrlEncode.rawurlencode(o, s, 0, s.length))));
                eq(failures, "urldecode" + w, row[8], hex(run(b, o -> UrlEncode.urldecode(o, s, 0, s.length))));
                eq(failures, "rawurldecode" + w, row[9], hex(run(b, o -> UrlEncode.rawurldecode(o, s, 0, s.length))));
                eq(failures, "htmlspecialchars" + w, row[10], hex(run(b, o -> HtmlSpecialChars.escape(o, s, 0, s.length))));
                b.reset();
                eq(failures, "base64_decode" + w, row[11], Base64.decode(b, s, 0, s.length, false) ? hex(b) : "F");
                b.reset();
                eq(failures, "base64_decode strict" + w, row[12], Base64.decode(b, s, 0, s.length, true) ? hex(b) : "F");
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())), failures.size() + " failures");
    }

    private static ByteBuf run(ByteBuf b, Consumer<ByteBuf> f) {
        b.reset();
        f.accept(b);
        return b;
    }

    private static String hex(ByteBuf b) {
        return Tsv.hexOf(b.toArray());
    }

    private static void eq(List<String> failures, String what, String expected, Object actual) {
        if (!expected.equals(String.valueOf(actual))) {
            failures.add(what + ": php " + expected + " java " + actual);
        }
    }
}
