package jzend.sapi.cli;

import jzend.zend.alloc.ZendMemoryManager;

/**
 * The cli SAPI's entry point (sapi/cli/php_cli.c). Start-up chain to come: for now the memory
 * manager's start-up and shutdown around the script.
 */
public final class PhpCli {
    private PhpCli() {}

    public static int run(String[] args) {
        try {
            ZendMemoryManager.start_memory_manager(System::getenv);
        } catch (ZendMemoryManager.StartupError e) {
            System.err.println(e.getMessage());
            return e.exitStatus;
        }
        ZendMemoryManager.shutdown_memory_manager(false, true);
        return 0;
    }
}
