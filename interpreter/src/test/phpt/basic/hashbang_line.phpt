--TEST--
a #! first line is skipped by the CLI
--FILE--
#!/usr/bin/env php
<?php
echo "after shebang\n";
--EXPECT--
after shebang
