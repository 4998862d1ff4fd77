package jzend.zend;

/**
 * zend_module_entry, as far as start-up needs one: a module's name and its MINIT
 * (module_startup_func), which registers its ini entries. php_module_startup starts the SAPI's
 * additional module this way (php-cgi's "cgi-fcgi" module registers the cgi.* directives).
 */
public record ZendModuleEntry(String name, Runnable module_startup_func) {}
