package jzend.zend.compile;

import java.nio.file.Files;
import java.nio.file.Path;

import jzend.zend.compile.ast.AstPrinter;

/**
 * What {@code php -n -l FILE} prints, computed by jzend's parser: the tests' oracle format, and a
 * development tool ({@code java -cp ... jzend.zend.compile.PhpLint FILE [--ast]}).
 */
final class PhpLint {
    private PhpLint() {}

    /** The lines php -n -l prints for {@code source} named {@code file} (without "Errors parsing"). */
    static String lint(byte[] source, String file) {
        StringBuilder sb = new StringBuilder();
        try {
            ParsedScript s = ZendLanguageParser.parse(source, file);
            for (CompileDiagnostic d : s.diagnostics()) {
                sb.append(d.displayForm(file));
            }
            sb.append("No syntax errors detected in ").append(file).append('\n');
        } catch (ParseError e) {
            for (CompileDiagnostic d : e.diagnostics()) {
                sb.append(d.displayForm(file));
            }
            sb.append(e.displayForm(file));
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        byte[] src = Files.readAllBytes(Path.of(args[0]));
        if (args.length > 1) {
            System.out.print(AstPrinter.print(ZendLanguageParser.parse(src, args[0]).statements()));
        } else {
            System.out.print(lint(src, args[0]));
        }
    }
}
