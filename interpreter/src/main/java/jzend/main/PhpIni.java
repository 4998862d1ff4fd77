package jzend.main;

import jzend.zend.ZendIniParser;
import jzend.zend.StartupTrace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Configuration files (main/php_ini.c): php_init_config builds configuration_hash from the SAPI's
 * ini defaults, then the ini file, then the SAPI's ini_entries (the hard-coded cli settings and
 * -d options); directives take their values from it when they register (cfg_get_entry).
 *
 * <p>jzend reads an ini file only when one is named with -c (a file, or a directory holding
 * php-SAPI.ini or php.ini); like php it reads it even with -n. It has no built-in search path
 * (PHPRC, the binary's directory, /etc/php/…), so -n changes nothing else.
 */
public final class PhpIni {
    private PhpIni() {}

    /** configuration_hash. */
    private static final Map<String, String> configuration_hash = new LinkedHashMap<>();
    /** php_ini_opened_path: the ini file read, or null. */
    private static String php_ini_opened_path;

    /** Port of php_init_config. */
    public static void php_init_config() {
        configuration_hash.clear();
        php_ini_opened_path = null;
        SapiModule sm = SAPI.sapi_module;
        if (sm.ini_defaults != null) sm.ini_defaults.accept(configuration_hash);
        Path ini = findIniFile(sm.php_ini_path_override, sm.name);
        if (ini != null) {
            try {
                String text = new String(Files.readAllBytes(ini), StandardCharsets.ISO_8859_1);
                php_ini_opened_path = ini.toAbsolutePath().normalize().toString();
                ZendIniParser.parse(text, php_ini_opened_path, configuration_hash::put, PhpIni::iniVariable, PhpStdio::writeStderrLine);
            } catch (IOException e) {
                php_ini_opened_path = null; // unreadable: PHP silently goes on without it
            }
        }
        if (sm.ini_entries != null) {
            ZendIniParser.parse(sm.ini_entries, "Unknown", configuration_hash::put, PhpIni::iniVariable, PhpStdio::writeStderrLine);
        }
        StartupTrace.stage("php_init_config", (php_ini_opened_path == null ? "no ini file" : "read " + php_ini_opened_path)
                + ", " + configuration_hash.size() + " configuration entries");
    }

    /** -c names a file, or a directory searched for php-SAPI.ini then php.ini. */
    private static Path findIniFile(String override, String sapiName) {
        if (override == null || override.isEmpty()) return null;
        Path p = Path.of(override);
        if (Files.isDirectory(p)) {
            Path sapiIni = p.resolve("php-" + sapiName + ".ini");
            if (Files.isRegularFile(sapiIni)) return sapiIni;
            Path phpIni = p.resolve("php.ini");
            return Files.isRegularFile(phpIni) ? phpIni : null;
        }
        return Files.isRegularFile(p) ? p : null;
    }

    /** ${NAME} in ini values: a configuration entry, else the environment (zend_ini_get_var). */
    private static String iniVariable(String name) {
        String v = configuration_hash.get(name);
        if (v != null) return v;
        return PhpMain.environment().apply(name);
    }

    /** Port of cfg_get_entry (zend_get_configuration_directive). */
    public static String cfg_get_entry(String name) {
        return configuration_hash.get(name);
    }

    /** Port of php_ini_opened_path (php_ini_loaded_file()). */
    public static String php_ini_loaded_file() {
        return php_ini_opened_path;
    }

    /** Port of php_shutdown_config. */
    public static void php_shutdown_config() {
        configuration_hash.clear();
        php_ini_opened_path = null;
    }
}
