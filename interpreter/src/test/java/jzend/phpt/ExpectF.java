package jzend.phpt;

import java.util.regex.Pattern;

/**
 * The --EXPECTF-- placeholders of run-tests.php, turned into a Java regex: literal runs quoted,
 * {@code %r…%r} kept as raw regex groups, then the placeholders substituted; anchored, DOTALL.
 */
public final class ExpectF {
    private ExpectF() {}

    public static Pattern compile(String expectf) {
        StringBuilder re = new StringBuilder("^");
        String[] parts = expectf.split("%r", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                re.append('(').append(parts[i]).append(')');
            } else {
                re.append(placeholders(parts[i]));
            }
        }
        re.append('$');
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    private static String placeholders(String literal) {
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '%' && i + 1 < literal.length()) {
                String p = switch (literal.charAt(i + 1)) {
                    case 'e' -> "[\\\\/]";
                    case 's' -> "[^\\r\\n]+";
                    case 'S' -> "[^\\r\\n]*";
                    case 'a' -> ".+?";
                    case 'A' -> ".*?";
                    case 'w' -> "\\s*";
                    case 'i' -> "[+-]?\\d+";
                    case 'd' -> "\\d+";
                    case 'x' -> "[0-9a-fA-F]+";
                    case 'f' -> "[+-]?(?:\\d+|(?=\\.\\d))(?:\\.\\d+)?(?:[Ee][+-]?\\d+)?";
                    case 'c' -> ".";
                    case '0' -> "\\x00";
                    default -> null;
                };
                if (p != null) {
                    if (!run.isEmpty()) out.append(Pattern.quote(run.toString()));
                    run.setLength(0);
                    out.append(p);
                    i++;
                    continue;
                }
            }
            run.append(c);
        }
        if (!run.isEmpty()) out.append(Pattern.quote(run.toString()));
        return out.toString();
    }
}
