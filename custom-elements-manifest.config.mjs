/**
 * Custom Elements Manifest analyzer: Lit-aware, only the public API, module paths that exist
 * in the package, one `custom-element-definition` per tag, and the framework typings
 * (`kyr-widgets/react`, `/vue`, `/svelte`) generated from it into dist/frameworks/.
 */
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cssPropertyDoc, elementTokens } from './scripts/tokens.mjs';

/**
 * Where the npm graph puts a source module (vite.config.ts `npmBuild`: preserveModules from src/,
 * an entry in src/entries/ under its export's name at the top).
 */
const npmPath = (sourcePath) => sourcePath.replace(/^src\/(entries\/)?/, 'dist/npm/').replace(/\.ts$/, '.js');

/** Where the generated typings go, and how they reach the package's own declarations. */
const frameworksDir = 'dist/frameworks';
const typesEntry = '../types/entries/index.js';

/**
 * The analyzer sees `@customElement` and `customElements.define`, not the kit's guarded
 * `defineElement('kyr-hotline-card', KyrHotlineCard)` (src/elements/define.ts): find those calls and
 * record a `custom-element-definition` export in the module that makes them.
 */
function definitionsPlugin() {
  return {
    name: 'kyr-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isSourceFile(node)) return;
      const imports = new Map();
      for (const statement of node.statements) {
        if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
        const bindings = statement.importClause.namedBindings;
        if (!ts.isNamedImports(bindings)) continue;
        for (const element of bindings.elements) imports.set(element.name.text, statement.moduleSpecifier.text);
      }
      const visit = (child) => {
        if (
          ts.isCallExpression(child) &&
          ts.isIdentifier(child.expression) &&
          child.expression.text === 'defineElement' &&
          child.arguments.length >= 2 &&
          ts.isStringLiteral(child.arguments[0]) &&
          ts.isIdentifier(child.arguments[1])
        ) {
          const tag = child.arguments[0].text;
          const name = child.arguments[1].text;
          const from = imports.get(name);
          const module = from ? posix.join(posix.dirname(moduleDoc.path), from).replace(/\.js$/, '.ts') : moduleDoc.path;
          (moduleDoc.exports ??= []).push({ kind: 'custom-element-definition', name: tag, declaration: { name, module } });
        }
        ts.forEachChild(child, visit);
      };
      visit(node);
    },
  };
}

/**
 * An attribute without a field of its own (the picker's `lang`) is the native attribute of the
 * same name, reflected by HTMLElement's property: name that property, so generated typings use
 * its type rather than an unnamed field.
 */
function nativeAttributesPlugin() {
  const native = new Set(['lang', 'dir', 'title', 'hidden']);
  return {
    name: 'kyr-native-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const attribute of declaration.attributes ?? []) {
            if (!attribute.fieldName && native.has(attribute.name)) attribute.fieldName = attribute.name;
          }
        }
      }
    },
  };
}

/**
 * Vue typings from custom-element-vuejs-integration, which reads an event's `type` as its
 * detail (it writes `CustomEvent<type>` and imports the name): hand it a copy of the manifest
 * whose events say `DecisionDetail` where the manifest says `CustomEvent<DecisionDetail>`.
 */
function vueTypesPlugin(options) {
  return {
    name: 'kyr-vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const copy = structuredClone(customElementsManifest);
      for (const module of copy.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
            if (detail) event.type = { text: detail };
          }
        }
      }
      generateVuejsTypes(copy, options);
      const file = posix.join(options.outdir, options.fileName);
      const once = (names) => [...new Set(names.split(',').map((name) => name.trim()).filter(Boolean))].join(', ');
      // Vue looks up the listener `@kyr-decision` as the prop `onKyrDecision` (camelized), not `onkyr-decision`.
      const handlerKey = (event) => `on${event.replace(/(?:^|-)(\w)/g, (_, letter) => letter.toUpperCase())}`;
      const text = readFileSync(file, 'utf8')
        // It imports a detail type once per element that fires it (`FeedbackDetail` twice): once is enough.
        .replace(/import type \{([^}]*)\}/g, (_, names) => `import type { ${once(names)} }`)
        .replace(/"on(kyr-[a-z-]+)"\?:/g, (_, event) => `${handlerKey(event)}?:`)
        // … and `:heading-level` as the prop `headingLevel`.
        .replace(/^(\s*)"([a-z]+(?:-[a-z]+)+)"\?:/gm, (_, indent, name) => `${indent}${name.replace(/-(\w)/g, (__, letter) => letter.toUpperCase())}?:`);
      writeFileSync(file, text);
    },
  };
}

/**
 * Svelte 5 reads element typings from `SvelteHTMLElements` in `svelte/elements`, and its event
 * attributes are `onkyr-decision`, as in React 19. custom-element-svelte-integration 1.2 writes
 * Svelte 4's `svelteHTML` namespace and `on:` directives, so the Svelte entry maps jsx-types'
 * generated `CustomElements` (every tag, typed attributes, properties and events) into Svelte's.
 */
function svelteTypesPlugin({ outdir, fileName, from }) {
  return {
    name: 'kyr-svelte-types',
    packageLinkPhase() {
      mkdirSync(outdir, { recursive: true });
      writeFileSync(
        posix.join(outdir, fileName),
        `// Generated by custom-elements-manifest.config.mjs: the kit's tags in Svelte 5's SvelteHTMLElements.
import type { CustomElements } from '${from}';

/** Svelte writes \`style\` as a string (\`style="--kyr-color-accent: #6a1b9a"\`), not React's object; React's hydration props are not Svelte's. */
type SvelteCustomElements = {
  [Tag in keyof CustomElements]: Omit<CustomElements[Tag], 'style' | 'suppressHydrationWarning' | 'dangerouslySetInnerHTML'> & { style?: string | null | undefined };
};

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends SvelteCustomElements {}
}

export type { CustomElements, SvelteCustomElements };
`,
      );
    },
  };
}

