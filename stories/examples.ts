import type { StoryObj } from '@storybook/web-components';
import { example, type ElementExamples } from '../src/elements/examples.js';

type Arg = string | number | boolean;

/** An example's attributes as story args: `''` (a boolean attribute) is `true`, `heading-level` a number. */
function argsOf(attributes: Readonly<Record<string, string>>): Record<string, Arg> {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]): [string, Arg] => [name, value === '' ? true : name === 'heading-level' ? Number(value) : value]),
  );
}

/**
 * A story for one of the element's documented examples (src/elements/<name>/<name>.examples.json),
 * described by the example's title (unless it plays to a later state); `story` adds what only Storybook needs (a play function, a viewport).
 */
export function exampleStory<Args>(set: ElementExamples, name: string, story: StoryObj<Args> = {}): StoryObj<Args> {
  const { title, attributes } = example(set, name);
  return {
    ...story,
    args: { ...argsOf(attributes), ...story.args } as Partial<Args>,
    // A later state (a play function) keeps its own JSDoc description.
    parameters: { ...(story.play ? {} : { docs: { description: { story: title } } }), ...story.parameters, kyrExample: name },
  };
}

/**
 * Renders the element from story args, each arg an attribute (`true` a boolean attribute; `false`
 * and empty values left out), and `--kyr-*` args as custom properties: so any attribute an
 * example gains shows in its story without touching the story.
 */
export function renderElement(tag: string) {
  return (args: Record<string, unknown>): HTMLElement => {
    const element = document.createElement(tag);
    const tokens: string[] = [];
    for (const [name, value] of Object.entries(args)) {
      if (value === undefined || value === null || value === false || value === '') continue;
      // Stories may set tokens inline; the kit itself never uses inline styles.
      if (name.startsWith('--kyr-')) tokens.push(`${name}: ${String(value)}`);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
    if (tokens.length) element.setAttribute('style', tokens.join('; '));
    return element;
  };
}
