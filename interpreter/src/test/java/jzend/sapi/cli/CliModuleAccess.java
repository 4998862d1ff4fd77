package jzend.sapi.cli;

import jzend.main.SapiModule;

/** Test access to the cli's sapi_module_struct. */
public final class CliModuleAccess {
    private CliModuleAccess() {}

    public static SapiModule module() {
        return PhpCli.cli_sapi_module();
    }
}
