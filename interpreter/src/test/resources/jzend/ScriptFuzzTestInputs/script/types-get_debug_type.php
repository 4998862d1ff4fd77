<?php
foreach ([null, true, 1, 1.0, "s", []] as $x) echo get_debug_type($x), "\n";
