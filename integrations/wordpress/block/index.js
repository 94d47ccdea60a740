/* global wp */
// The "Know your rights" block in the editor: its controls, and a preview that is the real
// widget (the kit is loaded from the plugin, the same file the published page loads).
// Plain JavaScript with wp.element.createElement, so the plugin has no build step of its own.
( function ( blocks, element, blockEditor, components, i18n ) {
	'use strict';

	const el = element.createElement;
	const __ = i18n.__;
	const sprintf = i18n.sprintf;
	const data = window.kyrWidgetsEditor || {};
	// Each content widget's sections in their default order (the kit's lists, kit.json, through block.php).
	const sectionNames = ( data.sections || {} )[ 'detainer-explainer' ] || [];
	/** The widgets' names in the editor; the list itself is the kit's (kit.json, through block.php). */
	const elementLabels = {
		'hotline-card': __( 'Hotline card', 'kyr-widgets' ),
		'rights-summary': __( 'Your rights (summary)', 'kyr-widgets' ),
		'detainer-explainer': __( 'ICE detainers explained', 'kyr-widgets' ),
		'language-picker': __( 'Language picker', 'kyr-widgets' ),
	};
	const rightsSectionNames = ( data.sections || {} )[ 'rights-summary' ] || [];

	let kit;
	/** Loads the kit once and switches the preview to the site's language. */
	function loadKit() {
		if ( ! kit && data.kitUrl ) {
			kit = import( data.kitUrl )
				.then( function ( module ) {
					if ( data.locale && module.setLocale ) return module.setLocale( data.locale );
				} )
				.catch( function ( error ) {
					console.error( 'kyr-widgets: could not load the widgets for the block preview.', error );
				} );
		}
		return kit;
	}

	/**
	 * Whether the kit can dial a number: src/shared/phone.ts's reading, with the same patterns
	 * (the kit's phone rule, which the plugin's PHP hands over from kit.json and reads itself).
	 */
	function dialable( written ) {
		const rule = data.phone;
		// trim() removes the rule's white space (rule.space), as the element's parser does.
		const text = String( written || '' ).trim();
		if ( ! rule || ! text || text.length > rule.maxLength ) return false;
		const compact = text.replace( new RegExp( rule.separator, 'g' ), '' );
		return [ rule.serviceCode, rule.usNational, rule.international ].some( function ( pattern ) {
			return new RegExp( pattern ).test( compact );
		} );
	}

	/** The widget's attributes, as the PHP render prints them. */
	function widgetAttributes( attributes ) {
		const out = {};
		// `class`, not `className`: React 17 (WordPress 6.1) writes a custom element's className as a "classname" attribute.
		if ( data.themeClass ) out[ 'class' ] = data.themeClass;
		switch ( attributes.element ) {
			case 'hotline-card':
				if ( attributes.hotline === 'partner' && dialable( attributes.phone ) ) {
					[ 'name', 'phone', 'agency', 'hours', 'description' ].forEach( function ( name ) {
						if ( attributes[ name ] ) out[ name ] = attributes[ name ];
					} );
				} else {
					out.hotline = attributes.hotline && attributes.hotline !== 'partner' ? attributes.hotline : data.defaultHotline;
				}
				break;
			case 'rights-summary': {
				if ( attributes.compact ) {
					out.compact = '';
					break;
				}
				const shown = rightsSectionNames.filter( function ( name ) {
					return ( attributes.rightsSections || [] ).indexOf( name ) !== -1;
				} );
				if ( shown.length && shown.length < rightsSectionNames.length ) out.sections = shown.join( ' ' );
				break;
			}
			case 'detainer-explainer': {
				const shown = sectionNames.filter( function ( name ) {
					return ( attributes.sections || [] ).indexOf( name ) !== -1;
				} );
				if ( shown.length && shown.length < sectionNames.length ) out.sections = shown.join( ' ' );
				break;
			}
		}
		if ( attributes.element !== 'language-picker' && attributes.headingLevel && attributes.headingLevel !== 2 ) {
			out[ 'heading-level' ] = String( attributes.headingLevel );
		}
		return out;
	}

	function hotlineControls( attributes, setAttributes ) {
		const labels = data.hotlines || {};
		const choices = [
			{ value: '', label: sprintf( /* translators: %s: a hotline's name */ __( 'Site default (%s)', 'kyr-widgets' ), labels[ data.defaultHotline ] || data.defaultHotline || '' ) },
		];
		Object.keys( labels ).forEach( function ( id ) {
			choices.push( { value: id, label: labels[ id ] } );
		} );
		choices.push( { value: 'partner', label: __( 'Your own hotline', 'kyr-widgets' ) } );
		const controls = [
			el( components.SelectControl, {
				key: 'hotline',
				label: __( 'Hotline', 'kyr-widgets' ),
				value: attributes.hotline,
				options: choices,
				onChange: function ( value ) {
					setAttributes( { hotline: value } );
				},
			} ),
		];
		if ( attributes.hotline !== 'partner' ) return controls;
		const text = function ( name, label, help, Control ) {
			return el( Control || components.TextControl, {
				key: name,
				label: label,
				help: help,
				value: attributes[ name ],
				onChange: function ( value ) {
					const change = {};
					change[ name ] = value;
					setAttributes( change );
				},
			} );
		};
		const phoneHelp = attributes.phone && ! dialable( attributes.phone )
			? __( 'This number cannot be dialled, so the card shows the site default hotline. Write a US number, a code such as 311, or + and the country code.', 'kyr-widgets' )
			: __( 'For example (212) 555-0100, 311 or +33 1 23 45 67 89.', 'kyr-widgets' );
		return controls.concat( [
			text( 'name', __( 'Name', 'kyr-widgets' ) ),
			text( 'phone', __( 'Phone number', 'kyr-widgets' ), phoneHelp ),
			text( 'agency', __( 'Who runs it', 'kyr-widgets' ) ),
			text( 'hours', __( 'Hours', 'kyr-widgets' ), __( 'Leave empty if you do not know them: the card then shows no hours.', 'kyr-widgets' ) ),
			text( 'description', __( 'What it helps with', 'kyr-widgets' ), undefined, components.TextareaControl ),
		] );
	}

	function sectionControls( attributes, setAttributes, rights ) {
		const labels = rights
			? {
					door: __( 'If ICE is at your door', 'kyr-widgets' ),
					rights: __( 'Your rights', 'kyr-widgets' ),
					detained: __( 'If someone has been detained', 'kyr-widgets' ),
			  }
			: {
					definition: __( 'What an ICE detainer is', 'kyr-widgets' ),
					decision: __( 'Step-through: will the City hold someone for ICE?', 'kyr-widgets' ),
					timeline: __( 'Timeline of the laws', 'kyr-widgets' ),
					figures: __( 'Key figures', 'kyr-widgets' ),
			  };
		const names = rights ? rightsSectionNames : sectionNames;
		const key = rights ? 'rightsSections' : 'sections';
		const chosen = attributes[ key ] || [];
		return [
			el( 'p', { key: 'help', className: 'components-base-control__help' }, __( 'Sections to show. None checked: all of them.', 'kyr-widgets' ) ),
		].concat(
			names.map( function ( name ) {
				return el( components.CheckboxControl, {
					key: name,
					label: labels[ name ],
					checked: chosen.indexOf( name ) !== -1,
					onChange: function ( checked ) {
						const next = names.filter( function ( n ) {
							return n === name ? checked : chosen.indexOf( n ) !== -1;
						} );
						const change = {};
						change[ key ] = next;
						setAttributes( change );
					},
				} );
			} )
		);
	}

	function Edit( props ) {
		const attributes = props.attributes;
		const setAttributes = props.setAttributes;
		loadKit();
		const blockProps = blockEditor.useBlockProps();
		const controls = [
			el( components.SelectControl, {
				key: 'element',
				label: __( 'Widget', 'kyr-widgets' ),
				value: attributes.element,
				options: ( data.elements || [] ).map( function ( name ) {
					return { value: name, label: elementLabels[ name ] || name };
				} ),
				onChange: function ( value ) {
					setAttributes( { element: value } );
				},
			} ),
		];
		if ( attributes.element === 'hotline-card' ) controls.push.apply( controls, hotlineControls( attributes, setAttributes ) );
		if ( attributes.element === 'rights-summary' ) {
			controls.push(
				el( components.ToggleControl, {
					key: 'compact',
					label: __( 'Compact: only the rights, for sidebars', 'kyr-widgets' ),
					checked: !! attributes.compact,
					onChange: function ( value ) {
						setAttributes( { compact: value } );
					},
				} )
			);
		}
		if ( attributes.element === 'detainer-explainer' ) controls.push.apply( controls, sectionControls( attributes, setAttributes, false ) );
		if ( attributes.element === 'rights-summary' && ! attributes.compact ) controls.push.apply( controls, sectionControls( attributes, setAttributes, true ) );
		if ( attributes.element !== 'language-picker' ) {
			controls.push(
				el( components.SelectControl, {
					key: 'heading-level',
					label: __( 'Heading level', 'kyr-widgets' ),
					help: __( 'Pick the level that fits where the widget sits in your page.', 'kyr-widgets' ),
					value: String( attributes.headingLevel || 2 ),
					options: [ 2, 3, 4, 5, 6 ].map( function ( level ) {
						return { value: String( level ), label: sprintf( /* translators: %d: heading level */ __( 'Heading %d', 'kyr-widgets' ), level ) };
					} ),
					onChange: function ( value ) {
						setAttributes( { headingLevel: parseInt( value, 10 ) } );
					},
				} )
			);
		}
		const tag = 'kyr-' + attributes.element;
		return el(
			element.Fragment,
			null,
			el( blockEditor.InspectorControls, null, el( components.PanelBody, { title: __( 'Know your rights', 'kyr-widgets' ) }, controls ) ),
			el( 'div', blockProps, el( 'div', { className: 'kyr-preview' }, el( tag, widgetAttributes( attributes ) ) ) )
		);
	}

	blocks.registerBlockType( 'kyr-widgets/know-your-rights', {
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )( wp.blocks, wp.element, wp.blockEditor, wp.components, wp.i18n );
