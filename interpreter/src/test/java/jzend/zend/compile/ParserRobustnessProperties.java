package jzend.zend.compile;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the input, parsing either succeeds or throws {@link ParseError}: never another Java
 * exception and never a hang (inputs are bounded and surefire's timeout would catch a loop).
 */
class ParserRobustnessProperties {

    private static void parseOrParseError(byte[] src) {
        try {
            ZendLanguageParser.parse(src, "t.php");
        } catch (ParseError expected) {
            // a diagnostic, as php would print it
        }
    }

    @Property(tries = 1500)
    void randomBytesAfterOpenTag(@ForAll @Size(max = 200) byte[] body) {
        byte[] src = new byte[body.length + 6];
        System.arraycopy("<?php ".getBytes(StandardCharsets.ISO_8859_1), 0, src, 0, 6);
        System.arraycopy(body, 0, src, 6, body.length);
        parseOrParseError(src);
    }

    @Property(tries = 500)
    void randomBytes(@ForAll @Size(max = 200) byte[] src) {
        parseOrParseError(src);
    }

    @Property(tries = 2500)
    void randomTokenSoup(@ForAll("fragments") List<String> parts) {
        parseOrParseError(("<?php " + String.join(" ", parts)).getBytes(StandardCharsets.ISO_8859_1));
    }

    @Provide
    Arbitrary<List<String>> fragments() {
        return Arbitraries.of(
                "$a", "$b", "1", "2.5", "'s'", "\"x$a\"", "\"{$a[1]}\"", "\"${a}\"", "<<<E\n x $a\n E\n", "<<<'N'\nn\nN\n",
                "=", "+", "-", "*", "**", ".", "?", ":", "??", "??=", "&", "&&", "||", "!", "==", "<", "<=>", "=>", "...",
                "(", ")", "[", "]", "{", "}", ";", ",", "echo", "print", "if", "else", "elseif", "endif", "while",
                "for", "foreach", "as", "switch", "case", "default", "match", "fn", "function", "static", "global",
                "return", "break", "continue", "list", "array", "isset", "empty", "unset", "exit", "declare",
                "strict_types", "const", "f", "PHP_EOL", "(int)", "(unset)", "++", "--", "?>", "<?php", "/*", "*/",
                "//", "#", "\n", "use", "&$", "\\f", "__LINE__", "`", "\"", "'").list().ofMaxSize(40);
    }
}
