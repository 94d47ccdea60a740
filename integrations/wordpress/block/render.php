<?php
/**
 * The block's HTML on the published page (block.json "render"). WordPress includes this file
 * with the block's $attributes; the markup is built and escaped by render_block().
 *
 * @package KyrWidgets
 */

defined( 'ABSPATH' ) || exit;

echo \KyrWidgets\render_block( $attributes ?? array() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in render_widget().
