/**
 * The example gallery as tests see it: every `examples/*.ts` exports a default function that builds
 * and returns a Figure; those with a `*.py` twin are compared with matplotlib.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from '../../src/figure/Figure.js';

export interface ExampleModule {
  default: () => Figure | Promise<Figure>;
  /** Largest RMS accepted against matplotlib's rendering (defaults to DEFAULT_PARITY_TOLERANCE). */
  parityTolerance?: number;
  /** One line shown in the gallery. */
  description?: string;
}

/** RMS over RGB 0–255, matplotlib's metric. Text rasterised without FreeType hinting accounts for most of it. */
export const DEFAULT_PARITY_TOLERANCE = 6;

export const EXAMPLES_DIR = 'examples';

/** Example names (file stems), sorted. */
export function exampleNames(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function hasMatplotlibTwin(name: string): boolean {
  return existsSync(join(EXAMPLES_DIR, `${name}.py`));
}

export async function loadExample(name: string): Promise<ExampleModule> {
  return (await import(`../../examples/${name}.ts`)) as ExampleModule;
}
