package jzend;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jzend.main.InProcess;
import jzend.sapi.cli.PhpCli;
import jzend.zend.alloc.ZendMemoryManager;
import jzend.zend.compile.ParseError;
import jzend.zend.compile.Token;
import jzend.zend.compile.TokenKind;
import jzend.zend.compile.ZendLanguageScanner;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The PHP contract under arbitrary input: whatever the bytes, scanning, parsing, compiling and
 * running a script either succeed or end in one of the engine's own PHP error paths (parse error,
 * fatal error, uncaught PHP exception, memory limit) — no Java exception escapes — and a run that
 * ends cleanly (exit status 0) leaves the request heap at its baseline.
 *
 * <p>The input is the script itself; when its first byte is odd, {@code "<?php "} is put in front
 * (about half of arbitrary inputs; the seed corpus files start with {@code <?php} or inline text).
 *
 * <p>The engine has no execution-time limit or instruction-count hook, and its script thread can't
 * be stopped, so only scripts that must terminate are run: no loop token ({@code while}, {@code do},
 * {@code for}, {@code foreach}, {@code goto}) and none of the names of builtins that block or are
 * super-linear in their arguments ({@code sleep}, {@code usleep}, {@code similar_text},
 * {@code levenshtein}); runaway recursion and huge strings/arrays stop at the 8 MB memory_limit.
 * Other scripts are only linted ({@code php -l}: scan, parse, compile).
 *
 * <p>{@code mvn verify} replays the seed corpus in src/test/resources/jzend/ScriptFuzzTestInputs/script
 * with the unit tests, then fuzzes for 60 s (the pom's "fuzz" surefire execution);
 * {@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=30m mvn -o -pl interpreter test -Dtest=ScriptFuzzTest}
 * fuzzes longer.
 */
class ScriptFuzzTest {

    static final Set<TokenKind> LOOPS = EnumSet.of(TokenKind.T_WHILE, TokenKind.T_ENDWHILE, TokenKind.T_DO,
            TokenKind.T_FOR, TokenKind.T_ENDFOR, TokenKind.T_FOREACH, TokenKind.T_ENDFOREACH, TokenKind.T_GOTO);

    static final String[] UNBOUNDED = {"sleep", "similar_text", "levenshtein"};

    @TempDir
    static Path work;

    /** PHP's syntax and common builtins, for the mutator to splice in (in libFuzzer dictionary syntax: a byte is written \xAB). */
    @DictionaryEntries({
            "<?php ",
            "?>",
            "<?=",
            "$a",
            "$b",
            "=",
            "&$",
            "[]",
            "=>",
            "??=",
            "??",
            "?:",
            "**",
            "<=>",
            "...",
            "::",
            "->",
            "\"{$a}\"",
            "\"$a[0]\"",
            "<<<E\\x0A",
            "\\x0AE;",
            "<<<'N'\\x0A",
            "0x7FFFFFFFFFFFFFFF",
            "9223372036854775807",
            "1e308",
            "-0.0",
            "\"\\\\u{1F600}\"",
            "\"\\\\x41\\\\101\"",
            "echo ",
            "print ",
            "if (",
            "else",
            "elseif",
            "switch",
            "case ",
            "default:",
            "match",
            "fn(",
            "function ",
            "static ",
            "global ",
            "return ",
            "break;",
            "continue;",
            "list(",
            "array(",
            "isset(",
            "empty(",
            "unset(",
            "exit(",
            "die(",
            "const ",
            "define(",
            "declare(strict_types=1);",
            "use (&$",
            "(int)",
            "(float)",
            "(string)",
            "(bool)",
            "(array)",
            "__LINE__",
            "__FUNCTION__",
            "PHP_INT_MAX",
            "PHP_INT_MIN",
            "PHP_EOL",
            "M_PI",
            "NAN",
            "INF",
            "throw ",
            "try {",
            "catch (Error $e)",
            "new Exception(",
            "var_dump(",
            "print_r(",
            "var_export(",
            "json_encode(",
            "json_decode(",
            "serialize(",
            "unserialize(",
            "sprintf(",
            "printf(",
            "str_repeat(",
            "substr(",
            "strpos(",
            "str_replace(",
            "explode(",
            "implode(",
            "str_pad(",
            "number_format(",
            "array_map(",
            "array_filter(",
            "usort(",
            "array_slice(",
            "array_splice(",
            "range(",
            "array_fill(",
            "array_merge(",
            "array_combine(",
            "sort(",
            "intdiv(",
            "fmod(",
            "round(",
            "base_convert(",
            "call_user_func_array(",
            "compact(",
            "settype(",
            "htmlspecialchars(",
            "wordwrap(",
            "strtr(",
            "ucwords(",
            "str_split(",
            "array_walk(",
            "array_column(",
            "array_unique(",
            "array_pad(",
            "chunk_split("})
    @FuzzTest(maxDuration = "60s")
    void script(byte[] data) throws Exception {
        byte[] src = data;
        if (data.length > 0 && (data[0] & 1) == 1) {
            src = new byte[data.length + 6];
            System.arraycopy("<?php ".getBytes(StandardCharsets.ISO_8859_1), 0, src, 0, 6);
            System.arraycopy(data, 0, src, 6, data.length);
        }
        boolean run = terminates(src);
        Path script = work.resolve("fuzz.php");
        Files.write(script, src);
        try (InProcess p = new InProcess(Map.of(), null)) {
            ZendMemoryManager.last_request_leaked = 0;
            int status = run
                    ? PhpCli.run(new String[] {"-n", "-d", "memory_limit=8M", script.toString()})
                    : PhpCli.run(new String[] {"-n", "-l", script.toString()});
            long leaked = ZendMemoryManager.last_request_leaked;
            if (status == 0) {
                assertEquals(0, leaked, () -> "bytes leaked by a clean run; output:\n" + p.stdout());
            }
        }
    }

    /** Whether the script is sure to end: scanned without error, no loop token, no blocking builtin. */
    static boolean terminates(byte[] src) {
        String text = new String(src, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        for (String name : UNBOUNDED) {
            if (text.contains(name)) return false;
        }
        ZendLanguageScanner scanner = new ZendLanguageScanner(src, ZendLanguageScanner.Options.CLI);
        try {
            for (Token t = scanner.next(); t.kind() != TokenKind.END; t = scanner.next()) {
                if (LOOPS.contains(t.kind())) return false;
            }
        } catch (ParseError e) {
            // php reports it when the script is compiled: nothing runs
        }
        return true;
    }
}
