package jzend.main;

/**
 * Version strings. jzend follows PHP 8.2.36 (the php-cli 8.2.36 package is its reference), and
 * says so without claiming to be it: PHP_VERSION (phpversion(), the X-Powered-By header) is the
 * followed version with PHP_EXTRA_VERSION "-jzend", as a PHP build with an extra version tag
 * reports itself; version_compare() still places it after every 8.2.35 and before 8.2.37.
 */
public final class PhpVersion {
    private PhpVersion() {}

    /** The jzend release. */
    public static final String JZEND_VERSION = "0.1.0";
    /** The PHP release whose behaviour jzend follows. */
    public static final String PHP_FOLLOWED_VERSION = "8.2.36";
    public static final int PHP_MAJOR_VERSION = 8;
    public static final int PHP_MINOR_VERSION = 2;
    public static final int PHP_RELEASE_VERSION = 36;
    public static final String PHP_EXTRA_VERSION = "-jzend";
    /** PHP_VERSION as scripts and headers see it. */
    public static final String PHP_VERSION = PHP_FOLLOWED_VERSION + PHP_EXTRA_VERSION;
    /** SAPI_PHP_VERSION_HEADER, sent when expose_php is On. */
    public static final String SAPI_PHP_VERSION_HEADER = "X-Powered-By: PHP/" + PHP_VERSION;

    /** The -v banner of a SAPI: jzend, the PHP version it follows, and that it is not the PHP binary. */
    public static String banner(String sapiName) {
        return "jzend " + JZEND_VERSION + " (" + sapiName + ") (NTS) - follows PHP " + PHP_FOLLOWED_VERSION
                + " (PHP_VERSION " + PHP_VERSION + ")\n"
                + "PHP: Copyright (c) The PHP Group; Zend Engine v" + jzend.zend.Zend.ZEND_VERSION + ": Copyright (c) Zend Technologies\n"
                + "jzend: ZendMM ported to Java " + Runtime.version().feature() + " (java.lang.foreign); not the PHP binary\n";
    }
}
