<?php
foreach (["abc", 5] as $v) {
    try {
        count($v);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
