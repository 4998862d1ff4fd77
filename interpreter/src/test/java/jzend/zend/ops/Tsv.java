package jzend.zend.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Loads the php-generated expectation tables (src/test/php/gen_*.php) and encodes values the same way. */
public final class Tsv {
    private Tsv() {}

    public static List<String[]> load(String name) {
        try (InputStream in = Tsv.class.getResourceAsStream("/ops/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource ops/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    public static byte[] hex(String h) {
        return HexFormat.of().parseHex(h);
    }

    public static String hexOf(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    public static String hexOf(String ascii) {
        return hexOf(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static String str(String hex) {
        return new String(hex(hex), StandardCharsets.ISO_8859_1);
    }

    public static String encLong(long l) {
        return "i:" + l;
    }

    public static String encDouble(double d) {
        return "d:" + String.format("%016x", Double.doubleToRawLongBits(d));
    }

    public static String encStr(byte[] s) {
        return "s:" + hexOf(s);
    }

    public static String encEx(ZendException e) {
        return "E:" + e.phpClass() + ":" + hexOf(e.getMessage());
    }

    public static String encNum(int type, NumResult r) {
        return type == ZType.IS_LONG ? encLong(r.lval) : encDouble(r.dval);
    }

    /** Decodes an encoded double column "d:…". */
    public static double dbl(String enc) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(enc.substring(2), 16));
    }

    /** Human readable rendering of an encoded value for failure messages. */
    public static String show(String enc) {
        if (enc.startsWith("s:")) {
            return "\"" + str(enc.substring(2)).replace("\n", "\\n") + "\"";
        }
        if (enc.startsWith("d:")) {
            return "float(" + dbl(enc) + ")";
        }
        if (enc.startsWith("E:")) {
            String[] p = enc.split(":", 3);
            return p[1] + "(" + str(p[2]) + ")";
        }
        return enc;
    }
}
