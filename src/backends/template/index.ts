/**
 * The template backend (`template`): records what a figure draws and outputs nothing. Copy it to
 * start a new backend; use its renderer as a spy in tests.
 */
import type { Backend } from '../registry.js';
import { TemplateRenderer } from './TemplateRenderer.js';

export { TemplateRenderer } from './TemplateRenderer.js';
export type { RecordedCall, TemplateRendererOptions } from './TemplateRenderer.js';

/** The `template` backend: non-interactive; its renderers record calls. */
export function createTemplateBackend(): Backend {
  return {
    name: 'template',
    interactive: false,
    description: 'records renderer calls and draws nothing (the model for new backends)',
    formats: [],
    createRenderer: (width, height, dpi) => new TemplateRenderer({ width, height, dpi }),
  };
}
