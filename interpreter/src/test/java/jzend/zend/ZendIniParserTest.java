package jzend.zend;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The ini syntax, each case checked with {@code php -n -c file.ini -r 'echo ini_get(…);'} (php 8.2.36). */
class ZendIniParserTest {
    private final List<String> errors = new ArrayList<>();

    private Map<String, String> parse(String ini) {
        Map<String, String> out = new LinkedHashMap<>();
        ZendIniParser.parse(ini, "/tmp/b.ini", out::put, name -> name.equals("HOME") ? "/root" : null, errors::add);
        return out;
    }

    @Test
    void keyValueCommentsSectionsAndQuotes() {
        Map<String, String> m = parse("; c\n[PHP]\nmemory_limit=\"32M\" ; x\nprecision = 10\n");
        assertEquals(Map.of("memory_limit", "32M", "precision", "10"), m);
        assertEquals(List.of(), errors);
    }

    @Test
    void constantExpressionsKeywordsAndVariables() {
        Map<String, String> m = parse("error_reporting = E_ALL & ~E_NOTICE\ndisplay_errors = Off\n"
                + "log_errors = none\nhtml_errors=On\ndefault_charset = ${HOME}x\n");
        assertEquals("32759", m.get("error_reporting"));
        assertEquals("", m.get("display_errors"));
        assertEquals("", m.get("log_errors"));
        assertEquals("1", m.get("html_errors"));
        assertEquals("/rootx", m.get("default_charset"));
    }

    @Test
    void unquotedValuesKeepInnerBlanksAndQuotedPartsConcatenate() {
        assertEquals("a b", parse("default_charset = a b  ; c\n").get("default_charset"));
        assertEquals("a\\bc\"d", parse("default_charset = 'a\\b'\"c\\\"d\"\n").get("default_charset"));
    }

    @Test
    void bareKeysAndPathSectionsSetNothing() {
        assertEquals(Map.of(), parse("precision\n[PATH=/tmp]\nmemory_limit=1G\n"));
        assertEquals(Map.of("foo bar", "1"), parse("foo bar = 1\n"));
    }

    @Test
    void syntaxErrorsAreReportedAsPhpReportsThem() {
        parse("=foo\n");
        parse("memory_limit = \"64M\n");
        assertEquals(List.of("PHP:  syntax error, unexpected '=' in /tmp/b.ini on line 1",
                "PHP:  syntax error, unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '\"' in /tmp/b.ini on line 2"),
                errors);
    }
}
