<?php
// The editor script's dependencies (it is plain JavaScript, with no build step).
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '@version@',
);
