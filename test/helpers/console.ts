/** Records calls to console.warn / console.error while a test runs; `restore()` puts the original back. */
export interface ConsoleSpy {
  calls: string[];
  restore(): void;
}

export function spyConsole(method: 'warn' | 'error'): ConsoleSpy {
  const original = console[method];
  const calls: string[] = [];
  console[method] = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  return {
    calls,
    restore: () => {
      console[method] = original;
    },
  };
}
