/**
 * The template backend (`template`): records what a figure draws and outputs nothing. Copy it to
 * start a new backend; use its renderer as a spy in tests.
 */
import type { Backend } from '../registry.js';
import { TemplateOutput } from './TemplateOutput.js';
import { TemplateRenderer } from './TemplateRenderer.js';

export { TemplateOutput } from './TemplateOutput.js';

export { TemplateRenderer } from './TemplateRenderer.js';
export type { RecordedCall, TemplateRendererOptions } from './TemplateRenderer.js';

/**
 * The `template` backend: its renderers record calls, and its outputs show figures in virtual views,
 * so the whole interactive contract can be exercised (and counted) without a screen.
 */
export function createTemplateBackend(): Backend {
  return {
    name: 'template',
    interactive: true,
    description: 'records renderer calls and draws nothing (the model for new backends)',
    formats: [],
    createRenderer: (width, height, dpi) => new TemplateRenderer({ width, height, dpi }),
    createOutput: () => new TemplateOutput(),
  };
}
