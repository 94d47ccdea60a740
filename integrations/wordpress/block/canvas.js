// Defines the widgets inside the block editor's canvas when WordPress shows it in an iframe (the
// site editor, tablet and mobile previews, the post editor from 6.3 when every block is apiVersion 3,
// every editor from 7.0): the iframe is a window of its own, where block/index.js, which runs in
// the editor's window, defines nothing. WordPress copies this classic script into the iframe but
// not its inline data (6.1 drops inline scripts and `type`), so it takes what it needs from its
// own URL (?locale=…&ver=…) and imports the same kit file, at the same URL, as block/index.js.
( function () {
	'use strict';

	const script = document.currentScript;
	if ( ! script || ! script.src ) return;
	const own = new URL( script.src );
	const kit = new URL( '../kit/kyr-widgets.js', own );
	kit.search = '?ver=' + encodeURIComponent( own.searchParams.get( 'ver' ) || '' );
	const locale = own.searchParams.get( 'locale' );
	import( kit.href )
		.then( function ( module ) {
			if ( locale && module.setLocale ) return module.setLocale( locale );
		} )
		.catch( function ( error ) {
			console.error( 'kyr-widgets: could not load the widgets in the editor canvas.', error );
		} );
} )();
