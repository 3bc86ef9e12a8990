/**
 * A handful of representative figures for the cross-renderer tests (both canvas providers, SVG in
 * Chromium): dashed lines with markers and a legend, a colormapped scatter with alpha, rotated
 * text in boxes, and log axes. Each builder returns a fresh Figure at the default size and dpi
 * (640x480 px), built with the object API only, so no pyplot state leaks between tests.
 */
import { Figure } from '../../src/index.js';

/** A named scene. */
export interface Scene {
  readonly name: string;
  readonly build: () => Figure;
}

/** A label with markup, quotes and an ampersand: it must be shown as written and never run. */
export const MARKUP_LABEL = '<script>alert(1)</script> & "quotes"';

/** A small seeded generator (mulberry32), so scatter data is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function linspace(a: number, b: number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = a + ((b - a) * i) / (n - 1);
  return out;
}

function linesScene(): Figure {
  const fig = new Figure();
  const ax = fig.addSubplot();
  const x = linspace(0, 2 * Math.PI, 40);
  const wave = (k: number, phase: number) => x.map((v) => Math.sin(k * v + phase));
  ax.plot(x, wave(1, 0), 'o-', { label: 'solid, circles', markevery: 4 });
  ax.plot(x, wave(1, 1), 's--', { label: 'dashed, squares', markevery: 5, mfc: 'none' });
  ax.plot(x, wave(1, 2), '^-.', { label: 'dashdot, triangles', markevery: 6, ms: 8 });
  ax.plot(x, wave(1, 3), { ls: ':', lw: 2.5, marker: 'x', markevery: 7, label: 'dotted, crosses' });
  ax.plot(x, wave(0.5, 0), { ls: [0, [8, 2, 1, 2]], color: 'k', label: 'custom dashes' });
  ax.setTitle('Line styles and markers');
  ax.setXlabel('x');
  ax.setYlabel('sin(x + phase)');
  ax.legend({ loc: 'lower left' });
  return fig;
}

function scatterScene(): Figure {
  const rand = seeded(7);
  const n = 120;
  const x = new Float64Array(n), y = new Float64Array(n), c = new Float64Array(n), s = new Float64Array(n); // prettier-ignore
  for (let i = 0; i < n; i++) {
    x[i] = rand();
    y[i] = rand();
    c[i] = x[i]! + y[i]!;
    s[i] = 20 + 400 * rand();
  }
  const fig = new Figure();
  const ax = fig.addSubplot();
  ax.scatter(x, y, { c, s, cmap: 'viridis', alpha: 0.6, edgecolors: 'k', linewidths: 0.5 });
  ax.scatter([0.2, 0.5, 0.8], [1.05, 1.05, 1.05], { color: 'tab:red', marker: 'D', s: 80, alpha: 0.4 });
  ax.setTitle('Scatter with a colormap and alpha');
  return fig;
}

function textScene(): Figure {
  const fig = new Figure();
  const ax = fig.addSubplot();
  ax.setXlim(0, 10);
  ax.setYlim(0, 10);
  ax.text(1, 8, 'plain, 0°', { fontsize: 14 });
  ax.text(5, 7, 'rotated 30°', { rotation: 30, bbox: { boxstyle: 'round', fc: 'wheat', alpha: 0.8 } });
  ax.text(8, 3, 'vertical', { rotation: 'vertical', bbox: { fc: 'none', ec: 'tab:blue', lw: 1.5 } });
  ax.text(2, 3, 'centred\ntwo lines', {
    ha: 'center',
    va: 'center',
    bbox: { boxstyle: 'square', fc: '0.9' },
  });
  ax.text(5, 1, 'bold italic', { fontweight: 'bold', fontstyle: 'italic', color: 'tab:green' });
  ax.setTitle('Text with rotation and boxes');
  return fig;
}

function logScene(): Figure {
  const fig = new Figure();
  const ax = fig.addSubplot();
  const x = new Float64Array(50).map((_, i) => 10 ** (-1 + (4 * i) / 49));
  ax.plot(
    x,
    x.map((v) => v * v),
    'b-',
    { label: 'x²' },
  );
  ax.plot(
    x,
    x.map((v) => Math.sqrt(v)),
    'r--',
    { label: '√x' },
  );
  ax.setXscale('log');
  ax.setYscale('log');
  ax.grid(true, { which: 'major', ls: '-', lw: 0.5, c: '0.8' });
  ax.setTitle('Log axes');
  ax.legend();
  return fig;
}

/** A figure whose title, axis label and legend label carry {@link MARKUP_LABEL}. */
export function markupFigure(): Figure {
  const fig = new Figure();
  const ax = fig.addSubplot();
  ax.plot([0, 1, 2], [1, 0, 1], { label: MARKUP_LABEL });
  ax.setTitle(MARKUP_LABEL);
  ax.setXlabel(MARKUP_LABEL);
  ax.legend();
  return fig;
}

/** The representative scenes, in a fixed order. */
export const SCENES: readonly Scene[] = [
  { name: 'lines', build: linesScene },
  { name: 'scatter', build: scatterScene },
  { name: 'text', build: textScene },
  { name: 'log', build: logScene },
];
