<?php $s = str_repeat("ab", 100000000);