/**
 * React typings from @wc-toolkit/jsx-types, with what React apps pass to any element: a ref
 * object (`useRef`) or a callback ref that returns a cleanup (React 19), where jsx-types accepts
 * only `T | (e: T) => void`; and `suppressHydrationWarning` and `dangerouslySetInnerHTML`, which
 * server-rendered widgets need (docs/frameworks.md, Next.js). The entry's runtime (`kyrProps`,
 * src/entries/react.ts) is declared in dist/types/entries/react.d.ts, which these typings re-export.
 */
function reactTypesPlugin({ outdir, fileName }) {
  const generatedRef = 'ref?: (T | ((e: T) => void)) | undefined;';
  const reactProps = `/** A ref object (\`useRef\`), or a callback ref, which may return a cleanup function (React 19). */
  ref?: T | { current: T | null } | ((element: T | null) => void | (() => void)) | null | undefined;
  /** Keeps React from warning when the server's HTML for this element differs from the client's (React). */
  suppressHydrationWarning?: boolean | undefined;
  /** HTML React puts inside the element: the declarative shadow root rendered on the server (React). */
  dangerouslySetInnerHTML?: { __html: string } | undefined;`;
  return {
    name: 'kyr-react-types',
    packageLinkPhase() {
      const file = posix.join(outdir, fileName);
      const text = readFileSync(file, 'utf8');
      // Fail the build rather than ship typings without them when jsx-types changes its output.
      if (!text.includes(generatedRef)) throw new Error(`kyr-react-types: ${file} no longer declares \`${generatedRef}\``);
      // The runtime of `kyr-widgets/react` (src/entries/react.ts): its declarations come with these typings.
      writeFileSync(file, `${text.replace(generatedRef, reactProps).trimEnd()}\n\nexport * from '../types/entries/react.js';\n`);
    },
  };
}

/**
 * The CSS custom properties of each element, from the tokens table (src/styles/tokens.ts): those
 * its styles read, with the table's default and description, so no JSDoc restates them.
 */
function tokensPlugin(readBy) {
  return {
    name: 'kyr-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tokens = readBy.get(declaration.name);
          if (declaration.customElement && tokens) declaration.cssProperties = tokens.map(cssPropertyDoc);
        }
      }
    },
  };
}

/** Private and protected members left out: the manifest documents what a page or an app may use. */
function publicApiPlugin() {
  return {
    name: 'kyr-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            const hidden = new Set(
              declaration.members.filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('_')).map((member) => member.name),
            );
            declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
            // Internal state in `static properties` ({ state: true }) has no attribute.
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
          }
        }
      }
    },
  };
}

/**
 * What the package really holds: a class is a custom element only when a tag is defined for it
 * (the shared base classes KyrElement and KyrSectionElement are not), and every module path
 * names the npm graph's file (`dist/npm/…js`). Modules the graph has no file for (the
 * standalone entry, type-only modules) are left out once the graph is built.
 */
function packagePathsPlugin() {
  return {
    name: 'kyr-package-paths',
    packageLinkPhase({ customElementsManifest }) {
      const defined = new Set();
      for (const module of customElementsManifest.modules) {
        for (const exp of module.exports ?? []) {
          if (exp.kind === 'custom-element-definition') defined.add(`${exp.declaration.module}#${exp.declaration.name}`);
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement && !defined.has(`${module.path}#${declaration.name}`)) {
            delete declaration.customElement;
            delete declaration.tagName;
          }
        }
      }
      // In path order, not the file system's: the manifest and the typings made from it are the
      // same bytes in every checkout (the release is reproducible).
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const built = existsSync('dist/npm/index.js');
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => !built || existsSync(npmPath(module.path)));
      // A re-export names its module as written (`../events.js`), relative to the source file,
      // which is not where the npm graph puts it (an entry moves up from src/entries/).
      const rewrite = (reference, from) => {
        const module = reference?.module;
        const source = module?.startsWith('.') ? posix.join(posix.dirname(from), module).replace(/\.js$/, '.ts') : module;
        if (source?.startsWith('src/')) reference.module = npmPath(source);
      };
      for (const module of customElementsManifest.modules) {
        const from = module.path;
        module.path = npmPath(from);
        for (const declaration of module.declarations ?? []) {
          rewrite(declaration.superclass, from);
          for (const member of [...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])]) {
            rewrite(member.inheritedFrom, from);
          }
        }
        for (const exp of module.exports ?? []) rewrite(exp.declaration, from);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    definitionsPlugin(),
    tokensPlugin(await elementTokens()),
    publicApiPlugin(),
    nativeAttributesPlugin(),
    packagePathsPlugin(),
    jsxTypesPlugin({
      outdir: frameworksDir,
      fileName: 'react.d.ts',
      globalTypePath: typesEntry,
      stronglyTypedEvents: true,
    }),
    reactTypesPlugin({ outdir: frameworksDir, fileName: 'react.d.ts' }),
    vueTypesPlugin({ outdir: frameworksDir, fileName: 'vue.d.ts', globalTypePath: typesEntry, hideLogs: true }),
    svelteTypesPlugin({ outdir: frameworksDir, fileName: 'svelte.d.ts', from: './react.js' }),
  ],
};
